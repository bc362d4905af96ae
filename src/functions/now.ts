/** `Now()`: the current time. */
import { clock } from '../core/time/strptime.js';
import { localZone } from '../core/time/zone.js';
import { OttlTime } from '../core/values/types.js';
import { defineFunction } from './signature.js';

/** Returns the current time (millisecond resolution) in the local zone. Not deterministic. */
export const Now = defineFunction({
  name: 'Now',
  kind: 'converter',
  description: 'Returns the current time',
  params: [] as const,
  create: () => {
    const zone = localZone();
    return () => new OttlTime(clock.now(), zone);
  },
});
