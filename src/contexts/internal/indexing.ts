/**
 * Reading and writing through key chains (`attributes["a"][0]["b"]`), as the reference's
 * `ctxutil.GetMapValue` / `SetMapValue` / `GetSliceValue` / `SetSliceValue` do:
 * - a missing map key reads as nil, and so does anything below it;
 * - a string key on a non-map, or an index on a non-slice, is an error;
 * - an index outside `[0, len)` is an error on read and write;
 * - a write creates missing map entries; an empty value indexed by a string becomes a map, and
 *   indexed by an int `n` becomes a slice padded with `n` empty values before the written slot;
 * - reads return live references (a nested map is the stored `Map`).
 */
import { OttlRuntimeError } from '../../core/errors.js';
import type { EvalContext } from '../../core/eval-context.js';
import type { Value, ValueList, ValueMap } from '../../core/values/types.js';
import type { CompiledKey } from '../types.js';
import { goTypeName, pcommonTypeName } from './errors.js';
import { toStored } from './store.js';

function fail(message: string): never {
  throw new OttlRuntimeError(message);
}

/** `GetMapKeyName`: the string a key resolves to for a map lookup. */
function mapKeyName(ctx: EvalContext, key: CompiledKey): string {
  const c = key.constant;
  if (typeof c === 'string') return c;
  if (c !== undefined) fail('unable to resolve a string index in map: invalid key type');
  const r = key.get(ctx);
  if (typeof r !== 'string') {
    fail(`unable to resolve a string index in map: could not resolve key for map/slice, expecting 'string' but got '${goTypeName(r)}'`);
  }
  return r;
}

/** The int64 a key resolves to for a slice lookup. */
function sliceKeyInt(ctx: EvalContext, key: CompiledKey): bigint {
  const c = key.constant;
  if (typeof c === 'bigint') return c;
  if (c !== undefined) fail('unable to resolve an integer index in slice: invalid key type');
  const r = key.get(ctx);
  if (typeof r !== 'bigint') {
    fail(`unable to resolve an integer index in slice: could not resolve key for map/slice, expecting 'int64' but got '${goTypeName(r)}'`);
  }
  return r;
}

function sliceIndex(ctx: EvalContext, key: CompiledKey, length: number): number {
  const i = sliceKeyInt(ctx, key);
  if (i < 0n || i >= BigInt(length)) fail(`index ${i} out of bounds`);
  return Number(i);
}

/** `getIndexableValue`: walks `keys[from..]` below `value`. */
function getIndexable(ctx: EvalContext, value: Value, keys: readonly CompiledKey[], from: number): Value {
  let v = value;
  for (let i = from; i < keys.length; i++) {
    if (v instanceof Map) {
      const next = v.get(mapKeyName(ctx, keys[i]));
      if (next === undefined) return null;
      v = next;
    } else if (Array.isArray(v)) {
      v = v[sliceIndex(ctx, keys[i], v.length)];
    } else {
      fail(`type ${pcommonTypeName(v)} does not support string indexing`);
    }
  }
  return v;
}

/** `GetMapValue`: `m[keys[0]][keys[1]]…`; a missing key reads as nil. */
export function getMapValue(ctx: EvalContext, m: ValueMap, keys: readonly CompiledKey[]): Value {
  let name: string;
  try {
    name = mapKeyName(ctx, keys[0]);
  } catch (e) {
    throw wrap('cannot get map value', e);
  }
  const v = m.get(name);
  if (v === undefined) return null;
  return keys.length === 1 ? v : getIndexable(ctx, v, keys, 1);
}

/** `GetSliceValue`: `list[keys[0]][keys[1]]…`. */
export function getSliceValue(ctx: EvalContext, list: ValueList, keys: readonly CompiledKey[]): Value {
  const v = list[sliceIndex(ctx, keys[0], list.length)];
  return keys.length === 1 ? v : getIndexable(ctx, v, keys, 1);
}

