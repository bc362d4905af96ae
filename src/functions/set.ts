/**
 * `set(target, value)`: writes `value` through the target path.
 *
 * nil is passed straight to the path's setter (the reference's `ottl.set.allowNil` gate is stable,
 * PR #49741). The setter decides by the path's type, never by what the target holds now (inferring
 * a zero value from the current content, PR #49431, was rejected upstream):
 * - a `pcommon.Value` path (`attributes["k"]`, `body`, `cache["k"]`, nested keys, a slice element)
 *   stores an empty value, creating the key when missing;
 * - a map path (`attributes`, `cache`) and a typed slice path (`bucket_counts`) are emptied;
 * - every other path (typed scalars, ids, times, `trace_state`, model structures such as
 *   `span.events` or `span.status`) rejects nil with a run-time error.
 * `clear(target)` is the way to write a field's zero value.
 */
import { defineFunction } from './signature.js';

export const set = defineFunction({
  name: 'set',
  kind: 'editor',
  description: 'Writes a value to a path (nil empties value, map and slice paths; typed fields reject it).',
  example: {
    statement: 'set(log.attributes["env"], "prod")',
    result: 'log.attributes["env"]: (absent) → "prod"',
  },
  params: [
    { name: 'target', kind: 'path', doc: 'the path to write' },
    { name: 'value', kind: 'any', doc: 'any value; nil is handed to the path, which decides by its type' },
  ],
  create({ target, value }) {
    return (ctx) => {
      target.set(ctx, value(ctx));
      return null;
    };
  },
});
