import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { formatGo } from '../../../src/core/time/format.js';
import { clock, compileStrptimeFormat, StrptimeParser, strptimeToGo, validateStrptime } from '../../../src/core/time/strptime.js';
import { OttlTime } from '../../../src/core/values/types.js';

const NS = 1_000_000_000n;
const utc = (iso: string) => BigInt(Date.parse(iso)) * 1_000_000n;

describe('strptimeToGo (ctimefmt substitutions)', () => {
  const cases: [string, string][] = [
    ['%Y-%m-%d', '2006-01-02'],
    ['%H:%M:%S.%L', '15:04:05.999'],
    ['%H:%M:%S,%f', '15:04:05,999999'],
    ['%S.%s', '05.999999999'],
    ['%z %Z %i %j %k %w', 'Z0700 MST -07 -07:00 -07:00:00 -070000'],
    ['%D %x %F %T %X %r %R', '01/02/2006 01/02/2006 2006-01-02 15:04:05 15:04:05 03:04:05 pm 15:04'],
    ['%c', 'Mon Jan 02 15:04:05 2006'],
    ['%%%n%t', '%\n\t'],
    ['%o %q %e %g %l %P %p %y %b %h %B %a %A', '_1 1 _2 2 3 pm PM 06 Jan Jan January Mon Monday'],
    ['100%', '100%'],
  ];
  it.each(cases)('%j', (format, want) => {
    expect(strptimeToGo(format)).toBe(want);
  });
  it('rejects unknown directives', () => {
    expect(() => strptimeToGo('%Q')).toThrow('unsupported ctimefmt.toNative() directive: %Q');
  });
});

describe('validateStrptime', () => {
  const errors: [string, string][] = [
    ['%Y-%m-%d 2006', 'format string should not contain decimals'],
    ['%H:%M:%S:%L', "invalid fractional seconds directive: ':%L'. must be preceded with '.' or ','"],
    ['%S%f', "invalid fractional seconds directive: 'S%f'"],
    ['%Y %Q %E', 'unsupported ctimefmt.toNative() directive: %Q unsupported ctimefmt.toNative() directive: %E'],
  ];
  it.each(errors)('%j', (format, message) => {
    expect(() => validateStrptime(format)).toThrow(message);
  });
  it.each(['%Y-%m-%dT%H:%M:%S.%L%z', '%S,%f', '%S.%s', 'plain text'])('accepts %j', (format) => {
    expect(() => validateStrptime(format)).not.toThrow();
  });
});

describe('formatting (Go layouts)', () => {
  const t = new OttlTime(utc('2023-02-04T15:04:05.120Z') + 300n);
  const cases: [string, OttlTime, string][] = [
    ['%Y-%m-%d %H:%M:%S', t, '2023-02-04 15:04:05'],
    ['%A %h %e %Y', t, 'Saturday Feb  4 2023'],
    // Go has no "_1" element: %o formats as a literal "_" then the month.
    ['%a %b %g %q %o', t, 'Sat Feb 4 2 _2'],
    ['%I:%M %p / %l %P', t, '03:04 PM / 3 pm'],
    ['%S.%L', t, '05.12'],
    ['%S.%f', t, '05.12'],
    ['%S.%s', t, '05.1200003'],
    ['%S.%L', new OttlTime(utc('2023-02-04T15:04:05Z')), '05'],
    ['%z|%Z|%i|%j|%k|%w', t, 'Z|UTC|+00|+00:00|+00:00:00|+000000'],
    ['%z|%j|%Z', new OttlTime(utc('2023-02-04T15:04:05Z'), 'America/New_York'), '-0500|-05:00|EST'],
    ['%z|%j|%Z', new OttlTime(utc('2023-07-04T15:04:05Z'), 'America/New_York'), '-0400|-04:00|EDT'],
    ['%H:%M %Z', new OttlTime(utc('2023-07-04T15:04:05Z'), '+05:30'), '20:34 +0530'],
    ['%F %T', new OttlTime(utc('2024-02-29T23:59:59Z'), 'Asia/Tokyo'), '2024-03-01 08:59:59'],
    ['%D', t, '02/04/2023'],
    ['%c', t, 'Sat Feb 04 15:04:05 2023'],
    ['%r', t, '03:04:05 pm'],
    ['%y', new OttlTime(utc('1999-01-01T00:00:00Z')), '99'],
    ['%j (day of year?)', t, '+00:00 (day of year?)'],
    // Literal text that spells a Go layout element is formatted too, as in the reference.
    ['Jan %Y', t, 'Feb 2023'],
  ];
  it.each(cases)('%j', (format, time, want) => {
    expect(compileStrptimeFormat(format)(time)).toBe(want);
  });
  it('Go layout with year day and fixed fractions', () => {
    expect(formatGo('002 __2 .000 ,00', new OttlTime(utc('2023-12-31T00:00:00.5Z')))).toBe('365 365 .500 ,50');
  });
  it('year 1 (Go zero time) and negative years', () => {
    expect(formatGo('2006-01-02', new OttlTime(-62135596800n * NS))).toBe('0001-01-01');
  });
});

