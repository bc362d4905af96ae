/**
 * fast-check arbitraries for OTTL runtime values (see `src/values/types.ts`).
 *
 * The generators lean towards the values that break implementations: int64 extremes, `-0`, NaN and
 * the infinities, strings with characters outside the Basic Multilingual Plane, map keys such as
 * `__proto__`, empty and all-zero ids, and nested maps and slices.
 */
import fc from 'fast-check';
import {
  INT64_MAX,
  INT64_MIN,
  OttlDuration,
  OttlTime,
  ProfileID,
  SpanID,
  TraceID,
  type Value,
  type ValueMap,
  type ValueTypeName,
} from '../core/values/types.js';

/** Any int64, uniformly. */
export function int64Arb(): fc.Arbitrary<bigint> {
  return fc.bigInt({ min: INT64_MIN, max: INT64_MAX });
}

/** An int64, often one of the edges where Go's arithmetic wraps or JavaScript numbers lose precision. */
export function edgyInt64Arb(): fc.Arbitrary<bigint> {
  return fc.oneof(
    int64Arb(),
    fc.constantFrom(0n, 1n, -1n, INT64_MAX, INT64_MIN, 1n << 32n, 1n << 53n, (1n << 53n) + 1n, -(1n << 53n) - 1n),
  );
}

/** Options for {@link doubleArb}. */
export interface DoubleArbOptions {
  /** Leave out NaN (its `!==` self breaks naive equality laws). */
  readonly noNaN?: boolean;
  /** Leave out NaN and the infinities (values that cannot be written as JSON numbers). */
  readonly finite?: boolean;
}

/** A float64, often `-0`, NaN, ±Infinity, a subnormal, `2^53 + 2` or a short decimal such as `0.1`. */
export function doubleArb(options: DoubleArbOptions = {}): fc.Arbitrary<number> {
  const finite = options.finite === true;
  const noNaN = finite || options.noNaN === true;
  const specials = [0, -0, 1, -1, 0.1, 1.5, 1e21, 1e-7, Number.MIN_VALUE, Number.MAX_VALUE, 2 ** 53 + 2];
  if (!finite) specials.push(Infinity, -Infinity);
  if (!noNaN) specials.push(NaN);
  return fc.oneof(fc.double({ noNaN, noDefaultInfinity: finite }), fc.constantFrom(...specials));
}

/** Strings that are easy to get wrong: empty, prototype names, escapes, combining and astral characters. */
const TRICKY_STRINGS = ['', '__proto__', 'constructor', 'toString', ' ', '"\\\n\t\u0000', 'é', 'e\u0301', '😀', '\u{10FFFF}', '日本語'];

/**
 * Any string a telemetry record can hold: arbitrary code points across the whole Unicode range
 * (including non-BMP characters; never a lone surrogate, which has no UTF-8 form) and some
 * hand-picked tricky ones.
 */
export function stringArb(maxLength = 12): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ maxLength }),
    fc.constantFrom(...TRICKY_STRINGS),
  );
}

/** A map key: often `__proto__`, `constructor`, `""` or a dotted key, otherwise any string. */
export function mapKeyArb(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 6 }),
    stringArb(6),
    fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', '', 'a.b', 'k'),
  );
}

/** Bytes, up to `maxLength` long (empty included). */
export function bytesArb(maxLength = 16): fc.Arbitrary<Uint8Array> {
  return fc.uint8Array({ maxLength });
}

/** Zones an {@link OttlTime} may carry: UTC (undefined), IANA names and fixed offsets. */
const ZONES = [undefined, undefined, 'UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', '+05:30', '-08:00'];

/** A time between years ~1653 and ~2286 (±1e19 ns around the epoch), with a zone now and then. */
export function timeArb(): fc.Arbitrary<OttlTime> {
  return fc
    .tuple(fc.oneof(fc.bigInt({ min: -(10n ** 19n), max: 10n ** 19n }), fc.constantFrom(0n, -1n, 1n)), fc.constantFrom(...ZONES))
    .map(([ns, zone]) => new OttlTime(ns, zone));
}

/** Any duration (int64 nanoseconds, edges included). */
export function durationArb(): fc.Arbitrary<OttlDuration> {
  return edgyInt64Arb().map((n) => new OttlDuration(n));
}

/** `n` id bytes for the model's `traceId`/`spanId` fields: all zeros (the empty id) now and then. */
export function idBytesArb(n: number): fc.Arbitrary<Uint8Array> {
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: fc.uint8Array({ minLength: n, maxLength: n }) }).map(
    (b) => b ?? new Uint8Array(n),
  );
}

/** A 16-byte trace id (sometimes all zeros). */
export function traceIdArb(): fc.Arbitrary<TraceID> {
  return idBytesArb(16).map((b) => new TraceID(b));
}

