/** `HasPrefix(target, prefix)`: whether the string starts with the prefix (Go `strings.HasPrefix`). A non-string (or nil) argument is a run-time error. */
import { defineFunction } from './signature.js';

export const HasPrefix = defineFunction({
  name: 'HasPrefix',
  kind: 'converter',
  description: 'Whether a string starts with a prefix.',
  params: [
    { name: 'target', kind: 'string', doc: 'the text' },
    { name: 'prefix', kind: 'string', doc: 'the prefix' },
  ],
  create({ target, prefix }) {
    return (ctx) => {
      const s = target(ctx);
      const p = prefix(ctx);
      return s.startsWith(p);
    };
  },
});
