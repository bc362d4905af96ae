import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatDuration, parseDuration, truncateTime } from '../../../src/core/time/duration.js';
import { INT64_MAX, INT64_MIN, OttlTime } from '../../../src/core/values/types.js';

const H = 3_600_000_000_000n;
const M = 60_000_000_000n;
const S = 1_000_000_000n;

describe('parseDuration (Go time.ParseDuration)', () => {
  const cases: [string, bigint][] = [
    ['0', 0n],
    ['5s', 5n * S],
    ['30s', 30n * S],
    ['1478s', 1478n * S],
    ['-5s', -5n * S],
    ['+5s', 5n * S],
    ['-0', 0n],
    ['+0', 0n],
    ['5.0s', 5n * S],
    ['5.6s', 5n * S + 600_000_000n],
    ['5.s', 5n * S],
    ['.5s', 500_000_000n],
    ['1.0s', S],
    ['1.00s', S],
    ['1.004s', S + 4_000_000n],
    ['100.00100s', 100n * S + 1_000_000n],
    ['10ns', 10n],
    ['11us', 11_000n],
    ['12µs', 12_000n],
    ['12μs', 12_000n],
    ['13ms', 13_000_000n],
    ['14s', 14n * S],
    ['15m', 15n * M],
    ['16h', 16n * H],
    ['3h30m', 3n * H + 30n * M],
    ['10.5s4m', 4n * M + 10n * S + 500_000_000n],
    ['-2m3.4s', -(2n * M + 3n * S + 400_000_000n)],
    ['1h2m3s4ms5us6ns', H + 2n * M + 3n * S + 4_000_000n + 5_000n + 6n],
    ['39h9m14.425s', 39n * H + 9n * M + 14n * S + 425_000_000n],
    ['52763797000ns', 52763797000n],
    ['0.3333333333333333333h', 20n * M],
    ['9007199254740993ns', 9007199254740993n],
    ['9223372036854775807ns', INT64_MAX],
    ['9223372036854775.807us', INT64_MAX],
    ['-9223372036854775808ns', INT64_MIN],
    ['0.100000000000000000000h', 6n * M],
    ['0.830103483285477580700h', 49n * M + 48n * S + 372_539_827n],
    ['1h40m3s30ms100us1ns', 6003030100001n],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(parseDuration(text)).toBe(want);
  });

  const errors: [string, string][] = [
    ['', 'time: invalid duration ""'],
    ['3', 'time: missing unit in duration "3"'],
    ['-', 'time: invalid duration "-"'],
    ['s', 'time: invalid duration "s"'],
    ['.', 'time: invalid duration "."'],
    ['-.', 'time: invalid duration "-."'],
    ['.s', 'time: invalid duration ".s"'],
    ['+.s', 'time: invalid duration "+.s"'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['1.1.1s', 'time: missing unit in duration "1.1.1s"'],
    ['9223372036854775808ns', 'time: invalid duration "9223372036854775808ns"'],
    ['9223372036854775.808us', 'time: invalid duration "9223372036854775.808us"'],
    ['-9223372036854775809ns', 'time: invalid duration "-9223372036854775809ns"'],
    ['3000000h', 'time: invalid duration "3000000h"'],
    ['1µ', 'time: unknown unit "\\xc2\\xb5" in duration "1\\xc2\\xb5"'],
  ];
  it.each(errors)('error %j', (text, message) => {
    expect(() => parseDuration(text)).toThrow(message);
  });
});

describe('formatDuration (Go Duration.String)', () => {
  const cases: [bigint, string][] = [
    [0n, '0s'],
    [1n, '1ns'],
    [1100n, '1.1µs'],
    [2_200_000n, '2.2ms'],
    [3_300_000_000n, '3.3s'],
    [4n * M + 5n * S, '4m5s'],
    [4n * M + 5_001_000_000n, '4m5.001s'],
    [5n * H + 6n * M + 7_001_000_000n, '5h6m7.001s'],
    [8n * M + 1n, '8m0.000000001s'],
    [INT64_MAX, '2562047h47m16.854775807s'],
    [INT64_MIN, '-2562047h47m16.854775808s'],
    [-S, '-1s'],
    [100n * M, '1h40m0s'],
  ];
  it.each(cases)('%s', (nanos, want) => {
    expect(formatDuration(nanos)).toBe(want);
  });

  it('parses back what it prints, for every int64', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: INT64_MIN, max: INT64_MAX }), (n) => {
        expect(parseDuration(formatDuration(n))).toBe(n);
      }),
    );
  });
});

describe('truncateTime (Go Time.Truncate, counted from the zero time)', () => {
  const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);
  const cases: [string, OttlTime, bigint, OttlTime][] = [
    ['to the hour', t('2022-01-01T01:01:01.123Z'), H, t('2022-01-01T01:00:00Z')],
    ['to the day (UTC midnight)', t('2022-01-01T13:01:01Z'), 24n * H, t('2022-01-01T00:00:00Z')],
    ['to the second', t('2022-01-01T01:01:01.999Z'), S, t('2022-01-01T01:01:01Z')],
    ['zero duration unchanged', t('2022-01-01T01:01:01.5Z'), 0n, t('2022-01-01T01:01:01.5Z')],
    ['negative duration unchanged', t('2022-01-01T01:01:01.5Z'), -S, t('2022-01-01T01:01:01.5Z')],
    ['before 1970', t('1969-12-31T23:59:59.5Z'), S, t('1969-12-31T23:59:59Z')],
    ['7 days counts from 0001-01-01 (a Monday)', t('2023-05-10T12:00:00Z'), 7n * 24n * H, t('2023-05-08T00:00:00Z')],
    ['zone kept, day still UTC', t('2023-05-10T02:00:00Z', 'Asia/Tokyo'), 24n * H, t('2023-05-10T00:00:00Z', 'Asia/Tokyo')],
  ];
  it.each(cases)('%s', (_name, input, d, want) => {
    expect(truncateTime(input, d)).toEqual(want);
  });
});
