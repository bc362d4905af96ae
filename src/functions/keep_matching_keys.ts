/**
 * `keep_matching_keys(target, pattern)`: removes every key of the map that the Go RE2 `pattern`
 * does not match (unanchored search). A literal invalid pattern is a compile-time error.
 */
import { dynamicRegex } from './internal/text-dynamic.js';
import { defineFunction } from './signature.js';

export const keep_matching_keys = defineFunction({
  name: 'keep_matching_keys',
  kind: 'editor',
  description: 'Keeps only the map keys matching a regex.',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'pattern', kind: 'string', doc: 'a Go RE2 regex' },
  ],
  create({ target, pattern }) {
    const regex = dynamicRegex('keep_matching_keys', 'pattern', pattern);
    return (ctx) => {
      const re = regex(ctx);
      const m = target.get(ctx);
      for (const k of m.keys()) if (!re.test(k)) m.delete(k);
      target.set(ctx, m);
      return null;
    };
  },
});