/** An 8-byte span id (sometimes all zeros). */
export function spanIdArb(): fc.Arbitrary<SpanID> {
  return idBytesArb(8).map((b) => new SpanID(b));
}

/** A 16-byte profile id (sometimes all zeros). */
export function profileIdArb(): fc.Arbitrary<ProfileID> {
  return idBytesArb(16).map((b) => new ProfileID(b));
}

/** A kind {@link valueArb} may produce, named as `typeName` names it (`map` and `slice` are the containers). */
export type ValueKind = ValueTypeName;

/** Options for {@link valueArb} and {@link attributeValueArb}. */
export interface ValueArbOptions extends DoubleArbOptions {
  /** How deep maps and slices nest (0 = scalars only). Default 3. */
  readonly maxDepth?: number;
  /** Most entries in one map or slice. Default 4. */
  readonly maxLength?: number;
  /** Restrict the kinds produced (`['string', 'int64', 'map']`…). Default: all. */
  readonly kinds?: readonly ValueKind[];
}

type Scalars = Partial<Record<ValueKind, fc.Arbitrary<Value>>>;

function scalarArbs(options: ValueArbOptions, telemetryOnly: boolean): Scalars {
  const all: Scalars = {
    nil: fc.constant(null),
    string: stringArb(),
    int64: edgyInt64Arb(),
    float64: doubleArb(options),
    bool: fc.boolean(),
    bytes: bytesArb(),
  };
  if (!telemetryOnly) {
    all.time = timeArb();
    all.duration = durationArb();
    all.TraceID = traceIdArb();
    all.SpanID = spanIdArb();
    all.ProfileID = profileIdArb();
  }
  return all;
}

function buildValueArb(options: ValueArbOptions, telemetryOnly: boolean): fc.Arbitrary<Value> {
  const maxDepth = options.maxDepth ?? 3;
  const maxLength = options.maxLength ?? 4;
  const wanted = (k: ValueKind) => options.kinds === undefined || options.kinds.includes(k);
  const scalars = Object.entries(scalarArbs(options, telemetryOnly))
    .filter(([k]) => wanted(k as ValueKind))
    .map(([, arb]) => arb as fc.Arbitrary<Value>);
  const withMaps = wanted('map');
  const withSlices = wanted('slice');
  if (scalars.length === 0 && !(withMaps || withSlices)) throw new Error('valueArb: no kinds to generate');
  // Containers need a leaf; when only containers are asked for, empty ones end the recursion.
  const empty: Value = withMaps ? new Map() : [];
  const leaves: fc.Arbitrary<Value>[] = scalars.length > 0 ? scalars : [fc.constant(empty)];
  const leaf: fc.Arbitrary<Value> = fc.oneof(...leaves);
  const level = (depth: number): fc.Arbitrary<Value> => {
    if (depth <= 0) return leaf;
    const inner = level(depth - 1);
    const choices: fc.Arbitrary<Value>[] = [leaf];
    if (withSlices) choices.push(fc.array(inner, { maxLength }) as fc.Arbitrary<Value>);
    if (withMaps) choices.push(mapOf(inner, maxLength) as fc.Arbitrary<Value>);
    return fc.oneof({ depthSize: 'small' }, ...choices) as fc.Arbitrary<Value>;
  };
  return level(maxDepth);
}

/** A map with unique keys drawn by {@link mapKeyArb} (insertion order is kept, as in pcommon maps). */
function mapOf(values: fc.Arbitrary<Value>, maxLength: number): fc.Arbitrary<ValueMap> {
  return fc
    .uniqueArray(fc.tuple(mapKeyArb(), values), { maxLength, selector: ([k]) => k })
    .map((entries) => new Map(entries));
}

/**
 * Any OTTL value: nil, string, int64, float64, bool, bytes, time, duration, the three id types,
 * and maps and slices of these nested up to `maxDepth`. Maps are always `Map`s.
 */
export function valueArb(options: ValueArbOptions = {}): fc.Arbitrary<Value> {
  return buildValueArb(options, false);
}

/**
 * A value telemetry can hold (an OTLP `AnyValue`): nil (the empty value), string, int64, float64,
 * bool, bytes, and maps and slices of those. Never a time, a duration or an id.
 */
export function attributeValueArb(options: ValueArbOptions = {}): fc.Arbitrary<Value> {
  return buildValueArb(options, true);
}

/** An attribute map (`Map<string, AnyValue>`), up to `maxLength` entries, with tricky keys. */
export function attributesArb(options: ValueArbOptions = {}): fc.Arbitrary<ValueMap> {
  const depth = options.maxDepth ?? 2;
  return mapOf(attributeValueArb({ ...options, maxDepth: Math.max(0, depth - 1) }), options.maxLength ?? 4);
}
