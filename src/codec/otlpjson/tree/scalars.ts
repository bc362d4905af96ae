/**
 * Scalar fields read from a `JSON.parse` tree, accepting exactly what the text readers in
 * `../scalars.ts` accept and producing the same values. Anything else — a value the text reader
 * would reject, or one `JSON.parse` may have changed — makes the tree path {@link decline}, and the
 * document is read again from its text (which then reports the error with its line and path).
 * Each reader adds its value's characters to the tally (see `tally.ts`).
 */
import type { EnumType } from '../enums.js';
import { INT32, INT64, UINT32, UINT64, integerOfLiteral, isBase64, isJsonNumber, isPlainInteger, type IntType } from '../scalars.js';
import { numberChars, scalarChars, tally } from './tally.js';

/** Thrown (never escapes `tree/`) when a document must be decoded from its text instead. */
export const DECLINE: unique symbol = Symbol('decline');

export function decline(): never {
  throw DECLINE;
}

/** An integer field of `type` given as a JSON string, a JSON number or null. */
function integer(v: unknown, type: IntType): bigint {
  let n: bigint | undefined;
  if (typeof v === 'string') n = integerOfLiteral(v);
  // A number beyond 2^53 may have been rounded by JSON.parse: the text reader keeps it exact.
  else if (typeof v === 'number') n = Number.isSafeInteger(v) ? BigInt(v) : undefined;
  else if (v === null) return 0n;
  if (n === undefined || n < type.min || n > type.max) return decline();
  return n;
}

/** A 32-bit integer field: the same as {@link integer} without a bigint for the common number case. */
function int32(v: unknown, min: number, max: number, type: IntType): number {
  // `+ 0` turns -0 into 0, as the text reader's BigInt → Number does.
  if (typeof v === 'number') {
    tally.chars += numberChars(v);
    return Number.isInteger(v) && v >= min && v <= max ? v + 0 : decline();
  }
  tally.chars += scalarChars(v);
  return Number(integer(v, type));
}

/**
 * int64 and uint64 given as plain decimal strings (the usual form: timestamps, counts) skip the
 * range check when their length alone keeps them in range.
 */
export function int64(v: unknown): bigint {
  tally.chars += scalarChars(v);
  if (typeof v === 'string' && v.length <= 18 && v.length > 0 && isPlainInteger(v)) return BigInt(v);
  return integer(v, INT64);
}

export function uint64(v: unknown): bigint {
  tally.chars += scalarChars(v);
  if (typeof v === 'string' && v.length <= 19 && v.length > 0 && v.charCodeAt(0) !== 0x2d && isPlainInteger(v)) return BigInt(v);
  return integer(v, UINT64);
}
export const uint32 = (v: unknown): number => int32(v, 0, 0xffffffff, UINT32);
export const sint32 = (v: unknown): number => int32(v, -0x80000000, 0x7fffffff, INT32);

export function enumOf(v: unknown, type: EnumType): number {
  if (typeof v !== 'string') return sint32(v);
  tally.chars += v.length + 2;
  const n = type.values.get(v);
  return n === undefined ? decline() : n;
}

export function str(v: unknown): string {
  if (typeof v === 'string') {
    tally.chars += v.length + 2;
    return v;
  }
  tally.chars += 4;
  return v === null ? '' : decline();
}

export function bool(v: unknown): boolean {
  tally.chars += scalarChars(v);
  if (typeof v === 'boolean') return v;
  return v === null ? false : decline();
}

export function double(v: unknown): number {
  tally.chars += scalarChars(v);
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    if (v === 'NaN') return NaN;
    if (v === 'Infinity') return Infinity;
    if (v === '-Infinity') return -Infinity;
    return isJsonNumber(v) ? +v : decline();
  }
  return v === null ? 0 : decline();
}

/** An `optional double`: null stays absent. */
export function optionalDouble(v: unknown): number | null {
  if (v !== null) return double(v);
  tally.chars += 4;
  return null;
}

export function bytes(v: unknown): Uint8Array {
  tally.chars += scalarChars(v);
  if (v === null) return new Uint8Array(0);
  if (typeof v !== 'string') return decline();
  const body = v.endsWith('==') ? v.slice(0, -2) : v.endsWith('=') ? v.slice(0, -1) : v;
  if (!isBase64(v, body)) return decline();
  return new Uint8Array(Buffer.from(body, 'base64'));
}

const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) HEX_VALUE[0x30 + i] = i;
for (let i = 0; i < 6; i++) HEX_VALUE[0x41 + i] = HEX_VALUE[0x61 + i] = 10 + i;

/** A hex id into `into` (its size fixes the length; `""` and null leave zeros). */
export function id(v: unknown, into: Uint8Array): void {
  tally.chars += scalarChars(v);
  if (v === null) return;
  if (typeof v !== 'string') return decline();
  if (v.length === 0) return;
  if (v.length !== into.length * 2) return decline();
  for (let i = 0; i < into.length; i++) {
    const hi = v.charCodeAt(2 * i);
    const lo = v.charCodeAt(2 * i + 1);
    // Codes ≥ 128 index past the table (undefined), which `| 0` maps to 0 and the `< 0` test misses: check first.
    if (hi > 127 || lo > 127 || HEX_VALUE[hi] < 0 || HEX_VALUE[lo] < 0) return decline();
    into[i] = (HEX_VALUE[hi] << 4) | HEX_VALUE[lo];
  }
}
