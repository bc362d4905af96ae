/** `IsList(target)`: whether a value is a list (slice). */
import { ModelObject } from '../core/values/types.js';
import { defineTypeTest } from './internal/conv-define.js';

/**
 * Returns true when `target` is a list: a slice, or one of pdata's slices of messages a path
 * yields (`span.events`, `span.links`, `metric.data_points`, `datapoint.exemplars`…), as the
 * reference's `func_is_list.go` lists them. nil and every other type give false, never an error.
 */
export const IsList = defineTypeTest(
  'IsList',
  'Returns whether a value is a list',
  (v) => Array.isArray(v) || (v instanceof ModelObject && v.isSlice),
);
