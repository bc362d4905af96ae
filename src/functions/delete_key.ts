/** `delete_key(target, key)`: removes one key from a map; a missing key is not an error. */
import type { Value } from '../core/values/types.js';
import { defineFunction } from './signature.js';

/**
 * Removes `key` the way pdata's `Map.Remove` does: the last entry moves into the removed slot, so
 * `{a, b, c, d}` minus `b` is `{a, d, c}` (the order shows in OTLP output and in the reference's tests).
 */
function removeLikePdata(m: Map<string, Value>, key: string): void {
  if (!m.has(key)) return;
  // Only the entries after `key` move (the last one to the front of them): re-insert just those,
  // instead of copying and rebuilding the whole map on every record.
  const after: string[] = [];
  let found = false;
  for (const k of m.keys()) {
    if (found) after.push(k);
    else found = k === key;
  }
  m.delete(key);
  // Removing the last or the second-to-last entry leaves the order pdata gives.
  if (after.length <= 1) return;
  const values = after.map((k) => m.get(k) as Value);
  for (const k of after) m.delete(k);
  const last = after.length - 1;
  m.set(after[last], values[last]);
  for (let j = 0; j < last; j++) m.set(after[j], values[j]);
}

export const delete_key = defineFunction({
  name: 'delete_key',
  kind: 'editor',
  description: 'Removes a key from a map.',
  example: {
    statement: 'delete_key(log.attributes, "password")',
    attributes: { password: 'hunter2', user: 'alice' },
    result: 'log.attributes["password"]: "hunter2" → (absent)',
  },
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'key', kind: 'string', doc: 'the key to remove' },
  ],
  create({ target, key }) {
    return (ctx) => {
      const m = target.get(ctx);
      removeLikePdata(m, key(ctx));
      target.set(ctx, m);
      return null;
    };
  },
});
