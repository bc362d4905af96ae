import { describe, expect, it } from 'vitest';

import { Seconds } from '../../src/functions/seconds.js';
import { OttlDuration } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const S = 1_000_000_000n;
const M = 60n * S;
const H = 60n * M;

describe('Seconds', () => {
  const cases: [string, bigint, number | bigint][] = [
    ['1 hour', H, 3600],
    ['1h40m3s30ms100us1ns', 6003030100001n, 6003.030100001],
    ['1.5 s', 1500n * 1_000_000n, 1.5],
    ['zero', 0n, 0],
    ['negative', -S / 2n, -0.5],
    ['int64 min', -(1n << 63n), -9223372036.854776],
  ];
  it.each(cases)('%s', (_name, nanos, want) => {
    expect(run(Seconds, [new OttlDuration(nanos)])).toBe(want);
  });
  it.each([
    ['string', '1h', 'expected duration but got string'],
    ['nil', null, 'expected duration but got nil'],
    ['int', 1n, 'expected duration but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Seconds, [v])).toThrow(message);
  });
});
