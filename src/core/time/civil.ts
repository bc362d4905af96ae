/**
 * Calendar arithmetic (proleptic Gregorian, as Go's `time` package): instants <-> civil fields in a
 * zone. Seconds are JavaScript numbers (exact up to 2^53 s, far beyond any int64 nanosecond time);
 * nanoseconds stay bigint at the edges.
 */
import { OttlTime } from '../values/types.js';
import { offsetForWallClock, zoneOffsetAt } from './zone.js';

const NS_PER_S = 1_000_000_000n;

/** Seconds from 1970-01-01 back to Go's zero time, 0001-01-01 00:00:00 UTC. */
export const ZERO_TIME_UNIX = -62135596800;

/** Days since 1970-01-01 of a civil date (month may be 1..12; day may overflow, it is added). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day count since 1970-01-01. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (February follows the leap-year rule). */
export function daysIn(month: number, year: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Whole seconds (floor) and the nanosecond remainder (0..999,999,999) of a unix-nano instant. */
export function splitUnixNano(unixNano: bigint): { sec: number; nsec: number } {
  let sec = unixNano / NS_PER_S;
  let nsec = unixNano % NS_PER_S;
  if (nsec < 0n) {
    nsec += NS_PER_S;
    sec -= 1n;
  }
  return { sec: Number(sec), nsec: Number(nsec) };
}

/** The calendar fields of a time in its own zone. */
export interface CivilFields {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nanosecond: number;
  /** 0 = Sunday .. 6 = Saturday */
  readonly weekday: number;
  /** 1..366 */
  readonly yearDay: number;
  /** Seconds east of UTC in effect at this instant. */
  readonly offset: number;
}

/** Breaks an instant down into calendar fields in `zone` (Go's `t.Date()`, `t.Clock()`…). */
export function civilFields(t: OttlTime): CivilFields {
  const { sec, nsec } = splitUnixNano(t.unixNano);
  const offset = zoneOffsetAt(t.zone, sec);
  const local = sec + offset;
  const days = Math.floor(local / 86400);
  const secOfDay = local - days * 86400;
  const { year, month, day } = civilFromDays(days);
  const weekday = (((days + 4) % 7) + 7) % 7;
  const yearDay = days - daysFromCivil(year, 1, 1) + 1;
  return {
    year,
    month,
    day,
    hour: Math.floor(secOfDay / 3600),
    minute: Math.floor((secOfDay % 3600) / 60),
    second: secOfDay % 60,
    nanosecond: nsec,
    weekday,
    yearDay,
    offset,
  };
}

/**
 * Builds a time from calendar fields in `zone`, normalising out-of-range values as Go's
 * `time.Date` does (month 13 is January of the next year, day 0 the last day of the previous month…).
 */
export function fromCivil(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  nanosecond: number,
  zone: string | undefined,
): OttlTime {
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = ((m0 % 12) + 12) % 12 + 1;
  const extraSec = Math.floor(nanosecond / 1e9);
  const ns = nanosecond - extraSec * 1e9;
  const wall = daysFromCivil(y, m, 1) * 86400 + (day - 1) * 86400 + hour * 3600 + minute * 60 + second + extraSec;
  const offset = offsetForWallClock(zone, wall);
  return new OttlTime(BigInt(wall - offset) * NS_PER_S + BigInt(ns), zone);
}

/** Go's zero time (`time.Time{}`), 0001-01-01 00:00:00 UTC. */
export const ZERO_TIME = new OttlTime(BigInt(ZERO_TIME_UNIX) * NS_PER_S);
