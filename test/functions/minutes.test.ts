import { describe, expect, it } from 'vitest';

import { Minutes } from '../../src/functions/minutes.js';
import { OttlDuration } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const S = 1_000_000_000n;
const M = 60n * S;
const H = 60n * M;

describe('Minutes', () => {
  const cases: [string, bigint, number | bigint][] = [
    ['100 minutes', 100n * M, 100],
    ['1 hour 40 min', H + 40n * M, 100],
    ['90 seconds', 90n * S, 1.5],
    ['negative', -30n * S, -0.5],
  ];
  it.each(cases)('%s', (_name, nanos, want) => {
    expect(run(Minutes, [new OttlDuration(nanos)])).toBe(want);
  });
  it.each([
    ['string', '1h', 'expected duration but got string'],
    ['nil', null, 'expected duration but got nil'],
    ['int', 1n, 'expected duration but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Minutes, [v])).toThrow(message);
  });
});
