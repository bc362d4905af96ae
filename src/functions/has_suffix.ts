/** `HasSuffix(target, suffix)`: whether the string ends with the suffix (Go `strings.HasSuffix`). A non-string (or nil) argument is a run-time error. */
import { defineFunction } from './signature.js';

export const HasSuffix = defineFunction({
  name: 'HasSuffix',
  kind: 'converter',
  description: 'Whether a string ends with a suffix.',
  params: [
    { name: 'target', kind: 'string', doc: 'the text' },
    { name: 'suffix', kind: 'string', doc: 'the suffix' },
  ],
  create({ target, suffix }) {
    return (ctx) => {
      const s = target(ctx);
      const p = suffix(ctx);
      return s.endsWith(p);
    };
  },
});
