/** `Hours(duration)`: a duration in hours, as float64. */
import { defineDurationUnit, durationIn } from './internal/conv-define.js';

/**
 * Returns `duration` in hours as float64, as Go's `Duration.Hours()`. Nil or a non-duration
 * argument is a run-time error (strict duration argument).
 */
export const Hours = defineDurationUnit('Hours', 'Returns a duration in hours (float64)', (n) => durationIn(n, 3_600_000_000_000n));
