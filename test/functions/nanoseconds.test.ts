import { describe, expect, it } from 'vitest';

import { Nanoseconds } from '../../src/functions/nanoseconds.js';
import { OttlDuration } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const S = 1_000_000_000n;
const M = 60n * S;
const H = 60n * M;

describe('Nanoseconds', () => {
  const cases: [string, bigint, number | bigint][] = [
    ['1 hour', H, 3600000000000n],
    ['100 ms', 100_000_000n, 100000000n],
    ['1 ns', 1n, 1n],
    ['int64 max', (1n << 63n) - 1n, (1n << 63n) - 1n],
    ['negative', -5n, -5n],
  ];
  it.each(cases)('%s', (_name, nanos, want) => {
    expect(run(Nanoseconds, [new OttlDuration(nanos)])).toBe(want);
  });
  it.each([
    ['string', '1h', 'expected duration but got string'],
    ['nil', null, 'expected duration but got nil'],
    ['int', 1n, 'expected duration but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Nanoseconds, [v])).toThrow(message);
  });
});
