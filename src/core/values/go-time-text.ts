/**
 * Go's text forms of `time.Time` and `time.Duration` that leak into OTTL output: `%v` in error
 * messages (`Time.String()`, `Duration.String()`) and JSON (`Time.MarshalJSON`, RFC 3339 with
 * nanoseconds). Calendar arithmetic is done on bigints so that any int64 instant works.
 */
import { zoneAbbreviation, zoneOffsetAt } from '../time/zone.js';
import type { OttlDuration, OttlTime } from './types.js';

const NANOS_PER_SECOND = 1_000_000_000n;

/** Civil (proleptic Gregorian) date and wall-clock time. */
export interface CivilTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nanosecond: number;
  /** Seconds east of UTC used for the wall clock. */
  readonly offsetSeconds: number;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
function civilFromDays(days: bigint): { year: number; month: number; day: number } {
  const z = days + 719468n;
  const era = floorDiv(z, 146097n);
  const doe = z - era * 146097n;
  const yoe = (doe - doe / 1460n + doe / 36524n - doe / 146096n) / 365n;
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
  const mp = (5n * doy + 2n) / 153n;
  const day = Number(doy - (153n * mp + 2n) / 5n + 1n);
  const month = Number(mp < 10n ? mp + 3n : mp - 9n);
  const year = Number(yoe + era * 400n) + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Splits an instant into the wall-clock fields of its zone. */
export function civilTime(t: OttlTime): CivilTime {
  const unixSeconds = floorDiv(t.unixNano, NANOS_PER_SECOND);
  const nanosecond = Number(t.unixNano - unixSeconds * NANOS_PER_SECOND);
  const offsetSeconds = zoneOffsetAt(t.zone, Number(unixSeconds));
  const local = unixSeconds + BigInt(offsetSeconds);
  const days = floorDiv(local, 86400n);
  const secOfDay = Number(local - days * 86400n);
  return {
    ...civilFromDays(days),
    hour: Math.floor(secOfDay / 3600),
    minute: Math.floor((secOfDay % 3600) / 60),
    second: secOfDay % 60,
    nanosecond,
    offsetSeconds,
  };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

/** Go's `.999999999` layout element: fraction with trailing zeros removed, nothing when zero. */
function fraction(nanos: number): string {
  if (nanos === 0) return '';
  return '.' + String(nanos).padStart(9, '0').replace(/0+$/, '');
}

function offsetText(offsetSeconds: number, colon: boolean): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const hh = pad(Math.floor(abs / 3600), 2);
  const mm = pad(Math.floor((abs % 3600) / 60), 2);
  return sign + hh + (colon ? ':' : '') + mm;
}

function dateTime(c: CivilTime, sep: string): string {
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}${sep}${pad(c.hour, 2)}:${pad(c.minute, 2)}:${pad(c.second, 2)}`;
}

/** Go `t.Format(time.RFC3339Nano)`: `2006-01-02T15:04:05.999999999Z07:00`. */
export function formatRfc3339Nano(t: OttlTime): string {
  const c = civilTime(t);
  const zone = c.offsetSeconds === 0 ? 'Z' : offsetText(c.offsetSeconds, true);
  return dateTime(c, 'T') + fraction(c.nanosecond) + zone;
}

/**
 * Go `Time.String()`: `2006-01-02 15:04:05.999999999 -0700 MST` (the zone abbreviation, or the
 * numeric offset when the zone has none).
 */
export function goTimeString(t: OttlTime): string {
  const c = civilTime(t);
  const unixSeconds = Number(floorDiv(t.unixNano, NANOS_PER_SECOND));
  const abbr = t.zone === undefined ? 'UTC' : zoneAbbreviation(t.zone, unixSeconds);
  return `${dateTime(c, ' ')}${fraction(c.nanosecond)} ${offsetText(c.offsetSeconds, false)} ${abbr}`;
}

/** The year of an instant in its zone (Go's `t.Year()`). */
export function goYear(t: OttlTime): number {
  return civilTime(t).year;
}

/** Fractional digits of `v / 10^prec`, Go's `fmtFrac`: trailing zeros and a bare `.` are dropped. */
function fmtFrac(v: bigint, prec: number): { text: string; rest: bigint } {
  let digits = '';
  let print = false;
  let rest = v;
  for (let i = 0; i < prec; i++) {
    const digit = rest % 10n;
    print = print || digit !== 0n;
    if (print) digits = digit.toString() + digits;
    rest /= 10n;
  }
  return { text: print ? '.' + digits : '', rest };
}

/** Go `Duration.String()`: `72h3m0.5s`, `1.5ms`, `0s`. */
export function goDurationString(d: OttlDuration | bigint): string {
  const nanos = typeof d === 'bigint' ? d : d.nanos;
  const neg = nanos < 0n;
  let u = neg ? -nanos : nanos;
  let out: string;
  if (u < NANOS_PER_SECOND) {
    if (u === 0n) return '0s';
    if (u < 1000n) out = `${u}ns`;
    else if (u < 1_000_000n) {
      const f = fmtFrac(u, 3);
      out = `${f.rest}${f.text}µs`;
    } else {
      const f = fmtFrac(u, 6);
      out = `${f.rest}${f.text}ms`;
    }
  } else {
    const f = fmtFrac(u, 9);
    u = f.rest;
    out = `${u % 60n}${f.text}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m` + out;
      u /= 60n;
      if (u > 0n) out = `${u}h` + out;
    }
  }
  return neg ? '-' + out : out;
}
