/** Byte and hex helpers shared by the hash converters. */

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The UTF-8 bytes of a string (Go's `[]byte(s)`; lone surrogates become U+FFFD). */
export function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Lower-case hex of bytes, as Go's `hex.EncodeToString`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]];
  return out;
}
