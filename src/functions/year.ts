/** `Year(time)`: the year of a time, as int64. */
import { defineTimeField } from './internal/conv-define.js';

/**
 * Returns the year of `time`, read in the time's own zone (a time parsed with a location keeps it).
 * Nil or a non-time argument is a run-time error (strict time argument).
 */
export const Year = defineTimeField('Year', 'Returns the year of a time', (f) => f.year);
