/** `Unix(seconds, nanoseconds?)`: a time from seconds (and nanoseconds) since the Unix epoch. */
import { localZone } from '../core/time/zone.js';
import { OttlTime, wrapInt64 } from '../core/values/types.js';
import { floorDiv } from './internal/conv-define.js';
import { defineFunction } from './signature.js';

/**
 * Returns the instant `seconds` + `nanoseconds` after 1970-01-01T00:00:00Z in the local zone, as
 * Go's `time.Unix`: nanoseconds outside 0..1e9 carry into the seconds, in int64 arithmetic that wraps
 * silently (`Unix(9223372036854775807, 2000000000)` is at second -9223372036854775807). Nil or
 * non-int arguments are run-time errors.
 */
const NANOS_PER_SECOND = 1_000_000_000n;

export const Unix = defineFunction({
  name: 'Unix',
  kind: 'converter',
  description: 'Returns the time at seconds (and nanoseconds) since the Unix epoch',
  params: [
    { name: 'seconds', kind: 'int' },
    { name: 'nanoseconds', kind: 'int', optional: true },
  ] as const,
  create: ({ seconds, nanoseconds }) => {
    const zone = localZone();
    return (ctx) => {
      const s = seconds(ctx);
      const ns = nanoseconds === undefined ? 0n : nanoseconds(ctx);
      const carry = floorDiv(ns, NANOS_PER_SECOND);
      const sec = wrapInt64(s + carry);
      return new OttlTime(sec * NANOS_PER_SECOND + (ns - carry * NANOS_PER_SECOND), zone);
    };
  },
});
