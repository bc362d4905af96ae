/** `XXH3(target)`: the 64-bit xxHash3 of a string, as 16 hex digits. */
import { defineStringHash } from './internal/hash-define.js';
import { xxh3Hex } from './internal/hash-xxh.js';

/** XXH3-64 (seed 0) of `target`'s UTF-8 bytes in canonical big-endian hex (`""` → `2d06800538d394c2`). */
export const XXH3 = defineStringHash('XXH3', '64-bit xxHash3 as hex', xxh3Hex);
