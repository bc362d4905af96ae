/**
 * `Index(target, value)`: the position of the first occurrence of `value` in `target`, or -1.
 *
 * For a string target, `value` must be a string and the result is a UTF-8 **byte** offset (Go
 * `strings.Index`). For a slice, elements are compared with OTTL's equality rules (`1 == 1.0`
 * holds, a string never equals a number). Other targets are a run-time error.
 * (File named `index_fn.ts` because `index.ts` is the function list module.)
 */
import { OttlRuntimeError } from '../core/errors.js';
import { utf8ByteLength } from '../core/values/utf8.js';
import { valuesEqual } from '../core/values/compare.js';
import type { Value } from '../core/values/types.js';
import { defineFunction } from './signature.js';

export const Index = defineFunction({
  name: 'Index',
  kind: 'converter',
  description: 'The index of the first occurrence of a value in a string or slice, or -1.',
  params: [
    { name: 'target', kind: 'any', doc: 'a string or a slice' },
    { name: 'value', kind: 'any', doc: 'the substring or element to find' },
  ],
  create({ target, value }) {
    return (ctx) => {
      const t = target(ctx);
      const v: Value = value(ctx);
      if (typeof t === 'string') {
        if (typeof v !== 'string') throw new OttlRuntimeError('when source is string, value must also be string');
        const at = t.indexOf(v);
        return at < 0 ? -1n : BigInt(utf8ByteLength(t.slice(0, at)));
      }
      if (Array.isArray(t)) {
        for (let i = 0; i < t.length; i++) if (valuesEqual(t[i] as Value, v)) return BigInt(i);
        return -1n;
      }
      throw new OttlRuntimeError('source must be of type string or slice');
    };
  },
});
