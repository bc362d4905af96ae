/**
 * `Len(target)`: the length of a string (in UTF-8 **bytes**, like Go's `len`), a slice, a map, or a
 * byte array (Go's `[]byte` is a slice to the reference's reflection fallback), or one of pdata's
 * slices of messages a path yields (`span.events`, `span.links`, `metric.data_points`,
 * `datapoint.exemplars`, `datapoint.quantile_values`: the reference's `func_len.go` counts them).
 * Any other type, nil and model structures such as `span.status` included, is a run-time error
 * with the reference's message.
 */
import { OttlRuntimeError } from '../core/errors.js';
import { ModelObject } from '../core/values/types.js';
import { utf8ByteLength } from '../core/values/utf8.js';
import { defineFunction } from './signature.js';

const TYPE_ERROR =
  'target arg must be of type string, []any, map[string]any, pcommon.Map, pcommon.Slice, pcommon.Value ' +
  '(of type String, Map, Slice) or a supported slice type from the plog, pmetric or ptrace packages';

export const Len = defineFunction({
  name: 'Len',
  kind: 'converter',
  description: 'The length of a string (bytes), slice, map, byte array or telemetry slice.',
  params: [{ name: 'target', kind: 'any', doc: 'a string, slice, map or bytes' }],
  create({ target }) {
    return (ctx) => {
      const v = target(ctx);
      if (typeof v === 'string') return BigInt(utf8ByteLength(v));
      if (Array.isArray(v)) return BigInt(v.length);
      if (v instanceof Map) return BigInt(v.size);
      if (v instanceof Uint8Array) return BigInt(v.length);
      if (v instanceof ModelObject && v.isSlice) return BigInt(v.length);
      throw new OttlRuntimeError(TYPE_ERROR);
    };
  },
});
