/** `XXH128(target)`: the 128-bit xxHash3 of a string, as 32 hex digits. */
import { defineStringHash } from './internal/hash-define.js';
import { xxh128Hex } from './internal/hash-xxh.js';

/** XXH3-128 (seed 0) of `target`'s UTF-8 bytes in canonical hex (`""` → `99aa06d3014798d86001c324468d497f`). */
export const XXH128 = defineStringHash('XXH128', '128-bit xxHash3 as hex', xxh128Hex);
