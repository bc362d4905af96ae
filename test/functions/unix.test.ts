import { describe, expect, it } from 'vitest';

import { Unix } from '../../src/functions/unix.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

describe('Unix', () => {
  const cases: [string, unknown[], bigint][] = [
    ['January 1, 2023', [1672531200n], 1672531200_000_000_000n],
    ['with nanoseconds', [1601787905n, 5005n], 1601787905_000_005_005n],
    ['nanoseconds above a second carry', [1n, 1_500_000_000n], 2_500_000_000n],
    ['negative nanoseconds borrow', [1n, -1n], 999_999_999n],
    ['epoch', [0n], 0n],
    ['before 1970', [-86400n], -86400_000_000_000n],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    const t = run(Unix, args) as OttlTime;
    expect(t).toBeInstanceOf(OttlTime);
    expect(t.unixNano).toBe(want);
  });
  it.each([
    ['string seconds', ['1'], 'expected int64 but got string'],
    ['nil seconds', [null], 'expected int64 but got nil'],
    ['float nanoseconds', [1n, 1.5], 'expected int64 but got float64'],
  ])('%s fails', (_name, args, message) => {
    expect(() => run(Unix, args)).toThrow(message);
  });
});
