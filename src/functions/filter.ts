/** `Filter(source, predicate)` (experimental): the elements that satisfy a predicate. */
import type { Value, ValueMap } from '../core/values/types.js';
import { deepCopy } from '../core/values/convert.js';
import { entryHolds, EXPERIMENTAL_GATE, forEachEntry, sliceOrMap, validateArity } from './internal/coll-lambda.js';
import { defineFunction } from './signature.js';

/**
 * A new slice (for a slice source) or map (for a map source) holding copies of the elements for
 * which `predicate(key, value)` is true, in their original order. Errors: a source that is neither
 * a slice nor a map; a predicate that fails or returns a non-bool.
 */
export const Filter = defineFunction({
  name: 'Filter',
  kind: 'converter',
  description: 'the elements of a list or map for which a predicate holds',
  tier: 'experimental',
  featureGate: EXPERIMENTAL_GATE,
  params: [
    { name: 'source', kind: 'any', doc: 'a list or a map' },
    { name: 'predicate', kind: 'lambda', doc: '(key, value) => bool' },
  ] as const,
  create: ({ source, predicate }) => {
    validateArity('predicate', predicate, 2);
    return (ctx) => {
      const src = sliceOrMap(source, ctx);
      const list: Value[] = [];
      const map: ValueMap = new Map();
      forEachEntry(src, (k, v, kind) => {
        if (!entryHolds(predicate, ctx, k, v, kind)) return;
        if (kind === 'slice') list.push(deepCopy(v));
        else map.set(k as string, deepCopy(v));
      });
      return Array.isArray(src) ? list : map;
    };
  },
});
