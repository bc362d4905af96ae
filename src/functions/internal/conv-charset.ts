/**
 * Character-set decoders by name, as the reference's `textutils.LookupEncoding`: a few overrides
 * (`utf-8`, `utf8`, `ascii`, `us-ascii` and `""` are UTF-8; `utf-16`/`utf16` are little-endian;
 * `nop` passes bytes through), then IANA names and aliases (through iconv-lite). A byte order mark
 * is kept as U+FEFF, as Go's decoders ignore BOMs.
 */
import iconv from 'iconv-lite';

import { utf8Decode } from '../../core/values/utf8.js';

export type CharsetDecoder = (bytes: Uint8Array) => string;

const utf8: CharsetDecoder = (b) => utf8Decode(b);

const OVERRIDES: ReadonlyMap<string, CharsetDecoder> = new Map([
  ['utf-16', (b: Uint8Array) => iconv.decode(Buffer.from(b), 'utf-16le', { stripBOM: false })],
  ['utf16', (b: Uint8Array) => iconv.decode(Buffer.from(b), 'utf-16le', { stripBOM: false })],
  ['utf-8', utf8],
  ['utf8', utf8],
  ['ascii', utf8],
  ['us-ascii', utf8],
  ['nop', utf8],
  ['', utf8],
]);

const cache = new Map<string, CharsetDecoder>();

/** The decoder for a charset name; throws `unsupported encoding 'x'` for unknown names. */
export function lookupCharset(name: string): CharsetDecoder {
  const override = OVERRIDES.get(name.toLowerCase());
  if (override !== undefined) return override;
  let dec = cache.get(name);
  if (dec !== undefined) return dec;
  if (!iconv.encodingExists(name)) throw new Error(`unsupported encoding '${name}'`);
  dec = (b) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), name, { stripBOM: false });
  if (cache.size < 128) cache.set(name, dec);
  return dec;
}
