/** `keep_keys(target, keys[])`: removes every key of the map that is not in `keys`. */
import { defineFunction } from './signature.js';

export const keep_keys = defineFunction({
  name: 'keep_keys',
  kind: 'editor',
  description: 'Removes all map keys not in the list.',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'keys', kind: 'literalStringList', doc: 'the keys to keep' },
  ],
  create({ target, keys }) {
    const keep = new Set(keys);
    return (ctx) => {
      const m = target.get(ctx);
      for (const k of m.keys()) if (!keep.has(k)) m.delete(k);
      target.set(ctx, m);
      return null;
    };
  },
});
