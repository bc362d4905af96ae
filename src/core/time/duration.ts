/**
 * Go `time.Duration` text: `ParseDuration` ("1h30m", "-1.5µs") and `Duration.String()` ("1h30m0s"),
 * plus `Time.Truncate`. Durations are int64 nanoseconds (bigint).
 */
import { OttlTime } from '../values/types.js';
import { ZERO_TIME_UNIX } from './civil.js';

const UNITS: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['\u00b5s', 1_000n], // U+00B5 micro sign
  ['\u03bcs', 1_000n], // U+03BC Greek mu
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
]);

const TWO63 = 1n << 63n;

/** Go's `time` package quoting: ASCII as is (with `"` and `\` escaped), other bytes as `\xNN`. */
export function goTimeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x80 || c < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += '\\x' + b.toString(16).padStart(2, '0');
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return out + '"';
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Go's `time.ParseDuration`. Throws with Go's messages: `time: invalid duration "x"`,
 * `time: missing unit in duration "1"`, `time: unknown unit "d" in duration "1d"`.
 */
export function parseDuration(text: string): bigint {
  const orig = text;
  const invalid = () => new Error('time: invalid duration ' + goTimeQuote(orig));
  let s = text;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') throw invalid();
  let d = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigitCode(s.charCodeAt(0)))) throw invalid();
    let i = 0;
    let v = 0n;
    while (i < s.length && isDigitCode(s.charCodeAt(i))) {
      if (v > TWO63 / 10n) throw invalid();
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > TWO63) throw invalid();
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    let post = false;
    let f = 0n;
    let scale = 1;
    if (s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (j < s.length && isDigitCode(s.charCodeAt(j))) {
        if (!overflow) {
          if (f > (TWO63 - 1n) / 10n) overflow = true;
          else {
            const y = f * 10n + BigInt(s.charCodeAt(j) - 48);
            if (y > TWO63) overflow = true;
            else {
              f = y;
              scale *= 10;
            }
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) throw invalid();
    let u = 0;
    while (u < s.length && !(s[u] === '.' || isDigitCode(s.charCodeAt(u)))) u++;
    if (u === 0) throw new Error('time: missing unit in duration ' + goTimeQuote(orig));
    const unitText = s.slice(0, u);
    s = s.slice(u);
    const unit = UNITS.get(unitText);
    if (unit === undefined) throw new Error('time: unknown unit ' + goTimeQuote(unitText) + ' in duration ' + goTimeQuote(orig));
    if (v > TWO63 / unit) throw invalid();
    v *= unit;
    if (f > 0n) {
      // Go computes the fraction in float64 (nanosecond-accurate up to hours) and truncates.
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > TWO63) throw invalid();
    }
    d += v;
    if (d > TWO63) throw invalid();
  }
  if (neg) return BigInt.asIntN(64, -d);
  if (d > TWO63 - 1n) throw invalid();
  return d;
}

/** `v / 10^prec` printed with the fraction's trailing zeros (and a bare point) dropped. */
function fracString(v: bigint, prec: number): [string, bigint] {
  let s = '';
  let printed = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    printed = printed || digit !== 0n;
    if (printed) s = digit.toString() + s;
    v /= 10n;
  }
  return [printed ? '.' + s : '', v];
}

/** Go's `Duration.String()`: `1h2m3.5s`, `1.5ms`, `0s`, `-2µs`. */
export function formatDuration(nanos: bigint): string {
  const neg = nanos < 0n;
  let u = neg ? -nanos : nanos;
  let out: string;
  if (u < 1_000_000_000n) {
    let prec: number;
    let unit: string;
    if (u === 0n) return '0s';
    if (u < 1_000n) {
      prec = 0;
      unit = 'ns';
    } else if (u < 1_000_000n) {
      prec = 3;
      unit = '\u00b5s';
    } else {
      prec = 6;
      unit = 'ms';
    }
    const [frac, whole] = fracString(u, prec);
    out = whole.toString() + frac + unit;
  } else {
    const [frac, secs] = fracString(u, 9);
    u = secs;
    out = (u % 60n).toString() + frac + 's';
    u /= 60n;
    if (u > 0n) {
      out = (u % 60n).toString() + 'm' + out;
      u /= 60n;
      if (u > 0n) out = u.toString() + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}

const ZERO_NANO = BigInt(ZERO_TIME_UNIX) * 1_000_000_000n;

/**
 * Go's `t.Truncate(d)`: rounds down to a multiple of `d` counted from Go's zero time
 * (0001-01-01 UTC), whatever the time's zone; `d <= 0` returns `t` unchanged.
 */
export function truncateTime(t: OttlTime, d: bigint): OttlTime {
  if (d <= 0n) return t;
  const since = t.unixNano - ZERO_NANO;
  let r = since % d;
  if (r < 0n) r += d;
  return r === 0n ? t : new OttlTime(t.unixNano - r, t.zone);
}
