/** `IsString(target)`: whether a value is a string. */
import { defineTypeTest } from './internal/conv-define.js';

/** Returns true when `target` is a string; nil and every other type give false, never an error. */
export const IsString = defineTypeTest('IsString', 'Returns whether a value is a string', (v) => typeof v === 'string');
