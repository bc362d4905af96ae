/**
 * Typed checks for setters (the reference's `ctxutil.ExpectType`): nil is
 * `setting a value to nil is not supported`, another type is `expects int64 but got string`.
 * Also the integer narrowing Go applies when a setter stores an int64 in a smaller field.
 */
import { OttlTime, SpanID, TraceID, type Value } from '../../core/values/types.js';
import { wrongType } from './errors.js';

/** The value as a string; throws the reference's message for nil or another type. */
export function expectString(v: Value): string {
  if (typeof v !== 'string') wrongType('string', v);
  return v;
}

/** The value as a int64; throws the reference's message for nil or another type. */
export function expectInt(v: Value): bigint {
  if (typeof v !== 'bigint') wrongType('int64', v);
  return v;
}

/** The value as a float64; throws the reference's message for nil or another type. */
export function expectFloat(v: Value): number {
  if (typeof v !== 'number') wrongType('float64', v);
  return v;
}

/** The value as a bool; throws the reference's message for nil or another type. */
export function expectBool(v: Value): boolean {
  if (typeof v !== 'boolean') wrongType('bool', v);
  return v;
}

/** The value as a time; throws the reference's message for nil or another type. */
export function expectTime(v: Value): OttlTime {
  if (!(v instanceof OttlTime)) wrongType('time.Time', v);
  return v;
}

/** The value as a trace id; throws the reference's message for nil or another type. */
export function expectTraceID(v: Value): TraceID {
  if (!(v instanceof TraceID)) wrongType('pcommon.TraceID', v);
  return v;
}

/** The value as a span id; throws the reference's message for nil or another type. */
export function expectSpanID(v: Value): SpanID {
  if (!(v instanceof SpanID)) wrongType('pcommon.SpanID', v);
  return v;
}

/** Go `uint32(i)`. */
export const toUint32 = (i: bigint): number => Number(BigInt.asUintN(32, i));
/** Go `int32(i)`. */
export const toInt32 = (i: bigint): number => Number(BigInt.asIntN(32, i));
/** Go `uint64(i)`: how a timestamp or count is stored. */
export const toUint64 = (i: bigint): bigint => BigInt.asUintN(64, i);
/** Go `int64(u)`: how a stored uint64 is read back. */
export const toInt64 = (u: bigint): bigint => BigInt.asIntN(64, u);

/** A stored timestamp as `*_unix_nano` reads it (`Timestamp().AsTime().UnixNano()`). */
export const timestampToInt = (ts: bigint): bigint => BigInt.asIntN(64, ts);
/** A stored timestamp as `*.time` reads it (UTC). */
export const timestampToTime = (ts: bigint): OttlTime => new OttlTime(BigInt.asIntN(64, ts));
/** `pcommon.NewTimestampFromTime`: Go's `UnixNano()` wraps to int64, then `uint64()`. */
export const timeToTimestamp = (t: OttlTime): bigint => BigInt.asUintN(64, t.unixNano);
