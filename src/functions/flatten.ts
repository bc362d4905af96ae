/**
 * `flatten(target, Optional[prefix], Optional[depth], Optional[resolve_conflicts])`: moves nested map
 * entries to the top level under dotted keys (`a.b.c`); slice elements become `key.0`, `key.1`…
 * (maps and slices inside slices are flattened too, counting one extra level).
 *
 * `prefix` is prepended to every key; `depth` limits how many levels are merged (below 1:
 * compile-time error, as in the reference). With `resolve_conflicts`, a key produced twice keeps the first value and
 * later ones get `.0`, `.1`… suffixes, and slice elements go through the same numbering (the first
 * element under the bare key).
 */
import type { Value, ValueMap } from '../core/values/types.js';
import { deepCopy } from '../core/values/convert.js';
import { ArgumentError, defineFunction } from './signature.js';

interface FlattenState {
  readonly result: ValueMap;
  readonly counters: Map<string, number>;
  readonly resolve: boolean;
  readonly maxDepth: number;
}

function put(state: FlattenState, key: string, v: Value): void {
  if (!state.resolve) {
    state.result.set(key, deepCopy(v));
    return;
  }
  if (state.result.has(key)) {
    const n = state.counters.get(key) ?? 0;
    state.counters.set(key, n + 1);
    state.result.set(`${key}.${n}`, deepCopy(v));
  } else {
    state.counters.set(key, 0);
    state.result.set(key, deepCopy(v));
  }
}

function flattenMap(state: FlattenState, m: ValueMap, prefix: string, depth: number): void {
  const p = prefix.length > 0 ? prefix + '.' : prefix;
  for (const [k, v] of m) flattenValue(state, k, v, depth, p);
}

function flattenSlice(state: FlattenState, s: readonly Value[], prefix: string, depth: number): void {
  for (let i = 0; i < s.length; i++) flattenValue(state, String(i), s[i] as Value, depth + 1, prefix);
}

function flattenValue(state: FlattenState, k: string, v: Value, depth: number, prefix: string): void {
  if (v instanceof Map && depth < state.maxDepth) {
    flattenMap(state, v, prefix + k, depth + 1);
    return;
  }
  if (Array.isArray(v) && depth < state.maxDepth) {
    const key = prefix + k;
    for (let i = 0; i < v.length; i++) {
      const item = v[i] as Value;
      if (item instanceof Map && depth + 1 < state.maxDepth) flattenMap(state, item, `${key}.${i}`, depth + 2);
      else if (Array.isArray(item) && depth + 1 < state.maxDepth) flattenSlice(state, item, `${key}.${i}`, depth + 2);
      else if (state.resolve) put(state, key, item);
      else state.result.set(`${key}.${i}`, deepCopy(item));
    }
    return;
  }
  put(state, prefix + k, v);
}

export const flatten = defineFunction({
  name: 'flatten',
  kind: 'editor',
  description: 'Flattens nested maps (and slices) into dotted top-level keys.',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'prefix', kind: 'literalString', optional: true, doc: 'prepended to every key' },
    { name: 'depth', kind: 'literalInt', optional: true, doc: 'how many levels to merge (default: all)' },
    { name: 'resolve_conflicts', kind: 'literalBool', optional: true, doc: 'number colliding keys instead of overwriting' },
  ],
  create({ target, prefix, depth, resolve_conflicts }) {
    if (depth !== undefined && depth < 1n) {
      throw new ArgumentError('depth', `invalid depth '${depth}' for flatten function, must be greater than 0`);
    }
    const maxDepth = depth === undefined || depth > 1_000_000n ? Number.MAX_SAFE_INTEGER : Number(depth);
    const pfx = prefix ?? '';
    const resolve = resolve_conflicts ?? false;
    return (ctx) => {
      const m = target.get(ctx);
      const state: FlattenState = { result: new Map(), counters: new Map(), resolve, maxDepth };
      flattenMap(state, m, pfx, 0);
      // Like pdata's MoveTo: the same map object now holds the flattened entries.
      m.clear();
      for (const [k, v] of state.result) m.set(k, v);
      target.set(ctx, m);
      return null;
    };
  },
});
