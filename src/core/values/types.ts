/**
 * OTTL runtime values.
 *
 * The reference is Go, where a value is `any` holding one of a small set of types. We keep each of
 * those types distinct in JavaScript so that results are exact:
 *
 * | OTTL / Go type                 | JavaScript representation                          |
 * |--------------------------------|----------------------------------------------------|
 * | nil, and the empty pcommon value | `null`                                           |
 * | string                         | `string`                                           |
 * | int64                          | `bigint` (always kept within int64 by `wrapInt64`) |
 * | float64                        | `number`                                           |
 * | bool                           | `boolean`                                          |
 * | []byte / pcommon bytes         | `Uint8Array`                                       |
 * | map (pcommon.Map, map[string]any) | `Map<string, Value>` (insertion ordered; keys are data) |
 * | slice (pcommon.Slice, []any, []string…) | `Value[]`                                 |
 * | time.Time                      | {@link OttlTime}                                   |
 * | time.Duration                  | {@link OttlDuration}                               |
 * | pcommon.TraceID / SpanID / ProfileID | {@link TraceID} / {@link SpanID} / {@link ProfileID} |
 *
 * `undefined` is never a value.
 */
export type Value =
  | null
  | string
  | bigint
  | number
  | boolean
  | Uint8Array
  | ValueMap
  | ValueList
  | OttlTime
  | OttlDuration
  | TraceID
  | SpanID
  | ProfileID;

/** A map with user keys. A plain object is never used for this: `__proto__` is an ordinary key. */
export type ValueMap = Map<string, Value>;

/** A slice. */
export type ValueList = Value[];

export const INT64_MIN = -(1n << 63n);
export const INT64_MAX = (1n << 63n) - 1n;

/** Wraps a bigint to int64 the way Go's two's-complement arithmetic does on overflow. */
export function wrapInt64(v: bigint): bigint {
  return BigInt.asIntN(64, v);
}

/** A point in time: nanoseconds since the Unix epoch plus the location used to render it. */
export class OttlTime {
  /**
   * @param unixNano nanoseconds since 1970-01-01T00:00:00Z (may be outside int64 for Go's zero time).
   * @param zone IANA zone name, a fixed offset such as `+05:30`, or `undefined` for UTC.
   */
  constructor(
    readonly unixNano: bigint,
    readonly zone: string | undefined = undefined,
  ) {}
}

/** A signed span of time in nanoseconds (Go `time.Duration`, int64). */
export class OttlDuration {
  constructor(readonly nanos: bigint) {}
}

/** A 16-byte trace id; all zeros means "empty". */
export class TraceID {
  constructor(readonly bytes: Uint8Array) {}
}

/** An 8-byte span id; all zeros means "empty". */
export class SpanID {
  constructor(readonly bytes: Uint8Array) {}
}

/** A 16-byte profile id; all zeros means "empty". */
export class ProfileID {
  constructor(readonly bytes: Uint8Array) {}
}

/** The OTTL type names used in messages (`expected string but got int64`). */
export type ValueTypeName =
  | 'nil'
  | 'string'
  | 'int64'
  | 'float64'
  | 'bool'
  | 'bytes'
  | 'map'
  | 'slice'
  | 'time'
  | 'duration'
  | 'TraceID'
  | 'SpanID'
  | 'ProfileID';

/** The type of a value, for messages and type tests. */
export function typeName(v: Value): ValueTypeName {
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'bigint':
      return 'int64';
    case 'number':
      return 'float64';
    case 'boolean':
      return 'bool';
    default:
      break;
  }
  if (v instanceof Uint8Array) return 'bytes';
  if (v instanceof Map) return 'map';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof OttlTime) return 'time';
  if (v instanceof OttlDuration) return 'duration';
  if (v instanceof TraceID) return 'TraceID';
  if (v instanceof SpanID) return 'SpanID';
  return 'ProfileID';
}

export function isMap(v: Value): v is ValueMap {
  return v instanceof Map;
}

export function isList(v: Value): v is ValueList {
  return Array.isArray(v);
}
