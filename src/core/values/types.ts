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
 * | ptrace.Status, ptrace.SpanEventSlice, pmetric.NumberDataPointSlice… | {@link ModelObject} |
 *
 * `undefined` is never a value. Code that branches on the kind of a value ends with
 * {@link assertNeverValue}, so adding a member here fails to compile until every branch handles it.
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
  | ProfileID
  | ModelObject;

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

// The id classes carry a compile-time-only brand (no runtime field): structurally identical
// classes would otherwise narrow into one another, and an exhaustive branch could not see a
// missing case.

/** A 16-byte trace id; all zeros means "empty". */
export class TraceID {
  declare private readonly brand: 'TraceID';
  constructor(readonly bytes: Uint8Array) {}
}

/** An 8-byte span id; all zeros means "empty". */
export class SpanID {
  declare private readonly brand: 'SpanID';
  constructor(readonly bytes: Uint8Array) {}
}

/** A 16-byte profile id; all zeros means "empty". */
export class ProfileID {
  declare private readonly brand: 'ProfileID';
  constructor(readonly bytes: Uint8Array) {}
}

/**
 * A telemetry structure a path yields that is not an OTTL value of its own: the reference returns
 * `ptrace.Status` for `span.status`, `ptrace.SpanEventSlice` for `span.events`,
 * `pmetric.NumberDataPointSlice` for `metric.data_points`… What each getter kind does with one, as
 * the reference's `expression.go` getters do with these Go types:
 * - strict getters (`StringGetter`, `PMapGetter`, `PSliceGetter`…): `expected string but got ptrace.Status`;
 * - `StringLikeGetter`: the type's JSON encoding, `{}` (the pdata wrappers have no exported fields);
 * - the other `*LikeGetter`s: `unsupported type: ptrace.Status`;
 * - `==` / `!=`: the same structure of the same record (Go `==` on the wrapper's pointers); other
 *   comparisons are false;
 * - storing it into an attribute, the body or the cache is an error (`ctxutil.SetValue` has no case);
 * - a setter of the same path accepts one (so `set(span.status, span.status)`-style copies work);
 * - `Len` counts and `IsList` accepts the slices (`isSlice`).
 */
export class ModelObject {
  constructor(
    /** The Go type the reference reports: `ptrace.Status`, `ptrace.SpanEventSlice`… */
    readonly goType: string,
    /** The live model object, or the live array for a slice type. */
    readonly ref: unknown,
  ) {}

  /** Whether this is one of pdata's slices of messages (events, links, data points, exemplars…). */
  get isSlice(): boolean {
    return Array.isArray(this.ref);
  }

  /** The number of items of a slice; 0 for a structure. */
  get length(): number {
    return Array.isArray(this.ref) ? this.ref.length : 0;
  }
}

/**
 * The end of an exhaustive branch over {@link Value}: unreachable when every member is handled,
 * and a compile error naming the missing member otherwise.
 */
export function assertNeverValue(v: never): never {
  throw new TypeError(`unhandled value kind: ${String(v)}`);
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
  | 'ProfileID'
  | 'model';

/** The type of a value, for messages and type tests. */
export function typeName(v: Value): ValueTypeName {
  return TYPE_NAMES[kindOf(v)].name;
}

/**
 * The one table of value type names: for each kind of value, the name OTTL messages and type tests
 * use, and the Go type (`%T`) the reference would hold (`goTypeName` in `go-text.ts` reads it).
 * A model structure's Go type is its own (`ptrace.Status`); the table holds a placeholder for it.
 */
export const TYPE_NAMES = {
  nil: { name: 'nil', go: '<nil>' },
  string: { name: 'string', go: 'string' },
  int64: { name: 'int64', go: 'int64' },
  float64: { name: 'float64', go: 'float64' },
  bool: { name: 'bool', go: 'bool' },
  bytes: { name: 'bytes', go: '[]uint8' },
  map: { name: 'map', go: 'pcommon.Map' },
  slice: { name: 'slice', go: 'pcommon.Slice' },
  time: { name: 'time', go: 'time.Time' },
  duration: { name: 'duration', go: 'time.Duration' },
  TraceID: { name: 'TraceID', go: 'pcommon.TraceID' },
  SpanID: { name: 'SpanID', go: 'pcommon.SpanID' },
  ProfileID: { name: 'ProfileID', go: 'pprofile.ProfileID' },
  model: { name: 'model', go: '(model structure)' },
} as const satisfies Record<ValueTypeName, { name: ValueTypeName; go: string }>;

/** Which kind of value `v` is: the one place that tells the members of {@link Value} apart. */
export function kindOf(v: Value): ValueTypeName {
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
  if (v instanceof ProfileID) return 'ProfileID';
  if (v instanceof ModelObject) return 'model';
  return assertNeverValue(v);
}

export function isMap(v: Value): v is ValueMap {
  return v instanceof Map;
}

export function isList(v: Value): v is ValueList {
  return Array.isArray(v);
}
