/** `UnixMilli(time)`: a time as milliseconds since the Unix epoch, as int64. */
import { defineUnixCount } from './internal/conv-define.js';

/**
 * Returns the number of milliseconds elapsed since 1970-01-01T00:00:00Z (Go's `t.UnixMilli()`),
 * rounded down for instants before the epoch. Nil or a non-time argument is a run-time error.
 */
export const UnixMilli = defineUnixCount('UnixMilli', 'Returns a time as milliseconds since the Unix epoch', 1_000_000n);
