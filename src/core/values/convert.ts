/**
 * What storing a value into telemetry does (`ctxutil.SetValue`, pcommon `FromRaw`), and copies.
 *
 * Telemetry (attributes, bodies, cache) can only hold pcommon values: string, bool, int64,
 * float64, bytes, map, slice, or empty. Everything written there goes through
 * {@link toAttributeValue}, which also detaches it from the source (maps are deep-copied), so that
 * later edits of one place never show through another.
 */
import { OttlRuntimeError } from '../errors.js';
import { goTypeName } from './go-text.js';
import { ModelObject, type Value, type ValueList, type ValueMap } from './types.js';

/**
 * The value a pcommon.Value holds after `SetValue(dest, v)`:
 *
 * - string, bool, int64, float64 as is; bytes copied.
 * - slices rebuilt element by element, each element converted the same way.
 * - maps deep-copied.
 * - time, duration, ids, nil → the empty value, `null`. (`SetValue` has no case for them, so the
 *   freshly made destination stays empty.)
 * - a model structure (`span.status`, `span.events`…) is an error, as `ctxutil.SetValue` reports
 *   a type it has no case for.
 *
 * @throws OttlRuntimeError `unsupported type ptrace.Status for set operation`.
 */
export function toAttributeValue(v: Value): Value {
  switch (typeof v) {
    case 'string':
    case 'bigint':
    case 'number':
    case 'boolean':
      return v;
    default:
      break;
  }
  if (v === null) return null;
  if (v instanceof Uint8Array) return v.slice();
  if (Array.isArray(v)) return v.map(toAttributeValue);
  if (v instanceof Map) return copyMap(v, toAttributeValue);
  if (v instanceof ModelObject) throw new OttlRuntimeError(`unsupported type ${v.goType} for set operation`);
  return null;
}

function copyMap(m: ValueMap, convert: (v: Value) => Value): ValueMap {
  const out: ValueMap = new Map();
  for (const [k, v] of m) out.set(k, convert(v));
  return out;
}

/**
 * A deep copy: maps, slices and bytes are copied recursively; other values are immutable and
 * shared.
 */
export function deepCopy<T extends Value>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (v instanceof Uint8Array) return v.slice() as T;
  if (Array.isArray(v)) return v.map(deepCopy) as T;
  if (v instanceof Map) return copyMap(v, deepCopy) as T;
  return v;
}

/**
 * pcommon `Value.FromRaw` / `Map.FromRaw`, used when a plain Go value (a map literal's entry, a
 * converter's `map[string]any`) becomes a pcommon value: like {@link toAttributeValue}, but a
 * value pdata cannot represent is an error instead of an empty value.
 *
 * @throws OttlRuntimeError `<Invalid value type time.Time>` (or `time.Duration`, an id type).
 */
export function fromRaw(v: Value): Value {
  switch (typeof v) {
    case 'string':
    case 'bigint':
    case 'number':
    case 'boolean':
      return v;
    default:
      break;
  }
  if (v === null) return null;
  if (v instanceof Uint8Array) return v.slice();
  if (Array.isArray(v)) return v.map(fromRaw) as ValueList;
  if (v instanceof Map) return copyMap(v, fromRaw);
  throw new OttlRuntimeError(`<Invalid value type ${goTypeName(v)}>`);
}
