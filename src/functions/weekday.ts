/** `Weekday(time)`: the day of the week (0 = Sunday .. 6 = Saturday) of a time, as int64. */
import { defineTimeField } from './internal/conv-define.js';

/**
 * Returns the day of the week (0 = Sunday .. 6 = Saturday) of `time`, read in the time's own zone (a time parsed with a location keeps it).
 * Nil or a non-time argument is a run-time error (strict time argument).
 */
export const Weekday = defineTimeField('Weekday', 'Returns the day of the week (0 = Sunday .. 6 = Saturday) of a time', (f) => f.weekday);
