import { describe, expect, it } from 'vitest';

import { FormatTime } from '../../src/functions/format_time.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string, extraNanos = 0n) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n + extraNanos, zone);

describe('FormatTime', () => {
  const cases: [string, OttlTime, string, string][] = [
    ['README example, space-padded day', t('2023-02-04T00:00:00Z'), '%A %h %e %Y', 'Saturday Feb  4 2023'],
    ['date', t('2023-05-06T07:08:09Z'), '%Y-%m-%d', '2023-05-06'],
    ['date and time with zone', t('2023-05-06T07:08:09Z', 'America/New_York'), '%Y-%m-%dT%H:%M:%S%z', '2023-05-06T03:08:09-0400'],
    ['UTC %z is Z', t('2023-05-06T07:08:09Z'), '%H:%M:%S%z', '07:08:09Z'],
    ['12-hour clock', t('2023-05-06T19:08:09Z'), '%I:%M:%S %p', '07:08:09 PM'],
    ['%r', t('2023-05-06T00:08:09Z'), '%r', '12:08:09 am'],
    ['milliseconds', t('2023-05-06T07:08:09.123Z'), '%H:%M:%S.%L', '07:08:09.123'],
    ['microseconds trailing zeros dropped', t('2023-05-06T07:08:09.120Z'), '%H:%M:%S,%f', '07:08:09,12'],
    ['%s nanoseconds', t('2023-05-06T07:08:09Z', undefined, 5n), '%S.%s', '09.000000005'],
    ['no fraction when zero', t('2023-05-06T07:08:09Z'), '%S.%L', '09'],
    ['%c', t('2023-05-06T07:08:09Z'), '%c', 'Sat May 06 07:08:09 2023'],
    ['%D / %F / %T', t('2023-05-06T07:08:09Z'), '%D %F %T', '05/06/2023 2023-05-06 07:08:09'],
    ['zone name', t('2023-01-06T07:08:09Z', 'America/Chicago'), '%Z', 'CST'],
    ['fixed offset zone', t('2023-01-06T07:08:09Z', '+05:30'), '%H:%M %j', '12:38 +05:30'],
    ['leap day in Tokyo', t('2024-02-29T15:30:00Z', 'Asia/Tokyo'), '%Y-%m-%d %H:%M', '2024-03-01 00:30'],
    ['%% and escapes', t('2023-05-06T07:08:09Z'), '%%Y%t%n', '%Y\t\n'],
    ['unicode literal text', t('2023-05-06T07:08:09Z'), 'año %Y ✓', 'año 2023 ✓'],
    ['year 1', new OttlTime(-62135596800n * 1_000_000_000n), '%Y-%m-%d', '0001-01-01'],
    ['int64 max', new OttlTime((1n << 63n) - 1n), '%Y-%m-%dT%H:%M:%S.%s', '2262-04-11T23:47:16.854775807'],
  ];
  it.each(cases)('%s', (_name, time, format, want) => {
    expect(run(FormatTime, [time, format])).toBe(want);
  });

  it.each([
    ['nil', null, 'expected time but got nil'],
    ['string', '2023-05-06', 'expected time but got string'],
  ])('%s time fails', (_name, v, message) => {
    expect(() => run(FormatTime, [v, '%Y'])).toThrow(message);
  });

  it.each([
    ['empty format', '', 'format cannot be nil'],
    ['digits', '%Y-01', 'format string should not contain decimals'],
    ['unknown directive', '%Q', 'unsupported ctimefmt.toNative() directive: %Q'],
    ['fraction without a dot', '%S%L', 'invalid fractional seconds directive'],
  ])('%s is a compile-time error', (_name, format, message) => {
    expect(() => FormatTime.create({ time: () => null, format } as never, { context: 'log' })).toThrow(message);
  });
});
