/** `Murmur3Hash(target)`: 32-bit MurmurHash3 of a string, as 8 hex digits. */
import { defineStringHash } from './internal/hash-define.js';
import { murmur3x86_32 } from './internal/hash-murmur3.js';
import { toHex, utf8Bytes } from './internal/hash-util.js';

/**
 * MurmurHash3 x86_32 (seed 0) of `target`'s UTF-8 bytes, rendered as the hex of the hash's four
 * **little-endian** bytes, as the reference does (`"Hello World"` → `ce837619`; `""` → `00000000`).
 */
export const Murmur3Hash = defineStringHash('Murmur3Hash', '32-bit MurmurHash3 as little-endian hex', (s) => {
  const h = murmur3x86_32(utf8Bytes(s));
  return toHex(new Uint8Array([h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff, h >>> 24]));
});
