import { describe, expect, it } from 'vitest';

import { Time } from '../../src/functions/time.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const utc = (iso: string) => BigInt(Date.parse(iso)) * 1_000_000n;

// The suite runs with the local zone UTC (TZ unset), so the reference's time.Local rows are UTC.
describe('Time', () => {
  const cases: [string, unknown[], bigint][] = [
    ['simple short form', ['2023-04-12', '%Y-%m-%d'], utc('2023-04-12T00:00:00Z')],
    ['short year and slashes', ['11/11/11', '%d/%m/%y'], utc('2011-11-11T00:00:00Z')],
    ['month day year', ['02/04/2023', '%m/%d/%Y'], utc('2023-02-04T00:00:00Z')],
    ['simple long form', ['July 31, 1993', '%B %d, %Y', 'UTC'], 744076800000000000n],
    ['date with timestamp', ['Mar 14 2023 17:02:59', '%b %d %Y %H:%M:%S', 'UTC'], 1678813379000000000n],
    ['day of the week long form', ['Monday, May 01, 2023', '%A, %B %d, %Y', 'UTC'], 1682899200000000000n],
    ['short weekday, short month', ['Sat, May 20, 2023', '%a, %b %d, %Y'], utc('2023-05-20T00:00:00Z')],
    ['short months', ['Feb 15, 2023', '%b %d, %Y'], utc('2023-02-15T00:00:00Z')],
    ['zone abbreviation HST', ['2023-05-26 12:34:56 HST', '%Y-%m-%d %H:%M:%S %Z'], utc('2023-05-26T22:34:56Z')],
    ['zone abbreviation GMT', ['2023-05-26T12:34:56 GMT', '%Y-%m-%dT%H:%M:%S %Z'], 1685104496000000000n],
    ['offset wins over abbreviation', ['2012-11-01T22:08:41+0000 EST', '%Y-%m-%dT%H:%M:%S%z %Z'], utc('2012-11-01T22:08:41Z')],
    ['MST before 2000', ['1986-10-01T00:17:33 MST', '%Y-%m-%dT%H:%M:%S %Z'], 528535053000000000n],
    ['no location', ['2022/01/01', '%Y/%m/%d'], utc('2022-01-01T00:00:00Z')],
    ['location America/New_York', ['2023-05-26 12:34:56', '%Y-%m-%d %H:%M:%S', 'America/New_York'], 1685118896000000000n],
    ['location Asia/Shanghai', ['2023-05-26 12:34:56', '%Y-%m-%d %H:%M:%S', 'Asia/Shanghai'], utc('2023-05-26T04:34:56Z')],
    ['abbreviation ignores location', ['1986-10-01T00:17:33 MST', '%Y-%m-%dT%H:%M:%S %Z', 'Asia/Shanghai'], 528535053000000000n],
    ['locale es-ES', ['Febrero 25 lunes, 2002, 02:03:04 p.m.', '%B %d %A, %Y, %r', 'UTC', 'es-ES'], 1014645784000000000n],
    ['locale it, date only', ['mercoledì set 4 2024', '%A %h %e %Y', undefined, 'it'], utc('2024-09-04T00:00:00Z')],
    ['locale and location', ['Febrero 25 lunes, 2002, 02:03:04 p.m.', '%B %d %A, %Y, %r', 'America/New_York', 'es-ES'], utc('2002-02-25T19:03:04Z')],
    ['locale en, 12-hour clock', ['March 12 Friday, 2004, 02:03:04 AM', '%B %d %A, %Y, %I:%M:%S %p', 'UTC', 'en'], utc('2004-03-12T02:03:04Z')],
    ['trailing Z means UTC', ['2023-05-06T07:08:09Z', '%Y-%m-%dT%H:%M:%SZ'], utc('2023-05-06T07:08:09Z')],
    ['milliseconds', ['2023-05-06 07:08:09.123', '%Y-%m-%d %H:%M:%S.%L', 'UTC'], utc('2023-05-06T07:08:09.123Z')],
    ['%s is nanoseconds', ['07:08:09.000000005 2023-05-06', '%H:%M:%S.%s %Y-%m-%d'], utc('2023-05-06T07:08:09Z') + 5n],
    ['leap day', ['29/02/2024', '%d/%m/%Y', 'Europe/Paris'], utc('2024-02-28T23:00:00Z')],
    ['before 1970', ['1900-01-01', '%Y-%m-%d'], utc('1900-01-01T00:00:00Z')],
    ['RFC 3339 with literal Z', ['2023-05-26T12:34:56.789Z', '%Y-%m-%dT%H:%M:%S.%LZ'], utc('2023-05-26T12:34:56.789Z')],
    ['RFC 3339 with %z reading Z', ['2023-05-26T12:34:56.789Z', '%Y-%m-%dT%H:%M:%S.%L%z'], utc('2023-05-26T12:34:56.789Z')],
    ['RFC 3339 with %z reading +02:00', ['2023-05-26T12:34:56.789+02:00', '%Y-%m-%dT%H:%M:%S.%L%z'], utc('2023-05-26T10:34:56.789Z')],
    ['%j offset', ['2023-05-26 12:34:56 -03:30', '%Y-%m-%d %H:%M:%S %j'], utc('2023-05-26T16:04:56Z')],
    ['syslog without a year', ['Jan  5 01:02:03', '%b %e %H:%M:%S', 'UTC'], 0n],
  ];
  it.each(cases.filter((c) => c[2] !== 0n))('%s', (_name, args, want) => {
    expect((run(Time, args) as OttlTime).unixNano).toBe(want);
  });

  it('fills a missing year with the current (or last) year', () => {
    const t = run(Time, ['Jan  5 01:02:03', '%b %e %H:%M:%S', 'UTC']) as OttlTime;
    const year = new Date(Number(t.unixNano / 1_000_000n)).getUTCFullYear();
    const now = new Date().getUTCFullYear();
    expect([now, now - 1]).toContain(year);
    expect(new Date(Number(t.unixNano / 1_000_000n)).toISOString().slice(4)).toBe('-01-05T01:02:03.000Z');
  });

  it('keeps the location as the zone', () => {
    expect((run(Time, ['2023-05-26 12:34:56', '%Y-%m-%d %H:%M:%S', 'Asia/Kolkata']) as OttlTime).zone).toBe('Asia/Kolkata');
  });

  const runtimeErrors: [string, unknown[], string][] = [
    ['wrong shape', ['11/11/11', '%Y/%m/%d'], 'parsing time "11/11/11" as "%Y/%m/%d": cannot parse "11/11/11" as "%Y"'],
    ['empty time', ['', '%Y-%m-%dT%H:%M:%S'], 'time cannot be nil'],
    ['nil time', [null, '%Y'], 'expected string but got nil'],
    ['unknown zone abbreviation', ['2023-01-01 PST', '%Y-%m-%d %Z'], 'failed to load location PST'],
    ['day out of range', ['2023-02-29', '%Y-%m-%d'], 'day out of range'],
  ];
  it.each(runtimeErrors)('%s fails', (_name, args, message) => {
    expect(() => run(Time, args)).toThrow(message);
  });

  const compileErrors: [string, unknown[], string][] = [
    ['empty format', ['11/11/11', ''], 'format cannot be nil'],
    ['unknown location', ['2023-05-26 12:34:56', '%Y-%m-%d %H:%M:%S', 'Jupiter/Ganymede'], 'unknown time zone Jupiter/Ganymede'],
    ['unsupported locale', ['2023-05-26 12:34:56', '%Y-%m-%d %H:%M:%S', undefined, 'foo-bar'], "unsupported locale 'foo-bar'"],
    ['malformed locale', ['x', '%Y', undefined, 'not a locale!'], "invalid locale 'not a locale!'"],
    ['digits in format', ['x', '%Y 2006'], 'format string should not contain decimals'],
    ['unknown directive', ['x', '%Q'], 'unsupported ctimefmt.toNative() directive: %Q'],
  ];
  it.each(compileErrors)('%s is a compile-time error', (_name, args, message) => {
    const [time, ...rest] = args;
    expect(() => Time.create({ time: () => time, format: rest[0], location: rest[1], locale: rest[2] } as never, { context: 'log' })).toThrow(message);
  });
});
