/** `Hex(target)`: the lower-case hex text of a value's bytes. */
import { bytesToHex } from '../core/values/ids.js';
import { defineFunction } from './signature.js';

/**
 * Returns the lower-case hex (no `0x`) of `target`'s bytes as the `bytesLike` coercion gives them:
 * bytes as is, a string's UTF-8 bytes, an int64 or float64 as 8 big-endian bytes (IEEE 754 for
 * floats), a bool as `01`/`00`. Nil is the hex of no bytes, `""` (the newest reference:
 * `hex.EncodeToString` of the nil slice the getter yields); maps, slices… are a run-time error.
 */
export const Hex = defineFunction({
  name: 'Hex',
  kind: 'converter',
  description: "Returns the hex text of a value's bytes",
  params: [{ name: 'target', kind: 'bytesLike' }] as const,
  create: ({ target }) => (ctx) => {
    const b = target(ctx);
    return b === null ? '' : bytesToHex(b);
  },
});
