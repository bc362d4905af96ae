/** `TrimPrefix(target, prefix)`: the string without one leading `prefix`, if present (Go `strings.TrimPrefix`). A non-string (or nil) argument is a run-time error. */
import { defineFunction } from './signature.js';

export const TrimPrefix = defineFunction({
  name: 'TrimPrefix',
  kind: 'converter',
  description: 'Removes one leading prefix from a string.',
  params: [
    { name: 'target', kind: 'string', doc: 'the text' },
    { name: 'prefix', kind: 'string', doc: 'the prefix' },
  ],
  create({ target, prefix }) {
    return (ctx) => {
      const s = target(ctx);
      const p = prefix(ctx);
      return p !== '' && s.startsWith(p) ? s.slice(p.length) : s;
    };
  },
});
