/** `TrimSuffix(target, suffix)`: the string without one trailing `suffix`, if present (Go `strings.TrimSuffix`). A non-string (or nil) argument is a run-time error. */
import { defineFunction } from './signature.js';

export const TrimSuffix = defineFunction({
  name: 'TrimSuffix',
  kind: 'converter',
  description: 'Removes one trailing suffix from a string.',
  params: [
    { name: 'target', kind: 'string', doc: 'the text' },
    { name: 'suffix', kind: 'string', doc: 'the suffix' },
  ],
  create({ target, suffix }) {
    return (ctx) => {
      const s = target(ctx);
      const p = suffix(ctx);
      return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    };
  },
});
