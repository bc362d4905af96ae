/**
 * `limit(target, limit, priority_keys[])`: trims the map, in place, to at most `limit` entries.
 *
 * Priority keys are always kept; the other kept entries are the first ones in map order (the
 * reference iterates in insertion order too). A negative limit, or fewer slots than priority keys,
 * is a compile-time error.
 */
import { ArgumentError, defineFunction } from './signature.js';

export const limit = defineFunction({
  name: 'limit',
  kind: 'editor',
  description: 'Reduces a map to at most limit entries, keeping the priority keys.',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'limit', kind: 'literalInt', doc: 'maximum number of entries (>= 0)' },
    { name: 'priority_keys', kind: 'literalStringList', doc: 'keys that are never dropped' },
  ],
  create({ target, limit: max, priority_keys }) {
    if (max < 0n) throw new ArgumentError('limit', `invalid limit for limit function, ${max} cannot be negative`);
    if (max < BigInt(priority_keys.length)) {
      throw new ArgumentError(
        'limit',
        `invalid limit for limit function, ${max} cannot be less than number of priority attributes ${priority_keys.length}`,
      );
    }
    const keep = new Set(priority_keys);
    const lim = Number(max);
    return (ctx) => {
      const m = target.get(ctx);
      if (m.size <= lim) return null;
      let count = 0;
      // Like the reference, a duplicated priority key counts twice.
      for (const k of priority_keys) if (m.has(k)) count++;
      for (const k of m.keys()) {
        if (keep.has(k)) continue;
        if (count < lim) count++;
        else m.delete(k);
      }
      target.set(ctx, m);
      return null;
    };
  },
});
