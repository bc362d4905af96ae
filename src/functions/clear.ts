/**
 * `clear(target)` (PR #50020, stable in OTTL 1.0): resets a path to the zero value of what it holds
 * now — an empty map or slice, `""`, `0`, `false`, empty bytes, a zero id, Go's zero time — and
 * passes nil through when the path reads as nil (a missing attribute).
 */
import { OttlRuntimeError } from '../core/errors.js';
import { zeroValueOf } from './internal/zero-value.js';
import { defineFunction } from './signature.js';

export const clear = defineFunction({
  name: 'clear',
  kind: 'editor',
  description: 'Resets a path to the empty value of its current type (empty map/slice, "", 0, false, zero id).',
  params: [{ name: 'target', kind: 'path', doc: 'the path to reset' }],
  create({ target }) {
    return (ctx) => {
      let current;
      try {
        current = target.get(ctx);
      } catch (e) {
        // The reference wraps the read error with this prefix.
        const message = e instanceof Error ? e.message : String(e);
        throw new OttlRuntimeError(`error getting target value to infer zero value in clear: ${message}`);
      }
      const zero = zeroValueOf(current);
      if (zero === undefined) {
        const type = (current as object | null)?.constructor?.name ?? typeof current;
        throw new OttlRuntimeError(`cannot infer zero value for type ${type} in clear`);
      }
      target.set(ctx, zero);
      return null;
    };
  },
});
