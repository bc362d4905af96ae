/**
 * What a write stores, following the reference's `ctxutil.SetValue` / `SetMap`: telemetry holds
 * only OTLP AnyValue kinds (string, int64, float64, bool, bytes, map, slice, empty).
 */
import { OttlRuntimeError } from '../../core/errors.js';
import type { Value, ValueMap } from '../../core/values/types.js';
import { goTypeName } from './errors.js';
import { toAttributeValue } from '../../core/values/convert.js';

/**
 * Converts a value for storage in an attribute, the body or the cache (`ctxutil.SetValue`): scalars
 * as they are, bytes copied, maps and lists deep-copied, anything else as the empty value.
 */
export const toStored = toAttributeValue;

/** A deep copy of a map holding only storable values. */
export function copyMap(m: ValueMap): ValueMap {
  return toAttributeValue(m) as ValueMap;
}

/**
 * `ctxutil.SetMap` on a whole-map path (`attributes`, `cache`, `metadata`): a map replaces the
 * contents in place (the target keeps its identity), nil empties it, any other value is an error
 * and leaves the map unchanged.
 */
export function replaceMapContents(target: ValueMap, v: Value): void {
  if (v === null) {
    target.clear();
    return;
  }
  if (!(v instanceof Map)) {
    throw new OttlRuntimeError(`unsupported type provided for setting a pcommon.Map: ${goTypeName(v)}`);
  }
  // Editors mutate the live map and write it back; writing a map onto itself changes nothing.
  if (v === target) return;
  const copy = copyMap(v);
  target.clear();
  for (const [k, val] of copy) target.set(k, val);
}