describe('StrptimeParser (flexible parsing)', () => {
  const at = (f: string, v: string, zone?: string) => new StrptimeParser(f).parse(v, zone).time;
  const cases: [string, string, string | undefined, bigint, string | undefined][] = [
    ['%Y-%m-%d', '2023-04-12', undefined, utc('2023-04-12T00:00:00Z'), undefined],
    ['%d/%m/%y', '11/11/11', undefined, utc('2011-11-11T00:00:00Z'), undefined],
    ['%m/%d/%Y', '02/04/2023', undefined, utc('2023-02-04T00:00:00Z'), undefined],
    ['%B %d, %Y', 'July 31, 1993', undefined, utc('1993-07-31T00:00:00Z'), undefined],
    ['%a, %b %d, %Y', 'Sat, May 20, 2023', undefined, utc('2023-05-20T00:00:00Z'), undefined],
    ['%b %d, %Y', 'Feb 15, 2023', undefined, utc('2023-02-15T00:00:00Z'), undefined],
    ['%Y-%m-%d %H:%M:%S', '2023-05-26 12:34:56', 'America/New_York', 1685118896n * NS, 'America/New_York'],
    ['%Y-%m-%d %H:%M:%S', '2023-05-26 12:34:56', 'Asia/Shanghai', 1685075696n * NS, 'Asia/Shanghai'],
    ['%Y-%m-%d %H:%M:%S %Z', '2023-05-26 12:34:56 HST', undefined, utc('2023-05-26T22:34:56Z'), 'HST'],
    ['%Y-%m-%dT%H:%M:%S %Z', '1986-10-01T00:17:33 MST', 'Asia/Shanghai', 528535053n * NS, 'MST'],
    ['%Y-%m-%dT%H:%M:%S%z %Z', '2012-11-01T22:08:41+0000 EST', undefined, utc('2012-11-01T22:08:41Z'), '+00:00'],
    // an abbreviation of the default location is resolved in it (CEST only exists as Europe/* summer time)
    ['%Y-%m-%d %H:%M %Z', '2023-07-01 12:00 CEST', 'Europe/Berlin', utc('2023-07-01T10:00:00Z'), 'Europe/Berlin'],
    ['%Y-%m-%d %H:%M %Z', '2023-01-01 12:00 EST', 'America/New_York', utc('2023-01-01T17:00:00Z'), 'America/New_York'],
    // unpadded numbers and leading spaces
    ['%Y-%m-%d %H:%M:%S', '2023-5-6 7:8:9', undefined, utc('2023-05-06T07:08:09Z'), undefined],
    ['%m/%d/%Y', ' 2/ 4/2023', undefined, utc('2023-02-04T00:00:00Z'), undefined],
    // %z forms
    ['%Y-%m-%dT%H:%M:%S%z', '2023-05-06T07:08:09Z', undefined, utc('2023-05-06T07:08:09Z'), undefined],
    ['%Y-%m-%dT%H:%M:%S%z', '2023-05-06T07:08:09+05:30', undefined, utc('2023-05-06T01:38:09Z'), '+05:30'],
    ['%Y-%m-%dT%H:%M:%S%z', '2023-05-06T07:08:09-0700', undefined, utc('2023-05-06T14:08:09Z'), '-07:00'],
    ['%Y-%m-%dT%H:%M:%S%z', '2023-05-06T07:08:09+02', undefined, utc('2023-05-06T05:08:09Z'), '+02:00'],
    // fractions: %L takes any number of digits; a fraction without a directive is read too
    ['%H:%M:%S.%L %Y-%m-%d', '01:02:03.123456 2023-01-01', undefined, utc('2023-01-01T01:02:03Z') + 123456000n, undefined],
    ['%Y-%m-%d %H:%M:%S', '2023-01-01 01:02:03.5', undefined, utc('2023-01-01T01:02:03.5Z'), undefined],
    ['%Y-%m-%d %H:%M:%S.%s', '2023-01-01 01:02:03.000000001', undefined, utc('2023-01-01T01:02:03Z') + 1n, undefined],
    // %D reads 4- and 2-digit years; %r is 12-hour time with am/pm
    ['%D', '1/2/2023', undefined, utc('2023-01-02T00:00:00Z'), undefined],
    ['%D', '01/02/23', undefined, utc('2023-01-02T00:00:00Z'), undefined],
    ['%F %r', '2023-01-02 12:00:01 am', undefined, utc('2023-01-02T00:00:01Z'), undefined],
    ['%F %I %p', '2023-01-02 12 PM', undefined, utc('2023-01-02T12:00:00Z'), undefined],
    // leap day, case-insensitive names
    ['%Y-%m-%d', '2024-02-29', undefined, utc('2024-02-29T00:00:00Z'), undefined],
    ['%d %B %Y', '01 JANUARY 2000', undefined, utc('2000-01-01T00:00:00Z'), undefined],
    // DST gap: 02:30 does not exist in New York on 2023-03-12; Go's time.Date lands on 01:30 EST
    ['%Y-%m-%d %H:%M', '2023-03-12 02:30', 'America/New_York', utc('2023-03-12T06:30:00Z'), 'America/New_York'],
    // DST overlap: 01:30 happens twice on 2023-11-05; Go picks the first (EDT)
    ['%Y-%m-%d %H:%M', '2023-11-05 01:30', 'America/New_York', utc('2023-11-05T05:30:00Z'), 'America/New_York'],
  ];
  it.each(cases)('%j %j in %s', (format, value, zone, want, wantZone) => {
    const t = at(format, value, zone);
    expect(t.unixNano).toBe(want);
    expect(t.zone).toBe(wantZone);
  });

  const errors: [string, string, string][] = [
    ['%Y/%m/%d', '11/11/11', 'parsing time "11/11/11" as "%Y/%m/%d": cannot parse "11/11/11" as "%Y"'],
    ['%Y-%m-%d', '2023-02-30', 'parsing time "2023-02-30": day out of range'],
    ['%Y-%m-%d', '2023-02-28 extra', 'parsing time "2023-02-28 extra": extra text: " extra"'],
    ['%Y-%m-%d', '2023-13-01', 'parsing time "2023-13-01": month out of range'],
    ['%H:%M', '25:00', 'parsing time "25:00": hour out of range'],
    ['%b %d %Y', 'Foo 01 2023', 'cannot parse "Foo 01 2023" as "%b"'],
    ['%Y-%m-%d %Z', '2023-01-01 PST', 'failed to load location PST: unknown time zone PST'],
  ];
  it.each(errors)('%j %j fails', (format, value, message) => {
    expect(() => at(format, value)).toThrow(message);
  });

  it('remembers the last successful layout', () => {
    const p = new StrptimeParser('%Y-%m-%d %H:%M:%S');
    expect(p.parse('2023-5-6 7:8:9', undefined).layout).toBe('2006-1-2 15:4:5');
    expect(p.parse('2023-5-6 7:8:10', undefined).time.unixNano).toBe(utc('2023-05-06T07:08:10Z'));
    expect(p.parse('2023-05-06 07:08:11', undefined).time.unixNano).toBe(utc('2023-05-06T07:08:11Z'));
  });

  it('round-trips formatted times', () => {
    const format = '%Y-%m-%dT%H:%M:%S.%s%j';
    const f = compileStrptimeFormat(format);
    const p = new StrptimeParser(format);
    const zones = [undefined, 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin', '+05:45'];
    fc.assert(
      fc.property(fc.bigInt({ min: -2_000_000_000n * NS, max: 7_000_000_000n * NS }), fc.constantFrom(...zones), (n, zone) => {
        const t = new OttlTime(n, zone);
        expect(p.parse(f(t), undefined).time.unixNano).toBe(n);
      }),
      { numRuns: 100 },
    );
  });
});

describe('missing date parts', () => {
  const saved = clock.now;
  afterEach(() => {
    clock.now = saved;
  });
  it('a time-only format uses today', () => {
    clock.now = () => utc('2024-06-15T10:00:00Z');
    expect(new StrptimeParser('%H:%M:%S').parse('01:02:03', undefined).time.unixNano).toBe(utc('2024-06-15T01:02:03Z'));
  });
  it('a format without a year uses this year, or last year when over a week ahead', () => {
    clock.now = () => utc('2024-01-02T10:00:00Z');
    expect(new StrptimeParser('%b %d %H:%M').parse('Jan 05 01:00', undefined).time.unixNano).toBe(utc('2024-01-05T01:00:00Z'));
    expect(new StrptimeParser('%b %d %H:%M').parse('Dec 30 01:00', undefined).time.unixNano).toBe(utc('2023-12-30T01:00:00Z'));
  });
});
