/** `IsList(target)`: whether a value is a list (slice). */
import { defineTypeTest } from './internal/conv-define.js';

/** Returns true when `target` is a list (slice); nil and every other type give false, never an error. */
export const IsList = defineTypeTest('IsList', 'Returns whether a value is a list', (v) => Array.isArray(v));
