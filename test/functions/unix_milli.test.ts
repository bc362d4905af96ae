import { describe, expect, it } from 'vitest';

import { UnixMilli } from '../../src/functions/unix_milli.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('UnixMilli', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['January 1 2023', t('2023-01-01T00:00:00Z'), 1672531200000n],
    ['October 4 2020 5:05:05.005005005', new OttlTime(1601787905_005_005_005n), 1601787905005n],
    ['before 1970 rounds down', new OttlTime(-1n), -1n],
    ['fixture time', new OttlTime(1581452773000000789n), 1581452773000n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(UnixMilli, [time])).toBe(want);
  });
  it('rejects a non-time', () => {
    expect(() => run(UnixMilli, ['2023'])).toThrow('expected time but got string');
  });
});
