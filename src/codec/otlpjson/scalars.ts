/**
 * Readers for OTLP/JSON scalar fields, following the protobuf JSON mapping: 64-bit integers as
 * numbers or strings (kept exact as `bigint`), enums as numbers or names, doubles as numbers or the
 * strings `"NaN"`, `"Infinity"`, `"-Infinity"` (or a quoted number), bytes as standard or URL-safe
 * base64, and — OTLP's own exception to the mapping — trace and span ids as hex. `null` always
 * means "the default value". Errors go through {@link JsonReader.fail} with the offending value.
 */
import { quote } from './errors.js';
import type { EnumType } from './enums.js';
import { isNumberStart, type JsonReader } from './json-reader.js';

const QUOTE = 0x22;

/** An integer type's name (for messages) and its range. */
export interface IntType {
  readonly name: string;
  readonly article: string;
  readonly min: bigint;
  readonly max: bigint;
}

export const INT64: IntType = { name: 'int64', article: 'an', min: -(1n << 63n), max: (1n << 63n) - 1n };
export const UINT64: IntType = { name: 'uint64', article: 'a', min: 0n, max: (1n << 64n) - 1n };
export const INT32: IntType = { name: 'int32', article: 'an', min: -(1n << 31n), max: (1n << 31n) - 1n };
export const UINT32: IntType = { name: 'uint32', article: 'a', min: 0n, max: (1n << 32n) - 1n };

