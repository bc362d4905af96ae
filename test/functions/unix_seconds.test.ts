import { describe, expect, it } from 'vitest';

import { UnixSeconds } from '../../src/functions/unix_seconds.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('UnixSeconds', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['January 1 2023', t('2023-01-01T00:00:00Z'), 1672531200n],
    ['October 4 2020 5:05:05.005005005', new OttlTime(1601787905_005_005_005n), 1601787905n],
    ['before 1970 rounds down', new OttlTime(-1n), -1n],
    ['zone does not matter', t('2023-01-01T00:00:00Z', 'Asia/Tokyo'), 1672531200n],
    ['int64 max', new OttlTime((1n << 63n) - 1n), 9223372036n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(UnixSeconds, [time])).toBe(want);
  });
  it('rejects a non-time', () => {
    expect(() => run(UnixSeconds, ['2023'])).toThrow('expected time but got string');
  });
});
