/**
 * `Split(target, delimiter)`: Go `strings.Split`. An empty delimiter splits into characters (code
 * points); an empty target gives `[""]`, or `[]` when the delimiter is empty too.
 */
import { defineFunction } from './signature.js';

export const Split = defineFunction({
  name: 'Split',
  kind: 'converter',
  description: 'Splits a string into a list of strings on a delimiter.',
  params: [
    { name: 'target', kind: 'string', doc: 'the text to split' },
    { name: 'delimiter', kind: 'string', doc: 'the separator ("" splits into characters)' },
  ],
  create({ target, delimiter }) {
    return (ctx) => {
      const s = target(ctx);
      const d = delimiter(ctx);
      return d === '' ? Array.from(s) : s.split(d);
    };
  },
});
