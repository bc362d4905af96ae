import { describe, expect, it } from 'vitest';

import { TruncateTime } from '../../src/functions/truncate_time.js';
import { OttlDuration, OttlTime } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const t = (iso: string, zone?: string, extra = 0n) => new OttlTime(BigInt(Date.parse(iso)) * 1_000_000n + extra, zone);
const S = 1_000_000_000n;
const H = 3600n * S;

describe('TruncateTime', () => {
  const cases: [string, OttlTime, bigint, OttlTime][] = [
    ['truncate to 1s', t('2022-01-01T01:01:01Z', undefined, 123n), S, t('2022-01-01T01:01:01Z')],
    ['truncate to 1ms', t('2022-01-01T01:01:01.0009Z', undefined, 999n), 1_000_000n, t('2022-01-01T01:01:01Z')],
    ['truncate to 1h', t('2022-01-01T01:59:59Z'), H, t('2022-01-01T01:00:00Z')],
    ['truncate to 1 day is UTC midnight', t('2022-06-01T23:00:00Z', 'America/New_York'), 24n * H, t('2022-06-01T00:00:00Z', 'America/New_York')],
    ['zero duration: unchanged', t('2022-01-01T01:01:01Z', undefined, 7n), 0n, t('2022-01-01T01:01:01Z', undefined, 7n)],
    ['negative duration: unchanged', t('2022-01-01T01:01:01Z', undefined, 7n), -S, t('2022-01-01T01:01:01Z', undefined, 7n)],
    ['before 1970', t('1960-05-05T05:05:05.5Z'), S, t('1960-05-05T05:05:05Z')],
    ['leap day', t('2024-02-29T13:14:15Z'), 15n * 60n * S, t('2024-02-29T13:00:00Z')],
  ];
  it.each(cases)('%s', (_name, time, d, want) => {
    expect(run(TruncateTime, [time, new OttlDuration(d)])).toEqual(want);
  });
  it.each([
    ['nil time', [null, new OttlDuration(S)], 'expected time but got nil'],
    ['string duration', [t('2022-01-01T00:00:00Z'), '1s'], 'expected duration but got string'],
  ])('%s fails', (_name, args, message) => {
    expect(() => run(TruncateTime, args)).toThrow(message);
  });
});
