/**
 * `Decode`'s encoding names follow the reference's table exactly (textutils.LookupEncoding over Go's
 * x/text IANA index): a name the index has no decoder for is an error even where Node could decode it.
 */
import { describe, expect, it } from 'vitest';
import { Decode } from '../../src/functions/decode.js';
import { SUPPORTED, WITHOUT_DECODER } from '../../src/functions/internal/charset-iana.js';
import { lookupCharset } from '../../src/functions/internal/conv-charset.js';
import { run } from './conv-support.js';

describe('Decode encoding names (textutils.LookupEncoding + ianaindex.IANA)', () => {
  it.each([
    // Issue 11: GB2312 is an IANA name x/text has no decoder for (iconv-lite would decode it).
    ['GB2312', "no charmap defined for encoding 'GB2312'"],
    ['csGB2312', "no charmap defined for encoding 'csGB2312'"],
    ['UTF-32', "no charmap defined for encoding 'UTF-32'"],
    ['TIS-620', "no charmap defined for encoding 'TIS-620'"],
    // Not an IANA alias of windows-1252 (Node knows it).
    ['CP1252', "unsupported encoding 'CP1252'"],
    ['cp1125', "unsupported encoding 'cp1125'"],
    ['not-an-encoding', "unsupported encoding 'not-an-encoding'"],
  ])('%s is refused: %s', (name, message) => {
    expect(() => run(Decode, [Uint8Array.of(0x61), name])).toThrow(message);
  });

  it.each([
    // IANA aliases resolve, case-insensitively and trimmed, as ianaindex does.
    ['latin1', Uint8Array.of(0xe9), 'é'],
    [' ISO-8859-1 ', Uint8Array.of(0xe9), 'é'],
    ['windows-1252', Uint8Array.of(0x80), '€'],
    ['ISO-8859-8-I', Uint8Array.of(0xe0), 'א'],
    ['GBK', Uint8Array.of(0xc4, 0xe3), '你'],
    ['csShiftJIS', Uint8Array.of(0x82, 0xa0), 'あ'],
    ['IBM866', Uint8Array.of(0x80), 'А'],
    // US-ASCII aliases other than the overrides use x/text's ASCII decoder: high bytes become U+FFFD.
    ['ANSI_X3.4-1968', Uint8Array.of(0x61, 0xe9), 'a\uFFFD'],
    // The overrides: "us-ascii" passes bytes through as UTF-8.
    ['us-ascii', Uint8Array.of(0xc3, 0xa9), 'é'],
    // csUTF16 is UTF-16 with a BOM choosing the order (big-endian without one); UTF-16 itself is the
    // little-endian override.
    ['csUTF16', Uint8Array.of(0xff, 0xfe, 0x68, 0x00), 'h'],
    ['csUTF16', Uint8Array.of(0x00, 0x68), 'h'],
    ['UTF-16', Uint8Array.of(0x68, 0x00), 'h'],
  ])('%s decodes', (name, bytes, want) => {
    expect(run(Decode, [bytes, name])).toBe(want);
  });

  it('has a working decoder for every name the index supports (except the pinned ones)', () => {
    const pinned = new Set(['ebcdic-cp-us', 'ibm037', 'cp037']);
    for (const name of SUPPORTED.keys()) {
      let decode;
      try {
        decode = lookupCharset(name);
      } catch (e) {
        // Pinned: EBCDIC 037/1047/1140, ISO-2022-JP and HZ-GB-2312 resolve as in the reference but
        // have no decoder in iconv-lite; they fail with a message saying so.
        expect((e as Error).message, name).toMatch(/is not implemented$/);
        pinned.add(name);
        continue;
      }
      expect(typeof decode(Uint8Array.of(0x41)), name).toBe('string');
    }
    expect(pinned.size).toBeLessThan(20);
  });

  it('knows the IANA names without a decoder', () => {
    expect(WITHOUT_DECODER.has('gb2312')).toBe(true);
    expect(SUPPORTED.has('gb2312')).toBe(false);
    expect(SUPPORTED.get('windows-1252')).toBe('Windows1252');
  });
});
