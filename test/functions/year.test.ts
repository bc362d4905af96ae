import { describe, expect, it } from 'vitest';

import { Year } from '../../src/functions/year.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('Year', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['2023', t('2023-05-06T07:08:09Z'), 2023n],
    ['new year in Tokyo', t('2023-12-31T15:00:00Z', 'Asia/Tokyo'), 2024n],
    ['1969', new OttlTime(-1n), 1969n],
    ['int64 max', new OttlTime((1n << 63n) - 1n), 2262n],
    ['int64 min', new OttlTime(-(1n << 63n)), 1677n],
    ['Go zero time', new OttlTime(-62135596800n * 1_000_000_000n), 1n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(Year, [time])).toBe(want);
  });
  it.each([
    ['nil', null, 'expected time but got nil'],
    ['string', '2023-05-06', 'expected time but got string'],
    ['int', 1n, 'expected time but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Year, [v])).toThrow(message);
  });
});
