/** `Minute(time)`: the minute of the hour (0..59) of a time, as int64. */
import { defineTimeField } from './internal/conv-define.js';

/**
 * Returns the minute of the hour (0..59) of `time`, read in the time's own zone (a time parsed with a location keeps it).
 * Nil or a non-time argument is a run-time error (strict time argument).
 */
export const Minute = defineTimeField('Minute', 'Returns the minute of the hour (0..59) of a time', (f) => f.minute);