function wrap(prefix: string, e: unknown): unknown {
  return e instanceof OttlRuntimeError ? new OttlRuntimeError(`${prefix}: ${e.message}`) : e;
}

type Container = ValueMap | ValueList;

function read(c: Container, slot: string | number): Value {
  return c instanceof Map ? (c.get(slot as string) ?? null) : c[slot as number];
}

function write(c: Container, slot: string | number, v: Value): void {
  if (c instanceof Map) c.set(slot as string, v);
  else c[slot as number] = v;
}

/**
 * `SetIndexableValue`: walks `keys[from..]` below the slot `container[slot]`, creating what is
 * missing, then stores the converted value in the last slot.
 */
function setIndexable(ctx: EvalContext, container: Container, slot: string | number, keys: readonly CompiledKey[], from: number, val: Value): void {
  // Convert first: the value may be a live reference into the structure being written.
  const stored = toStored(val);
  let c = container;
  let s = slot;
  for (let i = from; i < keys.length; i++) {
    const cur = read(c, s);
    const key = keys[i];
    if (cur instanceof Map) {
      const name = mapKeyName(ctx, key);
      if (!cur.has(name)) cur.set(name, null);
      c = cur;
      s = name;
    } else if (Array.isArray(cur)) {
      s = sliceIndex(ctx, key, cur.length);
      c = cur;
    } else if (cur === null) {
      const k = key.constant !== undefined ? key.constant : key.get(ctx);
      if (typeof k !== 'string' && typeof k !== 'bigint') fail(`neither a string nor an int index was given, got '${goTypeName(k)}'`);
      if (typeof k === 'string') {
        const m: ValueMap = new Map([[k, null]]);
        write(c, s, m);
        c = m;
        s = k;
      } else {
        // Padding: an index n on an empty value makes a slice of n empty values plus the slot.
        const n = k > 0n ? Number(k) : 0;
        const list: ValueList = new Array<Value>(n + 1).fill(null);
        write(c, s, list);
        c = list;
        s = n;
      }
    } else {
      fail(`type ${pcommonTypeName(cur)} does not support string indexing`);
    }
  }
  write(c, s, stored);
}

/** `SetMapValue`: creates `m[keys[0]]` when missing, then writes through the rest of the keys. */
export function setMapValue(ctx: EvalContext, m: ValueMap, keys: readonly CompiledKey[], val: Value): void {
  let name: string;
  try {
    name = mapKeyName(ctx, keys[0]);
  } catch (e) {
    throw wrap('cannot set map value', e);
  }
  if (!m.has(name)) m.set(name, null);
  setIndexable(ctx, m, name, keys, 1, val);
}

/** `SetSliceValue`: the index must exist; then writes through the rest of the keys. */
export function setSliceValue(ctx: EvalContext, list: ValueList, keys: readonly CompiledKey[], val: Value): void {
  const i = sliceIndex(ctx, keys[0], list.length);
  setIndexable(ctx, list, i, keys, 1, val);
}

/**
 * Get/set closures for `root[keys…]` where `root` yields a map, specialised at compile time:
 * a single literal key is one `Map.get` / `Map.set`.
 */
export function mapKeyAccess(
  root: (ctx: EvalContext) => ValueMap,
  keys: readonly CompiledKey[],
): { get: (ctx: EvalContext) => Value; set: (ctx: EvalContext, v: Value) => void } {
  const only = keys.length === 1 ? keys[0].constant : undefined;
  if (typeof only === 'string') {
    return {
      get: (ctx) => root(ctx).get(only) ?? null,
      set: (ctx, v) => {
        const m = root(ctx);
        // A container written back onto its own slot (editors do this after mutating it) stays as is.
        if (v !== null && typeof v === 'object' && m.get(only) === v) return;
        m.set(only, toStored(v));
      },
    };
  }
  return {
    get: (ctx) => getMapValue(ctx, root(ctx), keys),
    set: (ctx, v) => setMapValue(ctx, root(ctx), keys, v),
  };
}
