/**
 * Go's `strconv` parsers as the coercing getters use them: `ParseFloat(s, 64)`, `ParseInt(s, 10, 64)`
 * and `ParseBool(s)`, with Go's accepted syntax and error texts
 * (`strconv.ParseFloat: parsing "abc": invalid syntax`).
 */
import { OttlRuntimeError } from '../errors.js';
import { goQuote } from './go-text.js';
import { INT64_MAX, INT64_MIN } from './types.js';

function numError(fn: string, s: string, reason: 'invalid syntax' | 'value out of range'): OttlRuntimeError {
  return new OttlRuntimeError(`strconv.${fn}: parsing ${goQuote(s)}: ${reason}`);
}

/** Go's `underscoreOK`: underscores only between digits, or between a base prefix and a digit. */
function underscoreOK(text: string): boolean {
  let s = text;
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(s[1].toLowerCase())) {
    i = 2;
    saw = '0';
    hex = s[1].toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    const lower = c.toLowerCase();
    if ((c >= '0' && c <= '9') || (hex && lower >= 'a' && lower <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const DECIMAL_FLOAT = /^[+-]?(?:[0-9_]+\.?[0-9_]*|\.[0-9_]+)(?:[eE][+-]?[0-9_]+)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]((?:[0-9a-fA-F_]+\.?[0-9a-fA-F_]*|\.[0-9a-fA-F_]+))[pP]([+-]?[0-9_]+)$/;

/** Infinity / NaN spellings Go accepts (case-insensitive; a sign only before infinity). */
function special(s: string): number | undefined {
  const lower = s.toLowerCase();
  let body = lower;
  let sign = 1;
  if (body[0] === '+' || body[0] === '-') {
    sign = body[0] === '-' ? -1 : 1;
    body = body.slice(1);
    if (body === 'inf' || body === 'infinity') return sign * Infinity;
    return undefined;
  }
  if (body === 'inf' || body === 'infinity') return Infinity;
  if (body === 'nan') return NaN;
  return undefined;
}

/**
 * Go `strconv.ParseFloat(s, 64)`: decimal and hexadecimal (`0x1p-2`) forms, `_` digit separators
 * where Go's literal syntax allows them, `inf`/`infinity`/`nan` in any case. No surrounding spaces.
 *
 * @throws OttlRuntimeError `strconv.ParseFloat: parsing "…": invalid syntax` or `value out of range`.
 */
export function goParseFloat(s: string): number {
  const sp = special(s);
  if (sp !== undefined) return sp;
  if (!/[0-9]/.test(s)) throw numError('ParseFloat', s, 'invalid syntax');
  if (s.includes('_') && !underscoreOK(s)) throw numError('ParseFloat', s, 'invalid syntax');
  let value: number;
  const hex = HEX_FLOAT.exec(s);
  if (hex !== null) {
    value = parseHexFloat(hex[1] === '-', hex[2].replaceAll('_', ''), Number(hex[3].replaceAll('_', '')));
  } else {
    if (!DECIMAL_FLOAT.test(s)) throw numError('ParseFloat', s, 'invalid syntax');
    const clean = s.replaceAll('_', '');
    // The exponent must have a digit, and so must the mantissa (`_` alone is not a digit).
    if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(clean)) throw numError('ParseFloat', s, 'invalid syntax');
    value = Number(clean);
  }
  if (!Number.isFinite(value)) throw numError('ParseFloat', s, 'value out of range');
  return value;
}

function parseHexFloat(negative: boolean, mantissa: string, exp: number): number {
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const fracDigits = dot < 0 ? 0 : mantissa.length - dot - 1;
  if (digits.length === 0) return NaN;
  const m = BigInt('0x' + digits);
  const e2 = exp - 4 * fracDigits;
  const magnitude = m === 0n ? 0 : scaleByPowerOfTwo(m, e2);
  return negative ? -magnitude : magnitude;
}

/** `m * 2^e` rounded once to a double (exact scaling, so only the final conversion rounds). */
function scaleByPowerOfTwo(m: bigint, e: number): number {
  if (e >= 0) {
    if (e > 2000) return Infinity;
    return Number(m << BigInt(e));
  }
  // Keep enough bits below the binary point so that Number() rounds the quotient correctly.
  const bits = m.toString(2).length;
  const shift = Math.max(0, -e - (1100 - bits));
  const scaled = shift > 0 ? roundShift(m, shift) : m;
  return Number(scaled) * 2 ** (e + shift);
}

function roundShift(m: bigint, shift: number): bigint {
  const s = BigInt(shift);
  const q = m >> s;
  const rem = m - (q << s);
  const half = 1n << (s - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/**
 * Go `strconv.ParseInt(s, 10, 64)`, returning `undefined` where Go returns an error
 * (the IntLike getter turns any error into nil). Accepts an optional sign and decimal digits only.
 */
export function goParseInt10(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const v = BigInt(s);
  if (v < INT64_MIN || v > INT64_MAX) return undefined;
  return v;
}

const BOOL_TEXT: ReadonlyMap<string, boolean> = new Map([
  ['1', true],
  ['t', true],
  ['T', true],
  ['TRUE', true],
  ['true', true],
  ['True', true],
  ['0', false],
  ['f', false],
  ['F', false],
  ['FALSE', false],
  ['false', false],
  ['False', false],
]);

/**
 * Go `strconv.ParseBool(s)`.
 *
 * @throws OttlRuntimeError `strconv.ParseBool: parsing "…": invalid syntax`.
 */
export function goParseBool(s: string): boolean {
  const b = BOOL_TEXT.get(s);
  if (b === undefined) throw numError('ParseBool', s, 'invalid syntax');
  return b;
}

/**
 * Go's `int64(f)` conversion: truncation toward zero. Out-of-range values and NaN give
 * `math.MinInt64`, as on amd64 (the platform the reference's expectations come from).
 */
export function goFloatToInt64(f: number): bigint {
  if (Number.isNaN(f) || f >= 9223372036854775808 || f < -9223372036854775808) return INT64_MIN;
  return BigInt(Math.trunc(f));
}
