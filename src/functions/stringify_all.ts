/**
 * `stringify_all(target)`: converts, in place, every non-string value of the map to its text:
 * ints and doubles as numbers, bools as `true`/`false`, bytes as base64, maps and slices as JSON
 * (sorted keys), empty values as `""`.
 */
import { valueAsString } from '../core/values/format.js';
import { defineFunction } from './signature.js';

export const stringify_all = defineFunction({
  name: 'stringify_all',
  kind: 'editor',
  description: 'Converts every non-string value of a map to a string.',
  params: [{ name: 'target', kind: 'mapPath', doc: 'a map path' }],
  create({ target }) {
    return (ctx) => {
      const m = target.get(ctx);
      for (const [k, v] of m) if (typeof v !== 'string') m.set(k, valueAsString(v));
      target.set(ctx, m);
      return null;
    };
  },
});
