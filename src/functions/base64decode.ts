/** `Base64Decode(target)` (deprecated, use `Decode(target, "base64")`): decodes standard base64. */
import { OttlRuntimeError } from '../core/errors.js';
import { utf8Decode, utf8Encode } from '../core/values/utf8.js';
import { BASE64_VARIANTS, base64Decode } from './internal/conv-base64.js';
import { defineFunction } from './signature.js';

const STD = BASE64_VARIANTS.get('base64')!;

/**
 * Decodes `target` as standard, padded base64 and returns the bytes as a (UTF-8) string. Invalid
 * base64, nil or a non-string target is a run-time error.
 */
export const Base64Decode = defineFunction({
  name: 'Base64Decode',
  kind: 'converter',
  description: 'Decodes standard base64 to a string (deprecated: use Decode)',
  // Removed upstream (v0.161, #50875) and outside the 1.0 surface; kept so old configs still run.
  tier: 'deprecated',
  params: [{ name: 'target', kind: 'string' }] as const,
  create: ({ target }) => (ctx) => {
    try {
      return utf8Decode(base64Decode(utf8Encode(target(ctx)), STD));
    } catch (e) {
      if (e instanceof OttlRuntimeError) throw e;
      throw new OttlRuntimeError((e as Error).message);
    }
  },
});
