import { describe, expect, it } from 'vitest';

import { Nanosecond } from '../../src/functions/nanosecond.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('Nanosecond', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['nanoseconds', new OttlTime(1683356889_000_000_123n), 123n],
    ['zero', t('2023-05-06T07:08:09Z'), 0n],
    ['before 1970 is positive', new OttlTime(-1n), 999999999n],
    ['int64 max', new OttlTime((1n << 63n) - 1n), 854775807n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(Nanosecond, [time])).toBe(want);
  });
  it.each([
    ['nil', null, 'expected time but got nil'],
    ['string', '2023-05-06', 'expected time but got string'],
    ['int', 1n, 'expected time but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Nanosecond, [v])).toThrow(message);
  });
});
