/**
 * `Len(target)`: the length of a string (in UTF-8 **bytes**, like Go's `len`), a slice, or a map.
 * Any other type, nil included, is a run-time error.
 */
import { OttlRuntimeError } from '../runtime/errors.js';
import { goTypeName } from '../values/go-text.js';
import { utf8ByteLength } from '../values/utf8.js';
import { defineFunction } from './signature.js';

export const Len = defineFunction({
  name: 'Len',
  kind: 'converter',
  description: 'The length of a string (bytes), slice or map.',
  params: [{ name: 'target', kind: 'any', doc: 'a string, slice or map' }],
  create({ target }) {
    return (ctx) => {
      const v = target(ctx);
      if (typeof v === 'string') return BigInt(utf8ByteLength(v));
      if (Array.isArray(v)) return BigInt(v.length);
      if (v instanceof Map) return BigInt(v.size);
      throw new OttlRuntimeError(`unsupported type provided to Len function: ${goTypeName(v)}`);
    };
  },
});
