/** `delete_key(target, key)`: removes one key from a map; a missing key is not an error. */
import { defineFunction } from './signature.js';

export const delete_key = defineFunction({
  name: 'delete_key',
  kind: 'editor',
  description: 'Removes a key from a map.',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'key', kind: 'string', doc: 'the key to remove' },
  ],
  create({ target, key }) {
    return (ctx) => {
      const m = target.get(ctx);
      m.delete(key(ctx));
      target.set(ctx, m);
      return null;
    };
  },
});
