/** `Base64Encode(target, variant?)`: base64 text of a string's UTF-8 bytes. */
import { OttlRuntimeError } from '../core/errors.js';
import { utf8Encode } from '../core/values/utf8.js';
import { BASE64_VARIANTS, base64Encode } from './internal/conv-base64.js';
import { defineFunction } from './signature.js';

/**
 * Encodes `target`'s UTF-8 bytes as base64. `variant` is `base64` (default, padded), `base64-raw`
 * (no padding), `base64-url` or `base64-raw-url`; any other variant is a run-time error
 * (`unsupported base64 variant: x`). Nil or a non-string target is a run-time error.
 */
export const Base64Encode = defineFunction({
  name: 'Base64Encode',
  kind: 'converter',
  description: 'Encodes a string as base64 (variants base64, base64-raw, base64-url, base64-raw-url)',
  params: [
    { name: 'target', kind: 'string' },
    { name: 'variant', kind: 'string', optional: true },
  ] as const,
  create: ({ target, variant }) => (ctx) => {
    const bytes = utf8Encode(target(ctx));
    let name = 'base64';
    if (variant !== undefined) {
      try {
        name = variant(ctx);
      } catch (e) {
        throw new OttlRuntimeError(`failed to get base64 variant: ${(e as Error).message}`);
      }
    }
    const v = BASE64_VARIANTS.get(name);
    if (v === undefined) throw new OttlRuntimeError(`unsupported base64 variant: ${name}`);
    return base64Encode(bytes, v);
  },
});
