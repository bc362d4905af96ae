/** `Decode(target, encoding)`: decodes base64 or a character set to a string. */
import { OttlRuntimeError } from '../core/errors.js';
import { goTypeName } from '../core/values/go-text.js';
import type { Value } from '../core/values/types.js';
import { utf8Decode, utf8Encode } from '../core/values/utf8.js';
import { BASE64_VARIANTS, base64Decode } from './internal/conv-base64.js';
import { lookupCharset } from './internal/conv-charset.js';
import { ArgumentError, defineFunction, getLiteralValue } from './signature.js';

type BytesDecoder = (bytes: Uint8Array) => string;

/** ASCII whitespace trimmed before base64 decoding (Go `bytes.TrimSpace` on the common cases). */
function trimSpace(b: Uint8Array): Uint8Array {
  const ws = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
  let s = 0;
  let e = b.length;
  while (s < e && ws(b[s]!)) s++;
  while (e > s && ws(b[e - 1]!)) e--;
  return b.subarray(s, e);
}

function decoderFor(encoding: string): BytesDecoder {
  const variant = BASE64_VARIANTS.get(encoding);
  if (variant !== undefined) {
    return (b) => {
      try {
        return utf8Decode(base64Decode(trimSpace(b), variant));
      } catch (e) {
        throw new OttlRuntimeError(`could not decode: ${(e as Error).message}`);
      }
    };
  }
  let charset: (b: Uint8Array) => string;
  try {
    charset = lookupCharset(encoding);
  } catch (e) {
    throw new OttlRuntimeError((e as Error).message);
  }
  return charset;
}

/**
 * Decodes `target` (bytes, or a string's UTF-8 bytes) with `encoding`: one of the base64 variants
 * `base64`, `base64-raw`, `base64-url`, `base64-raw-url` (surrounding whitespace ignored), or an IANA
 * character set name (`UTF-16`, `ISO-8859-1`, `windows-1252`, `Shift_JIS`…). A literal unknown
 * encoding is a compile-time error, as in the reference (which resolves a literal encoding in its
 * factory); a dynamic one is checked per record. Nil or another target type, or invalid base64, is
 * a run-time error.
 */
export const Decode = defineFunction({
  name: 'Decode',
  kind: 'converter',
  description: 'Decodes base64 or a character set to a string',
  params: [
    { name: 'target', kind: 'any' },
    { name: 'encoding', kind: 'string' },
  ] as const,
  create: ({ target, encoding }) => {
    const literal = getLiteralValue(encoding);
    if (literal !== undefined) {
      let fixed: BytesDecoder;
      try {
        fixed = decoderFor(literal.value);
      } catch (e) {
        throw new ArgumentError('encoding', (e as Error).message);
      }
      return (ctx) => decodeValue(target(ctx), fixed);
    }
    let lastName: string | undefined;
    let last: BytesDecoder | undefined;
    return (ctx) => {
      const v = target(ctx);
      const name = encoding(ctx);
      if (name !== lastName || last === undefined) {
        last = decoderFor(name);
        lastName = name;
      }
      return decodeValue(v, last);
    };
  },
});

function decodeValue(v: Value, decode: BytesDecoder): string {
  if (v instanceof Uint8Array) return decode(v);
  if (typeof v === 'string') return decode(utf8Encode(v));
  throw new OttlRuntimeError(`unsupported type provided to Decode function: ${v === null ? '<nil>' : goTypeName(v)}`);
}
