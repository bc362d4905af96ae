/** `IsEmpty(target)`: whether a value is nil, empty or a zero value. */
import { OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from '../core/values/types.js';
import { defineFunction } from './signature.js';

const GO_ZERO_TIME_NANO = -62135596800n * 1_000_000_000n;

function isZeroBytes(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/** Go's "empty": nil, an empty map/slice/bytes, or the zero value of the type. */
export function isEmptyValue(v: Value): boolean {
  if (v === null) return true;
  switch (typeof v) {
    case 'string':
      return v === '';
    case 'bigint':
      return v === 0n;
    case 'number':
      // reflect.Value.IsZero on a float64 is true only for +0 (its bits are all zero).
      return v === 0 && !Object.is(v, -0);
    case 'boolean':
      return !v;
    default:
      break;
  }
  if (v instanceof Uint8Array) return v.length === 0;
  if (v instanceof Map) return v.size === 0;
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof TraceID || v instanceof SpanID || v instanceof ProfileID) return isZeroBytes(v.bytes);
  if (v instanceof OttlDuration) return v.nanos === 0n;
  if (v instanceof OttlTime) return v.unixNano === GO_ZERO_TIME_NANO && v.zone === undefined;
  return false;
}

/**
 * Returns true for nil, an empty string/map/slice/bytes, int64 0, float64 0, false, an all-zero id,
 * a zero duration or Go's zero time; false otherwise. Never an error.
 */
export const IsEmpty = defineFunction({
  name: 'IsEmpty',
  kind: 'converter',
  description: 'Returns whether a value is nil, empty or a zero value',
  params: [{ name: 'target', kind: 'any' }] as const,
  create: ({ target }) => (ctx) => isEmptyValue(target(ctx)),
});
