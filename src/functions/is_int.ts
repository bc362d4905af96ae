/** `IsInt(target)`: whether a value is an int64 (a float64 is not). */
import { defineTypeTest } from './internal/conv-define.js';

/** Returns true when `target` is an int64 (a float64 is not); nil and every other type give false, never an error. */
export const IsInt = defineTypeTest('IsInt', 'Returns whether a value is an int64', (v) => typeof v === 'bigint');
