/** `IsDouble(target)`: whether a value is a float64 (an int64 is not). */
import { defineTypeTest } from './internal/conv-define.js';

/** Returns true when `target` is a float64 (an int64 is not); nil and every other type give false, never an error. */
export const IsDouble = defineTypeTest('IsDouble', 'Returns whether a value is a float64', (v) => typeof v === 'number');
