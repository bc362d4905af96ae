/** `UnixSeconds(time)`: a time as seconds since the Unix epoch, as int64. */
import { defineUnixCount } from './internal/conv-define.js';

/**
 * Returns the number of seconds elapsed since 1970-01-01T00:00:00Z (Go's `t.Unix()`),
 * rounded down for instants before the epoch. Nil or a non-time argument is a run-time error.
 */
export const UnixSeconds = defineUnixCount('UnixSeconds', 'Returns a time as seconds since the Unix epoch', 1_000_000_000n);
