/**
 * Character-set decoders by name, exactly as the reference's `textutils.LookupEncoding`: a few
 * overrides (`utf-8`, `utf8`, `ascii`, `us-ascii`, `nop` and `""` pass bytes through as UTF-8;
 * `utf-16`/`utf16` are little-endian), then Go's IANA index (`charset-iana.ts`). A name the index does
 * not know is `unsupported encoding 'x'`; a name it knows without a decoder (`GB2312`, `UTF-32`…) is
 * `no charmap defined for encoding 'x'` — whatever Node could decode. Byte order marks are kept as
 * U+FEFF, as Go's decoders with `IgnoreBOM` do.
 */
import iconv from 'iconv-lite';

import { utf8Decode } from '../../core/values/utf8.js';
import { SUPPORTED, WITHOUT_DECODER, type IanaDecoderId } from './charset-iana.js';

export type CharsetDecoder = (bytes: Uint8Array) => string;

const utf8: CharsetDecoder = (b) => utf8Decode(b);

function viaIconv(name: string): CharsetDecoder {
  return (b) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), name, { stripBOM: false });
}

const utf16le = viaIconv('utf-16le');
const utf16be = viaIconv('utf-16be');

const OVERRIDES: ReadonlyMap<string, CharsetDecoder> = new Map([
  ['utf-16', utf16le],
  ['utf16', utf16le],
  ['utf-8', utf8],
  ['utf8', utf8],
  ['ascii', utf8],
  ['us-ascii', utf8],
  ['nop', utf8],
  ['', utf8],
]);

/** x/text's US-ASCII decoder: bytes above 0x7F become U+FFFD. */
const ascii: CharsetDecoder = (b) => {
  let out = '';
  for (let i = 0; i < b.length; i++) out += b[i]! > 0x7f ? '\uFFFD' : String.fromCharCode(b[i]!);
  return out;
};

/** `unicode.UTF16(BigEndian, UseBOM)`: a BOM picks the byte order and is dropped; big-endian without one. */
const utf16WithBom: CharsetDecoder = (b) => {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return utf16le(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return utf16be(b.subarray(2));
  return utf16be(b);
};

/**
 * Decoders x/text has and iconv-lite lacks (the EBCDIC code pages 037/1047/1140, ISO-2022-JP,
 * HZ-GB-2312): the name resolves as in the reference, decoding them is not implemented here.
 */
const NOT_IMPLEMENTED: ReadonlySet<IanaDecoderId> = new Set(['CodePage037', 'CodePage1047', 'CodePage1140', 'ISO2022JP', 'HZGB2312']);

function iconvName(id: IanaDecoderId): string {
  if (id.startsWith('CodePage')) return `cp${id.slice(8)}`;
  if (id.startsWith('Windows')) return `windows${id.slice(7)}`;
  if (id.startsWith('ISO8859_')) return `iso8859${id.slice(8).replace(/[EI]$/, '')}`;
  const names: Partial<Record<IanaDecoderId, string>> = {
    KOI8R: 'koi8r', KOI8U: 'koi8u', Macintosh: 'macroman', EUCJP: 'eucjp', ShiftJIS: 'shiftjis',
    EUCKR: 'euckr', GB18030: 'gb18030', GBK: 'gbk', Big5: 'big5',
  };
  return names[id] ?? id;
}

function decoderOf(id: IanaDecoderId, name: string): CharsetDecoder {
  switch (id) {
    case 'ascii':
      return ascii;
    case 'utf8':
      return utf8;
    case 'utf16bom':
      return utf16WithBom;
    case 'utf16be':
      return utf16be;
    case 'utf16le':
      return utf16le;
    default:
      if (NOT_IMPLEMENTED.has(id)) throw new Error(`decoding encoding '${name}' (${id}) is not implemented`);
      return viaIconv(iconvName(id));
  }
}

const cache = new Map<string, CharsetDecoder>();

/** The decoder for a charset name; throws with the reference's messages for names it cannot decode. */
export function lookupCharset(name: string): CharsetDecoder {
  const override = OVERRIDES.get(name.toLowerCase());
  if (override !== undefined) return override;
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  // ianaindex trims spaces and matches case-insensitively.
  const key = name.trim().toLowerCase();
  const id = SUPPORTED.get(key);
  if (id === undefined) {
    if (WITHOUT_DECODER.has(key)) throw new Error(`no charmap defined for encoding '${name}'`);
    throw new Error(`unsupported encoding '${name}'`);
  }
  const dec = decoderOf(id, name);
  if (cache.size < 128) cache.set(name, dec);
  return dec;
}
