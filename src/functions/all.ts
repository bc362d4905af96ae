/** `All(source, predicate)` (experimental): whether every element satisfies a predicate. */
import { callPredicate, EXPERIMENTAL_GATE, forEachEntry, itemError, sliceOrMap, validateArity } from './internal/coll-lambda.js';
import { defineFunction } from './signature.js';

/**
 * True when `predicate(key, value)` is true for every element of `source` (a slice, keys are
 * int64 indexes, or a map); true for an empty source; stops at the first false. Errors: a source
 * that is neither a slice nor a map; a predicate that fails or returns a non-bool.
 */
export const All = defineFunction({
  name: 'All',
  kind: 'converter',
  description: 'whether a predicate holds for every element of a list or map',
  tier: 'experimental',
  featureGate: EXPERIMENTAL_GATE,
  params: [
    { name: 'source', kind: 'any', doc: 'a list or a map' },
    { name: 'predicate', kind: 'lambda', doc: '(key, value) => bool' },
  ] as const,
  create: ({ source, predicate }) => {
    validateArity('predicate', predicate, 2);
    return (ctx) => {
      let result = true;
      forEachEntry(sliceOrMap(source, ctx), (k, v, kind) => {
        let ok: boolean;
        try {
          ok = callPredicate(predicate, ctx, [k, v]);
        } catch (e) {
          throw itemError(kind, String(k), v, e);
        }
        if (!ok) result = false;
        return !ok;
      });
      return result;
    };
  },
});
