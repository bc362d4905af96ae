/**
 * Argument typing, as the reference's getters do it (`pkg/ottl/expression.go`).
 *
 * Strict getters (`StringGetter`, `IntGetter`, …) accept exactly one type and throw
 * `expected string but got int64` (or `… but got nil`). Coercing getters (`StringLikeGetter`, …)
 * convert; each returns `null` for nil and throws where the reference errors — except that the
 * IntLike getter answers `null` for an unparsable string.
 *
 * All failures throw {@link OttlRuntimeError} with the reference's message.
 */
import { OttlRuntimeError } from '../errors.js';
import { goFloatToInt64, goParseBool, goParseFloat, goParseInt10 } from './go-parse.js';
import { goTypeName } from './go-text.js';
import { bytesToHex } from './ids.js';
import { valueToJson } from './json.js';
import { OttlDuration, OttlTime, type Value, type ValueList, type ValueMap } from './types.js';
import { utf8Encode } from './utf8.js';

function typeError(expected: string, v: Value): never {
  throw new OttlRuntimeError(`expected ${expected} but got ${v === null ? 'nil' : goTypeName(v)}`);
}

function unsupported(v: Value): never {
  throw new OttlRuntimeError(`unsupported type: ${goTypeName(v)}`);
}

/** StringGetter. @throws `expected string but got <type>`. */
export function expectString(v: Value): string {
  return typeof v === 'string' ? v : typeError('string', v);
}

/** IntGetter. @throws `expected int64 but got <type>`. */
export function expectInt(v: Value): bigint {
  return typeof v === 'bigint' ? v : typeError('int64', v);
}

/** FloatGetter (an int64 is **not** accepted). @throws `expected float64 but got <type>`. */
export function expectFloat(v: Value): number {
  return typeof v === 'number' ? v : typeError('float64', v);
}

/** BoolGetter. @throws `expected bool but got <type>`. */
export function expectBool(v: Value): boolean {
  return typeof v === 'boolean' ? v : typeError('bool', v);
}

/** PMapGetter (live or plain maps). @throws `expected pcommon.Map but got <type>`. */
export function expectMap(v: Value): ValueMap {
  return v instanceof Map ? v : typeError('pcommon.Map', v);
}

/** PSliceGetter (live or plain slices). @throws `expected pcommon.Slice but got <type>`. */
export function expectSlice(v: Value): ValueList {
  return Array.isArray(v) ? v : typeError('pcommon.Slice', v);
}

/** TimeGetter. @throws `expected time but got <type>` (`… got nil`). */
export function expectTime(v: Value): OttlTime {
  return v instanceof OttlTime ? v : typeError('time', v);
}

/** DurationGetter. @throws `expected duration but got <type>` (`… got nil`). */
export function expectDuration(v: Value): OttlDuration {
  return v instanceof OttlDuration ? v : typeError('duration', v);
}

/**
 * StringLikeGetter: nil → `null`; string as is; bytes → lowercase hex; map/slice → JSON
 * (goccy/go-json: keys sorted, HTML-escaped, bytes base64); other values → their JSON encoding:
 * int64 `1`, float64 `1.5` / `1e+21` / `1e-07`, bool `true`, time as a *quoted* RFC 3339 string,
 * duration as nanoseconds, ids as arrays of byte numbers.
 *
 * @throws OttlRuntimeError `unsupported type: float64` for NaN/±Inf; `json: unsupported value: NaN`
 *   for a map/slice holding one; `unsupported type: time.Time` for a year outside 0..9999.
 */
export function toStringLike(v: Value): string | null {
  if (v === null) return null;
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      break;
  }
  if (v instanceof Uint8Array) return bytesToHex(v);
  if (v instanceof Map || Array.isArray(v)) return valueToJson(v, { dialect: 'goccy' });
  try {
    return valueToJson(v, { dialect: 'goccy' });
  } catch {
    // The reference reports any marshalling failure of a scalar as an unsupported type.
    return unsupported(v);
  }
}

/**
 * FloatLikeGetter: nil → `null`; float64; int64 → float64; string parsed by Go's
 * `strconv.ParseFloat` (a failure **is an error**); bool → 1 / 0.
 *
 * @throws OttlRuntimeError the `strconv.ParseFloat` error, or `unsupported type: <type>`.
 */
export function toFloatLike(v: Value): number | null {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return Number(v);
    case 'string':
      return goParseFloat(v);
    case 'boolean':
      return v ? 1 : 0;
    default:
      return v === null ? null : unsupported(v);
  }
}

/**
 * IntLikeGetter: nil → `null`; int64; float64 truncated toward zero (Go's `int64(f)`); string
 * parsed base 10 (a failure gives **`null`, not an error**: `"2.0"` → nil); bool → 1 / 0.
 *
 * @throws OttlRuntimeError `unsupported type: <type>` for bytes, maps, slices, times….
 */
export function toIntLike(v: Value): bigint | null {
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'number':
      return goFloatToInt64(v);
    case 'string':
      return goParseInt10(v) ?? null;
    case 'boolean':
      return v ? 1n : 0n;
    default:
      return v === null ? null : unsupported(v);
  }
}

/**
 * BoolLikeGetter: nil → `null`; bool; int64/float64 → non-zero (NaN is true); string via Go's
 * `strconv.ParseBool` (`1 t T TRUE true True 0 f F FALSE false False`; anything else is an error).
 *
 * @throws OttlRuntimeError the `strconv.ParseBool` error, or `unsupported type: <type>`.
 */
export function toBoolLike(v: Value): boolean | null {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return goParseBool(v);
    default:
      return v === null ? null : unsupported(v);
  }
}

/**
 * ByteSliceLikeGetter: nil → `null`; bytes as is; string → its UTF-8 bytes; int64 → 8 bytes
 * big-endian two's complement; float64 → 8 bytes big-endian IEEE 754; bool → 1 byte (1 / 0).
 *
 * @throws OttlRuntimeError `unsupported type: <type>` for maps, slices, times….
 */
export function toBytesLike(v: Value): Uint8Array | null {
  switch (typeof v) {
    case 'string':
      return utf8Encode(v);
    case 'bigint': {
      const out = new Uint8Array(8);
      new DataView(out.buffer).setBigInt64(0, v, false);
      return out;
    }
    case 'number': {
      const out = new Uint8Array(8);
      new DataView(out.buffer).setFloat64(0, v, false);
      return out;
    }
    case 'boolean':
      return Uint8Array.of(v ? 1 : 0);
    default:
      break;
  }
  if (v === null) return null;
  if (v instanceof Uint8Array) return v;
  return unsupported(v);
}

/**
 * The conversion behind each getter parameter kind, keyed like the kinds in
 * `src/functions/signature.ts`, so the compiler can wrap an argument's getter once:
 * `const conv = GETTER_CONVERSIONS[kind]; (ctx) => conv(get(ctx))`.
 */
export const GETTER_CONVERSIONS = {
  string: expectString,
  int: expectInt,
  float: expectFloat,
  bool: expectBool,
  map: expectMap,
  slice: expectSlice,
  time: expectTime,
  duration: expectDuration,
  stringLike: toStringLike,
  intLike: toIntLike,
  floatLike: toFloatLike,
  boolLike: toBoolLike,
  bytesLike: toBytesLike,
} as const;
