/** `ContainsValue(target, item)`: whether a slice holds a value equal to `item`. */
import { valuesEqual } from '../core/values/compare.js';
import { defineFunction } from './signature.js';

/**
 * True when some element of `target` equals `item` under OTTL's `==` rules (int and float compare
 * numerically, so `ContainsValue([1, 2], 2.0)` is true; nil matches nil elements). `target` is a
 * strict slice argument: nil or a non-slice is a run-time error.
 */
export const ContainsValue = defineFunction({
  name: 'ContainsValue',
  kind: 'converter',
  description: 'whether a list contains a value',
  params: [
    { name: 'target', kind: 'slice', doc: 'the list to search' },
    { name: 'item', kind: 'any', doc: 'the value to look for' },
  ] as const,
  create:
    ({ target, item }) =>
    (ctx) => {
      const list = target(ctx);
      const wanted = item(ctx);
      for (const v of list) if (valuesEqual(v, wanted)) return true;
      return false;
    },
});
