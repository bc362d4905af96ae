/**
 * The zero value of a value's type, as the reference's `clear` computes it: `pcommon.NewMap()` for a
 * map, `pcommon.NewSlice()` for a slice, and `reflect.Zero` of the Go type for everything else.
 * Kept here (not in `set`) because `clear` infers from the current content by design, while `set`
 * with nil leaves the decision to the path's setter.
 */
import { OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from '../../core/values/types.js';

/** Go's zero `time.Time` (0001-01-01T00:00:00Z) in Unix nanoseconds. */
export const GO_ZERO_TIME_NANOS = -62135596800n * 1_000_000_000n;

/** The zero value of `current`'s type; nil for nil (the reference then sets nil). */
export function zeroValueOf(current: Value): Value {
  switch (typeof current) {
    case 'string':
      return '';
    case 'bigint':
      return 0n;
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      break;
  }
  if (current === null) return null;
  if (current instanceof Uint8Array) return new Uint8Array(0);
  if (current instanceof Map) return new Map();
  if (Array.isArray(current)) return [];
  if (current instanceof OttlTime) return new OttlTime(GO_ZERO_TIME_NANOS);
  if (current instanceof OttlDuration) return new OttlDuration(0n);
  if (current instanceof TraceID) return new TraceID(new Uint8Array(16));
  if (current instanceof SpanID) return new SpanID(new Uint8Array(8));
  if (current instanceof ProfileID) return new ProfileID(new Uint8Array(16));
  // A value outside the union (a model object a path handed out): the reference's
  // `cannot infer zero value for type %T in clear` for types reflect cannot zero.
  return undefined as never;
}
