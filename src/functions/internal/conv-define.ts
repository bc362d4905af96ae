/**
 * Definers shared by the type, time and id converters: one-argument converters over a typed value
 * (time fields, duration units, type tests).
 */
import { OttlDuration, wrapInt64, type OttlTime, type Value } from '../../core/values/types.js';
import { type CivilFields, civilFields } from '../../core/time/civil.js';
import { defineFunction } from '../signature.js';

/** `Name(time)`: a calendar field of a time, in the time's own zone, as int64. */
export function defineTimeField(name: string, description: string, pick: (f: CivilFields) => number) {
  return defineFunction({
    name,
    kind: 'converter',
    description,
    params: [{ name: 'time', kind: 'time' }] as const,
    create: ({ time }) => (ctx) => BigInt(pick(civilFields(time(ctx)))),
  });
}

/**
 * `Name(time)`: an instant as a count of some unit since the Unix epoch (floor division, as Go).
 * Go computes `sec*unit + nsec/…` in int64 and wraps silently (`time.Time{}.UnixNano()` is
 * -6795364578871345152); the count is wrapped the same way, so no value outside int64 escapes.
 */
export function defineUnixCount(name: string, description: string, nanosPerUnit: bigint) {
  return defineFunction({
    name,
    kind: 'converter',
    description,
    params: [{ name: 'time', kind: 'time' }] as const,
    create: ({ time }) => (ctx) => wrapInt64(floorDiv(time(ctx).unixNano, nanosPerUnit)),
  });
}

/** Division rounding toward negative infinity (Go's seconds/nanoseconds split keeps nsec ≥ 0). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** `Name(duration)`: a duration converted to a unit. */
export function defineDurationUnit(name: string, description: string, convert: (nanos: bigint) => Value) {
  return defineFunction({
    name,
    kind: 'converter',
    description,
    params: [{ name: 'duration', kind: 'duration' }] as const,
    create: ({ duration }) => (ctx) => convert(duration(ctx).nanos),
  });
}

/**
 * Go's float conversion of a duration in a unit (`d.Hours()`…): whole units plus the remainder as a
 * fraction, which keeps precision where a single division would not.
 */
export function durationIn(nanos: bigint, unit: bigint): number {
  const whole = nanos / unit;
  const rem = nanos % unit;
  return Number(whole) + Number(rem) / Number(unit);
}

/**
 * `IsX(target)`: a type test. The reference declares a strict getter and answers false on its type
 * error; we take any value and test it, which gives the same answers (nil is never of the type).
 */
export function defineTypeTest(name: string, description: string, test: (v: Value) => boolean) {
  return defineFunction({
    name,
    kind: 'converter',
    description,
    params: [{ name: 'target', kind: 'any' }] as const,
    create: ({ target }) => (ctx) => test(target(ctx)),
  });
}

export type { OttlTime };
export { OttlDuration };
