/**
 * `keep_keys(target, keys[])`: removes every key of the map that is not in `keys`.
 *
 * `keys` is a list literal whose items are string expressions (the reference's `[]StringGetter`), so
 * `keep_keys(attributes, [Concat(["ba", "r"], "")])` works; an item that is not a string is a
 * run-time error. When every item is a literal, the key set is built once at compile time.
 */
import { defineFunction, getLiteralValue } from './signature.js';
import type { Getter } from '../core/getters.js';

/** The literal key set, or undefined when some item is computed per record. */
function literalKeySet(keys: readonly Getter<string>[]): Set<string> | undefined {
  const set = new Set<string>();
  for (const k of keys) {
    const lit = getLiteralValue(k);
    if (lit === undefined) return undefined;
    set.add(lit.value);
  }
  return set;
}

export const keep_keys = defineFunction({
  name: 'keep_keys',
  kind: 'editor',
  description: 'Removes all map keys not in the list.',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'keys', kind: 'stringList', doc: 'the keys to keep (string expressions)' },
  ],
  create({ target, keys }) {
    const literal = literalKeySet(keys);
    return (ctx) => {
      const m = target.get(ctx);
      let keep = literal;
      if (keep === undefined) {
        keep = new Set<string>();
        for (const k of keys) keep.add(k(ctx));
      }
      for (const k of m.keys()) if (!keep.has(k)) m.delete(k);
      target.set(ctx, m);
      return null;
    };
  },
});
