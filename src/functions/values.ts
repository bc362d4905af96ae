/** `Values(target)`: the values of a map as a slice. */
import type { Value } from '../core/values/types.js';
import { deepCopy } from '../core/values/convert.js';
import { defineFunction } from './signature.js';

/**
 * Returns copies of the values of `target` in the map's order (the reference builds a new slice,
 * so later edits to the result never touch the map). Nil or a non-map is a run-time error.
 */
export const Values = defineFunction({
  name: 'Values',
  kind: 'converter',
  description: 'the values of a map, as a list',
  params: [{ name: 'target', kind: 'map', doc: 'the map whose values are listed' }] as const,
  create:
    ({ target }) =>
    (ctx) => {
      const out: Value[] = [];
      for (const v of target(ctx).values()) out.push(deepCopy(v));
      return out;
    },
});
