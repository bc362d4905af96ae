/** `MD5(target)`: the MD5 digest of a string, as lower-case hex. */
import { createHash } from 'node:crypto';

import { defineStringHash } from './internal/hash-define.js';

/**
 * Returns the MD5 digest of `target`'s UTF-8 bytes as lower-case hex. Nil or a non-string target is a
 * run-time error (strict string argument).
 */
export const MD5 = defineStringHash('MD5', 'MD5 digest of a string as lower-case hex', (s) =>
  createHash('md5').update(s, 'utf8').digest('hex'),
);
