/**
 * `delete_matching_keys(target, pattern)`: removes every key of the map that the Go RE2 `pattern`
 * matches (unanchored search). A literal invalid pattern is a compile-time error.
 */
import { dynamicRegex } from './internal/text-dynamic.js';
import { defineFunction } from './signature.js';

export const delete_matching_keys = defineFunction({
  name: 'delete_matching_keys',
  kind: 'editor',
  description: 'Removes every map key matching a regex.',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'pattern', kind: 'string', doc: 'a Go RE2 regex' },
  ],
  create({ target, pattern }) {
    const regex = dynamicRegex('delete_matching_keys', 'pattern', pattern);
    return (ctx) => {
      const re = regex(ctx);
      const m = target.get(ctx);
      for (const k of m.keys()) if (re.test(k)) m.delete(k);
      target.set(ctx, m);
      return null;
    };
  },
});
