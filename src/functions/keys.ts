/** `Keys(target)`: the keys of a map as a slice of strings. */
import type { Value } from '../core/values/types.js';
import { defineFunction } from './signature.js';

/**
 * Returns the keys of `target` in the map's order. `target` is a strict map argument: nil or a
 * non-map is a run-time error. An empty map gives an empty slice.
 */
export const Keys = defineFunction({
  name: 'Keys',
  kind: 'converter',
  description: 'the keys of a map, as a list of strings',
  params: [{ name: 'target', kind: 'map', doc: 'the map whose keys are listed' }] as const,
  create:
    ({ target }) =>
    (ctx) => {
      const out: Value[] = [];
      for (const k of target(ctx).keys()) out.push(k);
      return out;
    },
});
