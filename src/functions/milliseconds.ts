/** `Milliseconds(duration)`: a duration in milliseconds, as int64. */
import { defineDurationUnit } from './internal/conv-define.js';

/**
 * Returns `duration` in milliseconds as int64 (truncated toward zero), as Go's `Duration.Milliseconds()`. Nil or a non-duration
 * argument is a run-time error (strict duration argument).
 */
export const Milliseconds = defineDurationUnit('Milliseconds', 'Returns a duration in milliseconds (int64)', (n) => n / 1_000_000n);
