/** Literal decoding with the reference's Go rules (strconv.Unquote, ParseInt, hex.DecodeString). */
import { describe, expect, it } from 'vitest';
import { decodeBytes, parseFloat64, parseInt64, unquoteString } from '../../src/lexer/literals.js';

describe('unquoteString', () => {
  it.each([
    ['"abc"', 'abc'],
    ['""', ''],
    ['"\\a\\b\\f\\n\\r\\t\\v\\\\\\""', '\x07\b\f\n\r\t\v\\"'],
    ['"\\x41\\x42"', 'AB'],
    ['"\\101\\102"', 'AB'],
    ['"\\u00e9"', 'é'],
    ['"\\U0001F600"', '😀'],
    ['"\\xc3\\xa9"', 'é'], // raw bytes forming UTF-8
    ['"\\xff"', '\uFFFD'], // invalid UTF-8 becomes U+FFFD
    ['"héllo"', 'héllo'],
    ['"a/b"', 'a/b'],
  ])('%s', (image, value) => {
    expect(unquoteString(image)).toEqual({ ok: true, value });
  });

  it.each([
    ['"\\d"', '\\d'],
    ["\"\\'\"", "\\'"],
    ['"\\x4"', '\\x4'],
    ['"\\xZZ"', '\\xZZ'],
    ['"\\400"', '\\400'],
    ['"\\12"', '\\12'],
    ['"\\uD800"', '\\uD800'],
    ['"\\U00110000"', '\\U00110000'],
    ['"\\u12"', '\\u12'],
  ])('rejects %s', (image, seq) => {
    expect(unquoteString(image)).toEqual({ ok: false, message: `invalid escape sequence ${seq} in string literal` });
  });

  it('rejects a raw newline', () => {
    expect(unquoteString('"a\nb"').ok).toBe(false);
  });
});

describe('parseInt64', () => {
  it.each([
    ['0', 0n],
    ['42', 42n],
    ['9223372036854775807', 9223372036854775807n],
  ])('%s', (image, value) => {
    expect(parseInt64(image)).toEqual({ ok: true, value });
  });

  it('rejects overflow', () => {
    expect(parseInt64('9223372036854775808').ok).toBe(false);
  });
});

describe('parseFloat64', () => {
  it.each([
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1.', 1],
    ['1.e2', 100],
    ['2.0e-3', 0.002],
  ])('%s', (image, value) => {
    expect(parseFloat64(image)).toEqual({ ok: true, value });
  });

  it('rejects out-of-range floats', () => {
    expect(parseFloat64('1.0e400').ok).toBe(false);
  });
});

describe('decodeBytes', () => {
  it('decodes hex pairs', () => {
    expect(decodeBytes('0x01Ff')).toEqual({ ok: true, value: Uint8Array.from([1, 255]) });
  });

  it('rejects an odd digit count', () => {
    expect(decodeBytes('0x123').ok).toBe(false);
  });
});
