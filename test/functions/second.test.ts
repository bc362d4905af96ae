import { describe, expect, it } from 'vitest';

import { Second } from '../../src/functions/second.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('Second', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['UTC', t('2023-05-06T07:08:09Z'), 9n],
    ['end of minute', t('2023-05-06T07:08:59.999Z'), 59n],
    ['before 1970', new OttlTime(-1n), 59n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(Second, [time])).toBe(want);
  });
  it.each([
    ['nil', null, 'expected time but got nil'],
    ['string', '2023-05-06', 'expected time but got string'],
    ['int', 1n, 'expected time but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Second, [v])).toThrow(message);
  });
});
