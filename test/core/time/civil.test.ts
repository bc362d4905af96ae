import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { civilFields, daysFromCivil, civilFromDays, fromCivil, isLeapYear } from '../../../src/core/time/civil.js';
import { fixedOffsetSeconds, isKnownZone, loadLocation, zoneAbbreviation, zoneOffsetAt } from '../../../src/core/time/zone.js';
import { OttlTime } from '../../../src/core/values/types.js';

const NS = 1_000_000_000n;

describe('civil calendar', () => {
  const cases: [string, OttlTime, Partial<ReturnType<typeof civilFields>>][] = [
    ['epoch', new OttlTime(0n), { year: 1970, month: 1, day: 1, hour: 0, weekday: 4, yearDay: 1 }],
    ['leap day', new OttlTime(1709164800n * NS), { year: 2024, month: 2, day: 29, weekday: 4, yearDay: 60 }],
    ['before epoch', new OttlTime(-1n), { year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59, nanosecond: 999999999 }],
    ['Go zero time', new OttlTime(-62135596800n * NS), { year: 1, month: 1, day: 1, weekday: 1 }],
    ['int64 max', new OttlTime((1n << 63n) - 1n), { year: 2262, month: 4, day: 11, hour: 23, minute: 47, second: 16, nanosecond: 854775807 }],
    ['int64 min', new OttlTime(-(1n << 63n)), { year: 1677, month: 9, day: 21, hour: 0, minute: 12, second: 43, nanosecond: 145224192 }],
    ['in Kolkata', new OttlTime(1683337089n * NS, 'Asia/Kolkata'), { hour: 7, minute: 8, second: 9, offset: 19800 }],
    ['fixed offset', new OttlTime(0n, '-03:30'), { year: 1969, day: 31, hour: 20, minute: 30, offset: -12600 }],
  ];
  it.each(cases)('%s', (_n, t, want) => {
    expect(civilFields(t)).toMatchObject(want);
  });

  it('days round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (d) => {
        const c = civilFromDays(d);
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(d);
      }),
    );
  });

  it('fields round-trip through fromCivil in any zone', () => {
    const zones = [undefined, 'Europe/Paris', 'Australia/Lord_Howe', '+09:00'];
    fc.assert(
      fc.property(fc.bigInt({ min: -3_000_000_000n * NS, max: 5_000_000_000n * NS }), fc.constantFrom(...zones), (n, zone) => {
        const f = civilFields(new OttlTime(n, zone));
        const back = fromCivil(f.year, f.month, f.day, f.hour, f.minute, f.second, f.nanosecond, zone);
        // Wall clocks repeat in a DST overlap; the fields must at least agree.
        expect(civilFields(back)).toMatchObject({ year: f.year, month: f.month, day: f.day, hour: f.hour, minute: f.minute });
      }),
      { numRuns: 100 },
    );
  });

  it('normalises out-of-range fields like time.Date', () => {
    expect(fromCivil(2023, 13, 1, 0, 0, 0, 0, undefined)).toEqual(fromCivil(2024, 1, 1, 0, 0, 0, 0, undefined));
    expect(fromCivil(2023, 3, 0, 0, 0, 0, 0, undefined)).toEqual(fromCivil(2023, 2, 28, 0, 0, 0, 0, undefined));
    expect(fromCivil(2024, 3, 0, 0, 0, 0, 0, undefined)).toEqual(fromCivil(2024, 2, 29, 0, 0, 0, 0, undefined));
  });

  it.each([
    [2000, true],
    [1900, false],
    [2024, true],
    [2023, false],
  ])('leap year %i: %s', (y, want) => {
    expect(isLeapYear(y)).toBe(want);
  });
});

describe('zones', () => {
  it.each([
    ['America/New_York', 1688428800, -14400],
    ['America/New_York', 1672531200, -18000],
    ['Asia/Kolkata', 0, 19800],
    ['UTC', 0, 0],
    ['Australia/Lord_Howe', 1672531200, 39600],
  ])('%s at %i', (zone, sec, off) => {
    expect(zoneOffsetAt(zone, sec)).toBe(off);
  });
  it.each([
    ['+05:30', 19800],
    ['-00:30', -1800],
    ['+01:02:03', 3723],
    ['Europe/Paris', undefined],
  ])('fixed offset %s', (z, want) => {
    expect(fixedOffsetSeconds(z)).toBe(want);
  });
  it.each([
    ['America/New_York', true],
    ['MST', true],
    ['EST5EDT', true],
    ['UTC', true],
    ['Local', true],
    ['PST', false],
    ['Jupiter/Ganymede', false],
    ['america/new_york', false],
    ['', true],
  ])('known zone %j: %s', (z, want) => {
    expect(isKnownZone(z)).toBe(want);
  });
  it('loadLocation', () => {
    expect(loadLocation('UTC')).toBeUndefined();
    expect(loadLocation('')).toBeUndefined();
    expect(loadLocation('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(() => loadLocation('Jupiter/Ganymede')).toThrow('unknown time zone Jupiter/Ganymede');
  });
});

describe('zone abbreviations (for %Z)', () => {
  it.each([
    ['America/New_York', 1672531200, 'EST'],
    ['America/New_York', 1688169600, 'EDT'],
    ['Europe/Paris', 1672531200, 'CET'],
    ['Europe/Paris', 1688169600, 'CEST'],
    ['Europe/London', 1688169600, 'BST'],
    ['Europe/London', 1672531200, 'GMT'],
    ['Asia/Kolkata', 1672531200, 'IST'],
    ['Asia/Shanghai', 1672531200, 'CST'],
    ['Asia/Tokyo', 1672531200, 'JST'],
    ['Australia/Sydney', 1672531200, 'AEDT'],
    ['Asia/Dubai', 1672531200, '+04'],
    ['Asia/Kathmandu', 1672531200, '+0545'],
    [undefined, 0, 'UTC'],
    ['UTC', 0, 'UTC'],
    ['+05:30', 0, ''],
  ])('%s at %i is %s', (zone, sec, want) => {
    expect(zoneAbbreviation(zone, sec)).toBe(want);
  });
});
