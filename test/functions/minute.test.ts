import { describe, expect, it } from 'vitest';

import { Minute } from '../../src/functions/minute.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('Minute', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['UTC', t('2023-05-06T07:08:09Z'), 8n],
    ['Kolkata half-hour offset', t('2023-05-06T01:38:09Z', 'Asia/Kolkata'), 8n],
    ['Kathmandu (+05:45)', t('2023-05-06T00:00:00Z', 'Asia/Kathmandu'), 45n],
    ['before 1970', t('1969-07-20T20:17:40Z'), 17n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(Minute, [time])).toBe(want);
  });
  it.each([
    ['nil', null, 'expected time but got nil'],
    ['string', '2023-05-06', 'expected time but got string'],
    ['int', 1n, 'expected time but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Minute, [v])).toThrow(message);
  });
});
