import { describe, expect, it } from 'vitest';

import { Day } from '../../src/functions/day.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('Day', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['UTC', t('2023-05-06T07:08:09.010Z'), 6n],
    ['leap day', t('2024-02-29T12:00:00Z'), 29n],
    ['zone moves the date forward', t('2023-05-06T23:30:00Z', 'Asia/Tokyo'), 7n],
    ['zone moves the date back', t('2023-05-06T01:00:00Z', 'America/Los_Angeles'), 5n],
    ['int64 max', new OttlTime((1n << 63n) - 1n), 11n],
    ['Go zero time', new OttlTime(-62135596800n * 1_000_000_000n), 1n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(Day, [time])).toBe(want);
  });
  it.each([
    ['nil', null, 'expected time but got nil'],
    ['string', '2023-05-06', 'expected time but got string'],
    ['int', 1n, 'expected time but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Day, [v])).toThrow(message);
  });
});
