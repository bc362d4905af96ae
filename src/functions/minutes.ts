/** `Minutes(duration)`: a duration in minutes, as float64. */
import { defineDurationUnit, durationIn } from './internal/conv-define.js';

/**
 * Returns `duration` in minutes as float64, as Go's `Duration.Minutes()`. Nil or a non-duration
 * argument is a run-time error (strict duration argument).
 */
export const Minutes = defineDurationUnit('Minutes', 'Returns a duration in minutes (float64)', (n) => durationIn(n, 60_000_000_000n));
