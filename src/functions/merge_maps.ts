/**
 * `merge_maps(target, source, strategy)`: copies `source` entries into `target` (in place):
 * `insert` adds only new keys, `update` changes only existing keys, `upsert` does both. Values are
 * deep-copied. Another strategy is a compile-time error; a non-map (or nil) source is a run-time
 * error.
 */
import { deepCopy } from '../core/values/convert.js';
import { ArgumentError, defineFunction } from './signature.js';

export const merge_maps = defineFunction({
  name: 'merge_maps',
  kind: 'editor',
  description: 'Merges a source map into a target map (insert, update or upsert).',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'the map to change' },
    { name: 'source', kind: 'map', doc: 'the map to copy from' },
    { name: 'strategy', kind: 'literalString', doc: 'insert, update or upsert' },
  ],
  create({ target, source, strategy }) {
    if (strategy !== 'insert' && strategy !== 'update' && strategy !== 'upsert') {
      throw new ArgumentError('strategy', `invalid value for strategy, ${strategy}, must be 'insert', 'update' or 'upsert'`);
    }
    return (ctx) => {
      const t = target.get(ctx);
      const s = source(ctx);
      for (const [k, v] of s) {
        const exists = t.has(k);
        if ((strategy === 'insert' && exists) || (strategy === 'update' && !exists)) continue;
        t.set(k, deepCopy(v));
      }
      target.set(ctx, t);
      return null;
    };
  },
});
