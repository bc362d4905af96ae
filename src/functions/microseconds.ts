/** `Microseconds(duration)`: a duration in microseconds, as int64. */
import { defineDurationUnit } from './internal/conv-define.js';

/**
 * Returns `duration` in microseconds as int64 (truncated toward zero), as Go's `Duration.Microseconds()`. Nil or a non-duration
 * argument is a run-time error (strict duration argument).
 */
export const Microseconds = defineDurationUnit('Microseconds', 'Returns a duration in microseconds (int64)', (n) => n / 1_000n);
