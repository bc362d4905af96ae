/** `delete_key(target, key)`: removes one key from a map; a missing key is not an error. */
import type { Value } from '../core/values/types.js';
import { defineFunction } from './signature.js';

/**
 * Removes `key` the way pdata's `Map.Remove` does: the last entry moves into the removed slot, so
 * `{a, b, c, d}` minus `b` is `{a, d, c}` (the order shows in OTLP output and in the reference's tests).
 */
function removeLikePdata(m: Map<string, Value>, key: string): void {
  if (!m.has(key)) return;
  const entries = [...m];
  const i = entries.findIndex(([k]) => k === key);
  const last = entries.pop()!;
  if (i < entries.length) entries[i] = last;
  m.clear();
  for (const [k, v] of entries) m.set(k, v);
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
