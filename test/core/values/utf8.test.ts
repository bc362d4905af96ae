import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareUtf8,
  isAscii,
  sliceUtf8Bytes,
  utf16IndexOfByteOffset,
  utf8ByteLength,
  utf8Encode,
} from '../../../src/core/values/utf8.js';

describe('UTF-8 byte helpers', () => {
  const lengths: Array<[string, number]> = [
    ['', 0],
    ['hello', 5],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['a😀b', 6],
    ['\ud800', 3],
  ];
  it.each(lengths)('len(%j) is %d', (s, n) => {
    expect(utf8ByteLength(s)).toBe(n);
  });

  it('length agrees with TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8ByteLength(s)).toBe(utf8Encode(s).length);
      }),
    );
  });

  it('slices by byte offsets like Go s[a:b]', () => {
    expect(sliceUtf8Bytes('héllo', 0, 3)).toBe('hé');
    expect(sliceUtf8Bytes('héllo', 3)).toBe('llo');
    expect(sliceUtf8Bytes('hello', 1, 3)).toBe('el');
    expect(sliceUtf8Bytes('héllo', 0, 2)).toBe('h\ufffd');
    expect(sliceUtf8Bytes('abc', 2, 99)).toBe('c');
  });

  it('maps byte offsets back to string indexes', () => {
    expect(utf16IndexOfByteOffset('a😀b', 0)).toBe(0);
    expect(utf16IndexOfByteOffset('a😀b', 1)).toBe(1);
    expect(utf16IndexOfByteOffset('a😀b', 5)).toBe(3);
    expect(utf16IndexOfByteOffset('a😀b', 6)).toBe(4);
    expect(utf16IndexOfByteOffset('a😀b', 2)).toBe(-1);
    expect(isAscii('abc')).toBe(true);
    expect(isAscii('abé')).toBe(false);
  });

  it('orders strings like their UTF-8 bytes', () => {
    expect(compareUtf8('\uffff', '😀')).toBe(-1);
    expect(compareUtf8('b', 'a')).toBe(1);
    expect(compareUtf8('ab', 'abc')).toBe(-1);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(compareUtf8(a, b)).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
    );
  });
});
