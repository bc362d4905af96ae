/**
 * `append(target, Optional[value], Optional[values])`: appends to the slice at `target`.
 *
 * A missing target becomes a new slice; a scalar (string, int, double, bool, bytes) is first
 * wrapped into a one-element slice; a map target is an error. Element types are kept as they are,
 * so mixed slices are possible. Appended maps and slices are copied. At least one of `value` /
 * `values` is required (a compile-time error otherwise).
 */
import { OttlRuntimeError } from '../core/errors.js';
import { deepCopy, fromRaw } from '../core/values/convert.js';
import type { Value } from '../core/values/types.js';
import { ArgumentError, defineFunction } from './signature.js';

export const append = defineFunction({
  name: 'append',
  kind: 'editor',
  description: 'Appends a value and/or a list of values to the slice at a path.',
  params: [
    { name: 'target', kind: 'path', doc: 'the slice (or scalar, or missing value) to append to' },
    { name: 'value', kind: 'any', optional: true, doc: 'one value to append' },
    { name: 'values', kind: 'anyList', optional: true, doc: 'values to append, in order' },
  ],
  create({ target, value, values }) {
    if (value === undefined && values === undefined) {
      throw new ArgumentError('value', "at least one of the optional arguments ('value' or 'values') must be provided");
    }
    return (ctx) => {
      const t = target.get(ctx);
      let res: Value[];
      if (t === null) res = [];
      else if (Array.isArray(t)) res = t.map(deepCopy);
      else if (t instanceof Map) throw new OttlRuntimeError(`unsupported type of target field: "Map"`);
      else res = [fromRaw(t)];
      if (value !== undefined) res.push(fromRaw(value(ctx)));
      if (values !== undefined) for (const g of values) res.push(fromRaw(g(ctx)));
      target.set(ctx, res);
      return null;
    };
  },
});
