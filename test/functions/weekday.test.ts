import { describe, expect, it } from 'vitest';

import { Weekday } from '../../src/functions/weekday.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('Weekday', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['Monday', t('2025-02-24T15:04:05Z'), 1n],
    ['Sunday', t('2023-05-07T00:00:00Z'), 0n],
    ['Saturday', t('2023-05-06T07:08:09Z'), 6n],
    ['epoch was a Thursday', new OttlTime(0n), 4n],
    ['zone changes the day', t('2023-05-06T23:00:00Z', 'Asia/Tokyo'), 0n],
    ['Go zero time was a Monday', new OttlTime(-62135596800n * 1_000_000_000n), 1n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(Weekday, [time])).toBe(want);
  });
  it.each([
    ['nil', null, 'expected time but got nil'],
    ['string', '2023-05-06', 'expected time but got string'],
    ['int', 1n, 'expected time but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Weekday, [v])).toThrow(message);
  });
});
