/** `Month(time)`: the month of the year (1 = January .. 12) of a time, as int64. */
import { defineTimeField } from './internal/conv-define.js';

/**
 * Returns the month of the year (1 = January .. 12) of `time`, read in the time's own zone (a time parsed with a location keeps it).
 * Nil or a non-time argument is a run-time error (strict time argument).
 */
export const Month = defineTimeField('Month', 'Returns the month of the year (1 = January .. 12) of a time', (f) => f.month);
