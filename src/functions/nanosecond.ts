/** `Nanosecond(time)`: the nanosecond within the second (0..999,999,999) of a time, as int64. */
import { defineTimeField } from './internal/conv-define.js';

/**
 * Returns the nanosecond within the second (0..999,999,999) of `time`, read in the time's own zone (a time parsed with a location keeps it).
 * Nil or a non-time argument is a run-time error (strict time argument).
 */
export const Nanosecond = defineTimeField('Nanosecond', 'Returns the nanosecond within the second (0..999,999,999) of a time', (f) => f.nanosecond);
