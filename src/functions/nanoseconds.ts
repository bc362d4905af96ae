/** `Nanoseconds(duration)`: a duration in nanoseconds, as int64. */
import { defineDurationUnit } from './internal/conv-define.js';

/**
 * Returns `duration` in nanoseconds as int64, as Go's `Duration.Nanoseconds()`. Nil or a non-duration
 * argument is a run-time error (strict duration argument).
 */
export const Nanoseconds = defineDurationUnit('Nanoseconds', 'Returns a duration in nanoseconds (int64)', (n) => n);
