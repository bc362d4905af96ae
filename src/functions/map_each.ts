/** `MapEach(source, mapper)` (experimental): applies a function to every element. */
import type { Value, ValueMap } from '../core/values/types.js';
import { EXPERIMENTAL_GATE, forEachEntry, itemError, sliceOrMap } from './internal/coll-lambda.js';
import { defineFunction } from './signature.js';

/**
 * A new slice (for a slice source) or map with the same keys (for a map source) whose values are
 * `mapper(key, value)`. Errors: a source that is neither a slice nor a map; a failing mapper.
 */
export const MapEach = defineFunction({
  name: 'MapEach',
  kind: 'converter',
  description: 'maps every value of a list or map through a lambda',
  tier: 'experimental',
  featureGate: EXPERIMENTAL_GATE,
  params: [
    { name: 'source', kind: 'any', doc: 'a list or a map' },
    { name: 'mapper', kind: 'lambda', doc: '(key, value) => new value' },
  ] as const,
  create:
    ({ source, mapper }) =>
    (ctx) => {
      const src = sliceOrMap(source, ctx);
      const list: Value[] = [];
      const map: ValueMap = new Map();
      forEachEntry(src, (k, v, kind) => {
        let r: Value;
        try {
          r = mapper(ctx, [k, v]);
        } catch (e) {
          throw itemError(kind, String(k), v, e);
        }
        if (kind === 'slice') list.push(r);
        else map.set(k as string, r);
      });
      return Array.isArray(src) ? list : map;
    },
});
