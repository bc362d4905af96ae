/** `Unix(seconds, nanoseconds?)`: a time from seconds (and nanoseconds) since the Unix epoch. */
import { localZone } from '../core/time/zone.js';
import { OttlTime } from '../core/values/types.js';
import { defineFunction } from './signature.js';

/**
 * Returns the instant `seconds` + `nanoseconds` after 1970-01-01T00:00:00Z in the local zone, as
 * Go's `time.Unix` (nanoseconds outside 0..1e9 carry into the seconds). Nil or non-int arguments are
 * run-time errors.
 */
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
      return new OttlTime(s * 1_000_000_000n + ns, zone);
    };
  },
});
