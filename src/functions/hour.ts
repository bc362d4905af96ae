/** `Hour(time)`: the hour of the day (0..23) of a time, as int64. */
import { defineTimeField } from './internal/conv-define.js';

/**
 * Returns the hour of the day (0..23) of `time`, read in the time's own zone (a time parsed with a location keeps it).
 * Nil or a non-time argument is a run-time error (strict time argument).
 */
export const Hour = defineTimeField('Hour', 'Returns the hour of the day (0..23) of a time', (f) => f.hour);
