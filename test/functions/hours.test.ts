import { describe, expect, it } from 'vitest';

import { Hours } from '../../src/functions/hours.js';
import { OttlDuration } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const S = 1_000_000_000n;
const M = 60n * S;
const H = 60n * M;

describe('Hours', () => {
  const cases: [string, bigint, number | bigint][] = [
    ['100 hours', 100n * H, 100],
    ['1 hour 30 min', H + 30n * M, 1.5],
    ['negative', -2n * H, -2],
    ['1 nanosecond', 1n, 1 / 3.6e12],
    ['int64 max', (1n << 63n) - 1n, 2562047.7880152157],
  ];
  it.each(cases)('%s', (_name, nanos, want) => {
    expect(run(Hours, [new OttlDuration(nanos)])).toBe(want);
  });
  it.each([
    ['string', '1h', 'expected duration but got string'],
    ['nil', null, 'expected duration but got nil'],
    ['int', 1n, 'expected duration but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Hours, [v])).toThrow(message);
  });
});
