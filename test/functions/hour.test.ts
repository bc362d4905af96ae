import { describe, expect, it } from 'vitest';

import { Hour } from '../../src/functions/hour.js';
import { OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n, zone);

describe('Hour', () => {
  const cases: [string, OttlTime, bigint][] = [
    ['UTC', t('2006-01-02T15:04:05Z'), 15n],
    ['midnight', t('2023-01-01T00:00:00Z'), 0n],
    ['Kolkata (+05:30)', t('2023-05-06T01:38:09Z', 'Asia/Kolkata'), 7n],
    ['New York summer', t('2023-07-01T12:00:00Z', 'America/New_York'), 8n],
    ['New York winter', t('2023-01-01T12:00:00Z', 'America/New_York'), 7n],
    ['fixed offset', t('2023-01-01T12:00:00Z', '-03:00'), 9n],
  ];
  it.each(cases)('%s', (_name, time, want) => {
    expect(run(Hour, [time])).toBe(want);
  });
  it.each([
    ['nil', null, 'expected time but got nil'],
    ['string', '2023-05-06', 'expected time but got string'],
    ['int', 1n, 'expected time but got int64'],
  ])('%s fails', (_name, v, message) => {
    expect(() => run(Hour, [v])).toThrow(message);
  });
});
