/** `Murmur3Hash128(target)`: 128-bit MurmurHash3 of a string, as 32 hex digits. */
import { defineStringHash } from './internal/hash-define.js';
import { murmur3x64_128, putU64LE } from './internal/hash-murmur3.js';
import { toHex, utf8Bytes } from './internal/hash-util.js';

/**
 * MurmurHash3 x64_128 (seed 0) of `target`'s UTF-8 bytes: the first half then the second, each as
 * 8 **little-endian** bytes, in hex (`"Hello World"` → `dbc2a0c1ab26631a27b4c09fcf1fe683`).
 */
export const Murmur3Hash128 = defineStringHash('Murmur3Hash128', '128-bit MurmurHash3 as little-endian hex', (s) => {
  const [h1, h2] = murmur3x64_128(utf8Bytes(s));
  const out = new Uint8Array(16);
  putU64LE(out, 0, h1);
  putU64LE(out, 8, h2);
  return toHex(out);
});
