/** `Seconds(duration)`: a duration in seconds, as float64. */
import { defineDurationUnit, durationIn } from './internal/conv-define.js';

/**
 * Returns `duration` in seconds as float64, as Go's `Duration.Seconds()`. Nil or a non-duration
 * argument is a run-time error (strict duration argument).
 */
export const Seconds = defineDurationUnit('Seconds', 'Returns a duration in seconds (float64)', (n) => durationIn(n, 1_000_000_000n));
