/** `Find(source, predicate, mapper?)` (experimental): the first element satisfying a predicate. */
import { OttlRuntimeError } from '../core/errors.js';
import { goFormatV } from '../core/values/go-text.js';
import type { Value } from '../core/values/types.js';
import { deepCopy } from '../core/values/convert.js';
import { entryHolds, EXPERIMENTAL_GATE, forEachEntry, sliceOrMap, validateArity } from './internal/coll-lambda.js';
import { defineFunction } from './signature.js';

/**
 * The value of the first element of `source` for which `predicate(key, value)` is true, or
 * `mapper(key, value)` of it when a mapper is given; nil when nothing matches. Map sources are
 * visited in the map's order. Errors: a source that is neither a slice nor a map; a predicate
 * that fails or returns a non-bool; a failing mapper.
 */
export const Find = defineFunction({
  name: 'Find',
  kind: 'converter',
  description: 'the first element of a list or map for which a predicate holds (optionally mapped)',
  tier: 'experimental',
  featureGate: EXPERIMENTAL_GATE,
  params: [
    { name: 'source', kind: 'any', doc: 'a list or a map' },
    { name: 'predicate', kind: 'lambda', doc: '(key, value) => bool' },
    { name: 'mapper', kind: 'lambda', optional: true, doc: '(key, value) => result' },
  ] as const,
  create: ({ source, predicate, mapper }) => {
    validateArity('predicate', predicate, 2, 'invalid predicate: ');
    if (mapper !== undefined) validateArity('mapper', mapper, 2, 'invalid mapper: ');
    return (ctx) => {
      let found: Value = null;
      forEachEntry(sliceOrMap(source, ctx), (k, v, kind) => {
        if (!entryHolds(predicate, ctx, k, v, kind)) return false;
        if (mapper === undefined) {
          found = deepCopy(v);
        } else {
          try {
            found = mapper(ctx, [k, v]);
          } catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            throw new OttlRuntimeError(
              `error while evaluating mapper lambda function on item (${String(k)}, ${goFormatV(v)}): ${msg}`,
            );
          }
        }
        return true;
      });
      return found;
    };
  },
});
