/** `MapKeys(source, key_mapper)` (experimental): renames the keys of a map. */
import { OttlRuntimeError } from '../core/errors.js';
import { goTypeName } from '../core/values/go-text.js';
import type { ValueMap } from '../core/values/types.js';
import { deepCopy } from '../core/values/convert.js';
import { EXPERIMENTAL_GATE, itemError } from './internal/coll-lambda.js';
import { defineFunction } from './signature.js';

/**
 * A new map whose keys are `key_mapper(key, value)` (which must return a string) and whose values
 * are copies of the original values. When two keys map to the same new key, the later value wins
 * and the key keeps the position of its first appearance. `source` is a strict map argument.
 */
export const MapKeys = defineFunction({
  name: 'MapKeys',
  kind: 'converter',
  description: 'renames the keys of a map through a lambda',
  tier: 'experimental',
  featureGate: EXPERIMENTAL_GATE,
  params: [
    { name: 'source', kind: 'map', doc: 'the map' },
    { name: 'key_mapper', kind: 'lambda', doc: '(key, value) => new key (string)' },
  ] as const,
  create:
    ({ source, key_mapper: keyMapper }) =>
    (ctx) => {
      const out: ValueMap = new Map();
      for (const [k, v] of source(ctx)) {
        let newKey;
        try {
          newKey = keyMapper(ctx, [k, v]);
          if (typeof newKey !== 'string') {
            throw new OttlRuntimeError(`lambda expression must return a value of type string, got ${goTypeName(newKey)}`);
          }
        } catch (e) {
          throw itemError('map', k, v, e);
        }
        out.set(newKey, deepCopy(v));
      }
      return out;
    },
});
