/** `UnixMicro(time)`: a time as microseconds since the Unix epoch, as int64. */
import { defineUnixCount } from './internal/conv-define.js';

/**
 * Returns the number of microseconds elapsed since 1970-01-01T00:00:00Z (Go's `t.UnixMicro()`),
 * rounded down for instants before the epoch. Nil or a non-time argument is a run-time error.
 */
export const UnixMicro = defineUnixCount('UnixMicro', 'Returns a time as microseconds since the Unix epoch', 1_000n);
