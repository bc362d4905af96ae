import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes, hexToId, idToHex, isZeroId } from '../../../src/core/values/ids.js';
import { ProfileID, SpanID, TraceID } from '../../../src/core/values/types.js';

describe('ids', () => {
  it('renders hex lowercase, and the empty id as ""', () => {
    const id = new TraceID(Uint8Array.from({ length: 16 }, (_, i) => i * 17));
    expect(idToHex(id)).toBe('00112233445566778899aabbccddeeff');
    expect(idToHex(new SpanID(new Uint8Array(8)))).toBe('');
    expect(isZeroId(new SpanID(new Uint8Array(8)))).toBe(true);
    expect(isZeroId(new SpanID(Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 1)))).toBe(false);
  });

  // ctxutil ParseTraceID / ParseSpanID and encoding/hex errors.
  const cases: Array<[string, 'TraceID' | 'SpanID' | 'ProfileID', string, string | Uint8Array]> = [
    ['valid trace id', 'TraceID', '0123456789ABCDEF0123456789abcdef', Uint8Array.from([1, 35, 69, 103, 137, 171, 205, 239, 1, 35, 69, 103, 137, 171, 205, 239])],
    ['valid span id', 'SpanID', '0102030405060708', Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)],
    ['short trace id', 'TraceID', 'abcd', 'trace ids must be 32 hex characters'],
    ['long span id', 'SpanID', '010203040506070809', 'span ids must be 16 hex characters'],
    ['span id of 17 chars passes the length check', 'SpanID', '0102030405060708a', 'encoding/hex: odd length hex string'],
    ['bad digit', 'SpanID', '010203040506070g', "encoding/hex: invalid byte: U+0067 'g'"],
    ['bad digit in an odd tail', 'SpanID', '0102030405060708z', "encoding/hex: invalid byte: U+007A 'z'"],
    ['profile id', 'ProfileID', '1', 'profile ids must be 32 hex characters'],
  ];
  it.each(cases)('%s', (_name, kind, text, expected) => {
    if (typeof expected === 'string') {
      expect(() => hexToId(kind, text)).toThrow(expected);
    } else {
      const id = hexToId(kind, text);
      expect(id.bytes).toEqual(expected);
      expect(id).toBeInstanceOf(kind === 'TraceID' ? TraceID : kind === 'SpanID' ? SpanID : ProfileID);
    }
  });

  it('hex round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array(), (b) => {
        expect(hexToBytes(bytesToHex(b))).toEqual(b);
        expect(bytesToHex(b)).toBe(Buffer.from(b).toString('hex'));
      }),
    );
  });
});
