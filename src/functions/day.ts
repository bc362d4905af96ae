/** `Day(time)`: the day of the month (1..31) of a time, as int64. */
import { defineTimeField } from './internal/conv-define.js';

/**
 * Returns the day of the month (1..31) of `time`, read in the time's own zone (a time parsed with a location keeps it).
 * Nil or a non-time argument is a run-time error (strict time argument).
 */
export const Day = defineTimeField('Day', 'Returns the day of the month (1..31) of a time', (f) => f.day);
