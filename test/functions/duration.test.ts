import { describe, expect, it } from 'vitest';

import { Duration } from '../../src/functions/duration.js';
import { OttlDuration } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const S = 1_000_000_000n;

describe('Duration', () => {
  const cases: [string, string, bigint][] = [
    ['100 milliseconds', '100ms', 100_000_000n],
    ['234 microseconds', '234us', 234_000n],
    ['micro sign', '234µs', 234_000n],
    ['nanoseconds', '2ns', 2n],
    ['1h40m3s30ms100us1ns', '1h40m3s30ms100us1ns', 6003030100001n],
    ['fractional hours', '1.5h', 5400n * S],
    ['negative', '-1.5m', -90n * S],
    ['zero', '0', 0n],
    ['int64 max', '2562047h47m16.854775807s', (1n << 63n) - 1n],
  ];
  it.each(cases)('%s', (_name, text, want) => {
    expect(run(Duration, [text])).toEqual(new OttlDuration(want));
  });
  it.each([
    ['unknown unit', '1d', 'time: unknown unit "d" in duration "1d"'],
    ['missing unit', '100', 'time: missing unit in duration "100"'],
    ['empty', '', 'time: invalid duration ""'],
    ['overflow', '2562048h', 'time: invalid duration "2562048h"'],
    ['nil', null, 'expected string but got nil'],
    ['int', 1n, 'expected string but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Duration, [v])).toThrow(message);
  });
});
