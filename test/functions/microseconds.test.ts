import { describe, expect, it } from 'vitest';

import { Microseconds } from '../../src/functions/microseconds.js';
import { OttlDuration } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const S = 1_000_000_000n;
const M = 60n * S;
const H = 60n * M;

describe('Microseconds', () => {
  const cases: [string, bigint, number | bigint][] = [
    ['1 hour', H, 3600000000n],
    ['100 µs', 100_000n, 100n],
    ['1h40m3s30ms100us1ns', 6003030100001n, 6003030100n],
    ['truncates toward zero', -1_999n, -1n],
  ];
  it.each(cases)('%s', (_name, nanos, want) => {
    expect(run(Microseconds, [new OttlDuration(nanos)])).toBe(want);
  });
  it.each([
    ['string', '1h', 'expected duration but got string'],
    ['nil', null, 'expected duration but got nil'],
    ['int', 1n, 'expected duration but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Microseconds, [v])).toThrow(message);
  });
});
