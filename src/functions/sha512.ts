/** `SHA512(target)`: the SHA-512 digest of a string, as lower-case hex. */
import { createHash } from 'node:crypto';

import { defineStringHash } from './internal/hash-define.js';

/**
 * Returns the SHA-512 digest of `target`'s UTF-8 bytes as lower-case hex. Nil or a non-string target is a
 * run-time error (strict string argument).
 */
export const SHA512 = defineStringHash('SHA512', 'SHA-512 digest of a string as lower-case hex', (s) =>
  createHash('sha512').update(s, 'utf8').digest('hex'),
);
