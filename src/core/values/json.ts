/**
 * Go JSON encoding of OTTL values, as the reference produces it with `json.Marshal(v.AsRaw())`:
 * map keys sorted (byte order), bytes as base64, floats in Go's JSON format, `<`, `>`, `&`
 * escaped as `\u003c`… unless turned off, U+2028/U+2029 escaped, and NaN/±Inf rejected.
 */
import { OttlRuntimeError } from '../errors.js';
import { formatFloatG, formatFloatGoccy, formatFloatJson } from './go-float.js';
import { formatRfc3339Nano, goYear } from './go-time-text.js';
import { MAX_VALUE_DEPTH, valueTooDeepMessage } from './limits.js';
import { assertNeverValue, ModelObject, OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from './types.js';
import { compareUtf8 } from './utf8.js';

/** Which Go encoder to imitate. */
export interface JsonOptions {
  /**
   * Escape `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026` (Go's default). Default true.
   */
  readonly escapeHtml?: boolean;
  /**
   * `encoding/json` (Go ≥ 1.22: `\b`, `\f`; exponent `1e-7`), or goccy/go-json, which OTTL's
   * StringLikeGetter uses (`\u0008`, `\u000c`; exponent `1e-07`). Default `encoding/json`.
   */
  readonly dialect?: 'encoding/json' | 'goccy';
}

interface Encoder {
  readonly escapeHtml: boolean;
  readonly goccy: boolean;
}

const ENCODING_JSON: Encoder = { escapeHtml: true, goccy: false };

/** Characters that may need escaping; strings without them are copied as is. */
const NEEDS_ESCAPE = /["\\<>&\u0000-\u001f\u2028\u2029\ud800-\udfff]/;

/**
 * Quotes a string as Go's JSON encoders do. Non-ASCII text is written as is (UTF-8), except
 * U+2028/U+2029 (escaped) and lone surrogates (invalid UTF-8 in Go, written as `\ufffd`).
 */
export function quoteJsonString(s: string, options: JsonOptions = {}): string {
  return quote(s, encoderFor(options));
}

function quote(s: string, enc: Encoder): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x20) rep = controlEscape(c, enc.goccy);
    else if (c === 0x22) rep = '\\"';
    else if (c === 0x5c) rep = '\\\\';
    else if (enc.escapeHtml && (c === 0x3c || c === 0x3e || c === 0x26)) rep = '\\u00' + c.toString(16);
    else if (c === 0x2028 || c === 0x2029) rep = '\\u' + c.toString(16);
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++; // a valid pair: copied as is
        continue;
      }
      rep = '\\ufffd';
    }
    if (rep !== undefined) {
      out += s.slice(start, i) + rep;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

function controlEscape(c: number, goccy: boolean): string {
  switch (c) {
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x08:
      if (!goccy) return '\\b';
      break;
    case 0x0c:
      if (!goccy) return '\\f';
      break;
    default:
      break;
  }
  return '\\u00' + c.toString(16).padStart(2, '0');
}

function encoderFor(options: JsonOptions): Encoder {
  if (options.escapeHtml === undefined && options.dialect === undefined) return ENCODING_JSON;
  return { escapeHtml: options.escapeHtml ?? true, goccy: options.dialect === 'goccy' };
}

/**
 * Encodes a value as Go would marshal its raw form.
 *
 * - nil → `null`; string → quoted; int64 → decimal; float64 → Go JSON float; bool.
 * - bytes → base64 string; map → object with keys sorted by byte order; slice → array.
 * - time → RFC 3339 string with nanoseconds; duration → its nanoseconds; ids → arrays of byte
 *   numbers (Go byte *arrays* are not base64-encoded).
 *
 * @throws OttlRuntimeError `json: unsupported value: NaN` (or `+Inf`/`-Inf`),
 *   `Time.MarshalJSON: year outside of range [0,9999]`, and for a value nested deeper than
 *   `MAX_VALUE_DEPTH` (counted, so the JS stack is never reached).
 */
export function valueToJson(v: Value, options: JsonOptions = {}): string {
  return encode(v, encoderFor(options), 0);
}

function encode(v: Value, enc: Encoder, depth: number): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return quote(v, enc);
    case 'bigint':
      return v.toString();
    case 'number':
      if (!Number.isFinite(v)) throw new OttlRuntimeError(`json: unsupported value: ${formatFloatG(v)}`);
      return enc.goccy ? formatFloatGoccy(v) : formatFloatJson(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      break;
  }
  if (v instanceof Uint8Array) return '"' + Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') + '"';
  if ((v instanceof Map || Array.isArray(v)) && depth >= MAX_VALUE_DEPTH) {
    throw new OttlRuntimeError(`json: ${valueTooDeepMessage()}`);
  }
  if (v instanceof Map) {
    const keys = [...v.keys()].sort(compareUtf8);
    let out = '{';
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) out += ',';
      out += quote(keys[i], enc) + ':' + encode(v.get(keys[i]) ?? null, enc, depth + 1);
    }
    return out + '}';
  }
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out += ',';
      out += encode(v[i], enc, depth + 1);
    }
    return out + ']';
  }
  if (v instanceof OttlTime) {
    const year = goYear(v);
    if (year < 0 || year > 9999) {
      throw new OttlRuntimeError(
        'json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year outside of range [0,9999]',
      );
    }
    return '"' + formatRfc3339Nano(v) + '"';
  }
  if (v instanceof OttlDuration) return v.nanos.toString();
  // pdata wrappers (ptrace.Status, ptrace.SpanEventSlice…) have no exported fields.
  if (v instanceof ModelObject) return '{}';
  if (v instanceof TraceID || v instanceof SpanID || v instanceof ProfileID) return '[' + Array.from(v.bytes).join(',') + ']';
  return assertNeverValue(v);
}
