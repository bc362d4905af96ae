/** `IsMap(target)`: whether a value is a map. */
import { defineTypeTest } from './internal/conv-define.js';

/** Returns true when `target` is a map; nil and every other type give false, never an error. */
export const IsMap = defineTypeTest('IsMap', 'Returns whether a value is a map', (v) => v instanceof Map);
