/** `IsBool(target)`: whether a value is a bool. */
import { defineTypeTest } from './internal/conv-define.js';

/** Returns true when `target` is a bool; nil and every other type give false, never an error. */
export const IsBool = defineTypeTest('IsBool', 'Returns whether a value is a bool', (v) => typeof v === 'boolean');
