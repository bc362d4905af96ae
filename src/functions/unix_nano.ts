/** `UnixNano(time)`: a time as nanoseconds since the Unix epoch, as int64. */
import { defineUnixCount } from './internal/conv-define.js';

/**
 * Returns the number of nanoseconds elapsed since 1970-01-01T00:00:00Z (Go's `t.UnixNano()`),
 * rounded down for instants before the epoch. Nil or a non-time argument is a run-time error.
 */
export const UnixNano = defineUnixCount('UnixNano', 'Returns a time as nanoseconds since the Unix epoch', 1n);