/** `-?(0|[1-9][0-9]*)`, checked without a regex: timestamps in strings are the common case. */
export function isPlainInteger(s: string): boolean {
  const n = s.length;
  let i = s.charCodeAt(0) === 0x2d ? 1 : 0;
  if (i === n) return false;
  if (s.charCodeAt(i) === 0x30) return n === i + 1;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
const JSON_NUMBER = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Whether `s` is a JSON number literal (a double given as a string). */
export const isJsonNumber = (s: string): boolean => JSON_NUMBER.test(s);

/**
 * The exact integer a JSON number literal denotes (`1e3` and `2.50e1` are integers too, as protobuf
 * JSON accepts), or `undefined` when it is not a number or not an integer. Huge exponents yield a
 * value beyond every 64-bit range rather than a giant bigint.
 */
export function integerOfLiteral(lit: string): bigint | undefined {
  if (isPlainInteger(lit)) return BigInt(lit);
  const m = JSON_NUMBER.exec(lit);
  if (m === null) return undefined;
  const frac = m[3] ?? '';
  let digits = (m[2] + frac).replace(/^0+/, '');
  let exp = Number(m[4] ?? '0') - frac.length;
  if (digits === '') return 0n;
  while (exp < 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exp++;
  }
  if (exp < 0) return undefined;
  if (digits.length + exp > 40) return m[1] === '-' ? -(1n << 80n) : 1n << 80n;
  const v = BigInt(digits + '0'.repeat(exp));
  return m[1] === '-' ? -v : v;
}

/** Reads an integer of type `type` given as a JSON number or a quoted number; `null` → 0. */
export function readInteger(r: JsonReader, type: IntType): bigint {
  const c = r.peek();
  const start = r.pos;
  let v: bigint | undefined;
  if (isNumberStart(c)) {
    const lit = r.readNumber();
    v = r.numIsInt ? BigInt(lit) : integerOfLiteral(lit);
  } else if (c === QUOTE) {
    v = integerOfLiteral(r.readString());
  } else if (r.takeNull()) {
    return 0n;
  } else {
    return r.fail(`expected ${type.article} ${type.name}, got ${r.describe()}`);
  }
  if (v === undefined || v < type.min || v > type.max) {
    // Messages are built only on failure: re-read the token for display.
    const end = r.pos;
    r.pos = start;
    const shown = r.describe();
    r.pos = end;
    if (v === undefined) r.fail(`expected ${type.article} ${type.name}, got ${shown}`, start);
    r.fail(`${type.name} out of range: ${shown}`, start);
  }
  return v;
}

/** int64 (e.g. `intValue`, `asInt`). */
export const readInt64 = (r: JsonReader): bigint => readInteger(r, INT64);
/** fixed64/uint64 (timestamps, counts). */
export const readUint64 = (r: JsonReader): bigint => readInteger(r, UINT64);
/** uint32/fixed32 (dropped counts, flags). */
export const readUint32 = (r: JsonReader): number => Number(readInteger(r, UINT32));
/** int32/sint32 (scale, offset). */
export const readInt32 = (r: JsonReader): number => Number(readInteger(r, INT32));

/** Reads an enum given as its number (any int32) or its name; `null` → 0. */
export function readEnum(r: JsonReader, type: EnumType): number {
  if (r.peek() !== QUOTE) return readInt32(r);
  const start = r.pos;
  const name = r.readString();
  const v = type.values.get(name);
  if (v === undefined) r.fail(`unknown ${type.name} name ${quote(name)}`, start);
  return v;
}

/** Reads a string; `null` → `''`. */
export function readStr(r: JsonReader): string {
  if (r.peek() === QUOTE) return r.readString();
  if (r.takeNull()) return '';
  return r.fail(`expected a string, got ${r.describe()}`);
}

/** Reads a bool; `null` → false. */
export function readBool(r: JsonReader): boolean {
  if (r.takeNull()) return false;
  return r.readBool();
}

/** Reads a double: a number, a quoted number, or `"NaN"`/`"Infinity"`/`"-Infinity"`; `null` → 0. */
export function readDouble(r: JsonReader): number {
  const c = r.peek();
  if (isNumberStart(c)) return +r.readNumber();
  if (c === QUOTE) {
    const start = r.pos;
    const s = r.readString();
    if (s === 'NaN') return NaN;
    if (s === 'Infinity') return Infinity;
    if (s === '-Infinity') return -Infinity;
    if (!isJsonNumber(s)) r.fail(`expected a double, got ${quote(s)}`, start);
    return +s;
  }
  if (r.takeNull()) return 0;
  return r.fail(`expected a double, got ${r.describe()}`);
}

const BASE64 = /^[A-Za-z0-9+/_-]*$/;

/** Whether `s` (whose unpadded part is `body`) is standard or URL-safe base64, padded or not. */
export function isBase64(s: string, body: string): boolean {
  const padded = body.length !== s.length;
  return BASE64.test(body) && body.length % 4 !== 1 && !(padded && s.length % 4 !== 0);
}

/** Reads bytes given as standard or URL-safe base64, padded or not; `null` → empty. */
export function readBytes(r: JsonReader): Uint8Array {
  if (r.peek() !== QUOTE) {
    if (r.takeNull()) return new Uint8Array(0);
    return r.fail(`expected base64 bytes, got ${r.describe()}`);
  }
  const start = r.pos;
  const s = r.readString();
  const body = s.endsWith('==') ? s.slice(0, -2) : s.endsWith('=') ? s.slice(0, -1) : s;
  if (!isBase64(s, body)) {
    r.fail(`invalid base64: ${quote(s)}`, start);
  }
  const buf = Buffer.from(body, 'base64');
  // A plain Uint8Array, not a view into Buffer's shared pool.
  return new Uint8Array(buf);
}

/**
 * Reads a hex id of `size` bytes into `into` (case-insensitive; `""` or `null` leaves zeros).
 * @param what `trace id` or `span id`, for messages.
 */
export function readId(r: JsonReader, into: Uint8Array, what: string): Uint8Array {
  if (r.peek() !== QUOTE) {
    if (r.takeNull()) return into;
    return r.fail(`expected a hex ${what}, got ${r.describe()}`);
  }
  const start = r.pos;
  const s = r.readString();
  if (s.length === 0) return into;
  const digits = into.length * 2;
  if (s.length !== digits) {
    r.fail(`expected a ${what} of ${digits} hex digits, got ${quote(s)} (${s.length} characters)`, start);
  }
  for (let i = 0; i < into.length; i++) {
    const hi = hexValue(s.charCodeAt(2 * i));
    const lo = hexValue(s.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) {
      const at = hi < 0 ? 2 * i : 2 * i + 1;
      r.fail(`expected a ${what} of ${digits} hex digits, got ${quote(s)} (${quote(s[at])} is not hex)`, start);
    }
    into[i] = (hi << 4) | lo;
  }
  return into;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}
