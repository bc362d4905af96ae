/**
 * Indexing a converter's result (`Split(x, ",")[0]`, `ParseJSON(b)["a"]`), with the reference's rules:
 * a string key needs a map and a present key, an int key needs a slice and an index in range.
 * (Paths differ: a missing map key on a path reads as nil; that is the contexts' business.)
 */
import type { EvalContext } from '../core/eval-context.js';
import { runtimeError } from '../core/errors.js';
import type { CompiledKey } from '../contexts/types.js';
import { typeName, type Value } from '../core/values/types.js';

export function indexValue(value: Value, key: string | bigint): Value {
  if (typeof key === 'string') {
    if (!(value instanceof Map)) return runtimeError(`type ${typeName(value)} does not support string indexing`);
    const v = value.get(key);
    if (v === undefined) return runtimeError(`key "${key}" not found in map`);
    return v;
  }
  if (!Array.isArray(value)) return runtimeError(`type ${typeName(value)} does not support int indexing`);
  if (key < 0n || key >= BigInt(value.length)) return runtimeError(`index ${key} out of bounds`);
  return value[Number(key)];
}

/** Applies a chain of compiled keys to a value. */
export function indexChain(ctx: EvalContext, value: Value, keys: readonly CompiledKey[]): Value {
  let v = value;
  for (const k of keys) {
    const key = k.constant ?? k.get(ctx);
    if (typeof key !== 'string' && typeof key !== 'bigint') return runtimeError(`a key must be a string or an int64, got ${typeName(key)}`);
    v = indexValue(v, key);
  }
  return v;
}
