/** `TruncateTime(time, duration)`: rounds a time down to a multiple of a duration. */
import { truncateTime } from '../core/time/duration.js';
import { defineFunction } from './signature.js';

/**
 * Returns `time` rounded down to a multiple of `duration` since Go's zero time (0001-01-01 UTC),
 * as Go's `Time.Truncate`: whole hours and minutes line up with UTC, so `24h` truncates to UTC
 * midnight whatever the time's zone. A duration <= 0 returns the time unchanged. Nil or wrongly
 * typed arguments are run-time errors.
 */
export const TruncateTime = defineFunction({
  name: 'TruncateTime',
  kind: 'converter',
  description: 'Rounds a time down to a multiple of a duration',
  params: [
    { name: 'time', kind: 'time' },
    { name: 'duration', kind: 'duration' },
  ] as const,
  create: ({ time, duration }) => (ctx) => truncateTime(time(ctx), duration(ctx).nanos),
});
