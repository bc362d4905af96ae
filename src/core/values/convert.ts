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
import { MAX_VALUE_DEPTH, valueTooDeepMessage } from './limits.js';
import { ModelObject, type Value, type ValueList, type ValueMap } from './types.js';

/**
 * What a copy does with a value that is not a container: return the value to store, or throw.
 * Containers are handled by {@link copyNested}, which counts their depth.
 */
type LeafConvert = (v: Exclude<Value, ValueList | ValueMap>) => Value;

/**
 * Copies maps and slices below `v` (at `depth` enclosing levels), converting every other value
 * with `leaf`. Counting keeps the recursion bounded by MAX_VALUE_DEPTH, far from the JS stack limit.
 * @throws OttlRuntimeError for a value nested deeper than MAX_VALUE_DEPTH.
 */
function copyNested(v: Value, leaf: LeafConvert, depth: number): Value {
  if (Array.isArray(v)) {
    if (depth >= MAX_VALUE_DEPTH) throw new OttlRuntimeError(valueTooDeepMessage());
    const out: Value[] = new Array<Value>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = copyNested(v[i], leaf, depth + 1);
    return out;
  }
  if (v instanceof Map) {
    if (depth >= MAX_VALUE_DEPTH) throw new OttlRuntimeError(valueTooDeepMessage());
    const out: ValueMap = new Map();
    v.forEach((x, k) => out.set(k, copyNested(x, leaf, depth + 1)));
    return out;
  }
  return leaf(v);
}

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
 * @throws OttlRuntimeError `unsupported type ptrace.Status for set operation`, and for a value
 *   nested deeper than `MAX_VALUE_DEPTH` (telemetry never holds one).
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
  return copyNested(v, attributeLeaf, 0);
}

function attributeLeaf(v: Exclude<Value, ValueList | ValueMap>): Value {
  switch (typeof v) {
    case 'string':
    case 'bigint':
    case 'number':
    case 'boolean':
      return v;
    default:
      break;
  }
  if (v instanceof ModelObject) throw new OttlRuntimeError(`unsupported type ${v.goType} for set operation`);
  return v instanceof Uint8Array ? v.slice() : null;
}

/**
 * A deep copy: maps, slices and bytes are copied recursively; other values are immutable and
 * shared.
 * @throws OttlRuntimeError for a value nested deeper than `MAX_VALUE_DEPTH`.
 */
export function deepCopy<T extends Value>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  return copyNested(v, copyLeaf, 0) as T;
}

function copyLeaf(v: Exclude<Value, ValueList | ValueMap>): Value {
  return v instanceof Uint8Array ? v.slice() : v;
}

/**
 * pcommon `Value.FromRaw` / `Map.FromRaw`, used when a plain Go value (a map literal's entry, a
 * converter's `map[string]any`) becomes a pcommon value: like {@link toAttributeValue}, but a
 * value pdata cannot represent is an error instead of an empty value.
 *
 * @throws OttlRuntimeError `<Invalid value type time.Time>` (or `time.Duration`, an id type), or
 *   for a value nested deeper than `MAX_VALUE_DEPTH`.
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
  return copyNested(v, rawLeaf, 0);
}

function rawLeaf(v: Exclude<Value, ValueList | ValueMap>): Value {
  if (typeof v !== 'object' || v === null) return v;
  if (v instanceof Uint8Array) return v.slice();
  throw new OttlRuntimeError(`<Invalid value type ${goTypeName(v)}>`);
}
