/**
 * xxHash3 hashers from `hash-wasm`. Creating them is asynchronous (WebAssembly instantiation), so it
 * is done once when this module loads; afterwards hashing is synchronous.
 */
import { createXXHash128, createXXHash3 } from 'hash-wasm';

const xxh3 = await createXXHash3();
const xxh128 = await createXXHash128();

/** XXH3-64 of `s`'s UTF-8 bytes, in the canonical (big-endian) hex form the reference prints. */
export function xxh3Hex(s: string): string {
  xxh3.init();
  xxh3.update(s);
  return xxh3.digest('hex');
}

/** XXH3-128 of `s`'s UTF-8 bytes, canonical hex (high half first). */
export function xxh128Hex(s: string): string {
  xxh128.init();
  xxh128.update(s);
  return xxh128.digest('hex');
}
