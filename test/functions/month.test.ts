import { describe, expect, it } from 'vitest';

import { Month } from '../../src/functions/month.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('Month', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['May', t('2023-05-06T07:08:09Z'), 5n],
    ['January', t('2023-01-31T23:59:59Z'), 1n],
    ['December', t('2023-12-01T00:00:00Z'), 12n],
    ['zone crosses the month', t('2023-12-31T20:00:00Z', 'Asia/Tokyo'), 1n],
    ['int64 min', new OttlTime(-(1n << 63n)), 9n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(Month, [time])).toBe(want);
  });
  it.each([
    ['nil', null, 'expected time but got nil'],
    ['string', '2023-05-06', 'expected time but got string'],
    ['int', 1n, 'expected time but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Month, [v])).toThrow(message);
  });
});
