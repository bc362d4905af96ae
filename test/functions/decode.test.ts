import { describe, expect, it } from 'vitest';

import { Decode } from '../../src/functions/decode.js';
import { run } from './conv-support.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]));

describe('Decode', () => {
  const cases: [string, unknown[], string][] = [
    ['base64 string', ['dGVzdCBzdHJpbmc=', 'base64'], 'test string'],
    ['base64 bytes', [new TextEncoder().encode('dGVzdAo='), 'base64'], 'test\n'],
    ['base64 surrounding whitespace', ['  dGVzdA==\n', 'base64'], 'test'],
    ['base64-raw', ['dGVzdCBzdHJpbmc', 'base64-raw'], 'test string'],
    ['base64-url', ['Z28_dXJsPWh0dHA6Ly90ZXN0', 'base64-url'], 'go?url=http://test'],
    ['base64-raw-url', ['Z28_dXJsPWh0dHA6Ly90', 'base64-raw-url'], 'go?url=http://t'],
    ['UTF-16 bytes', [utf16le('test string'), 'UTF-16'], 'test string'],
    ['utf16 alias', [utf16le('hé'), 'utf16'], 'hé'],
    ['UTF-16BE', [Uint8Array.of(0, 0x68, 0, 0xe9), 'UTF-16BE'], 'hé'],
    ['ISO-8859-1', [Uint8Array.of(0x63, 0x61, 0x66, 0xe9), 'ISO-8859-1'], 'café'],
    ['windows-1252', [Uint8Array.of(0x80), 'windows-1252'], '€'],
    ['Shift_JIS', [Uint8Array.of(0x82, 0xa0), 'Shift_JIS'], 'あ'],
    ['utf-8 string', ['héllo', 'utf-8'], 'héllo'],
    ['invalid UTF-8 replaced', [Uint8Array.of(0x61, 0xff), 'utf-8'], 'a\ufffd'],
    ['Latin-1 of a UTF-8 string', ['é', 'ISO-8859-1'], 'Ã©'],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(Decode, args)).toBe(want);
  });
  const errors: [string, unknown[], string][] = [
    ['unknown encoding', ['x', 'no-such-charset'], "unsupported encoding 'no-such-charset'"],
    ['invalid base64', ['!!!', 'base64'], 'could not decode: illegal base64 data at input byte 0'],
    ['int target', [1n, 'base64'], 'unsupported type provided to Decode function: int64'],
    ['nil target', [null, 'base64'], 'unsupported type provided to Decode function: <nil>'],
    ['non-string encoding', ['x', 1n], 'expected string but got int64'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(Decode, args)).toThrow(message);
  });
});

describe('Decode through the compiler', () => {
  it('a literal unknown encoding is a compile error (resolved in the factory, as the reference does)', () => {
    expect(compileErrorOf('set(log.attributes["r"], Decode(log.attributes["x"], "no-such-charset"))')).toContain("unsupported encoding 'no-such-charset'");
  });

  it('a dynamic encoding is resolved per record', () => {
    const attrs = runOnLog('set(log.attributes["r"], Decode(log.attributes["x"], log.attributes["enc"]))', {
      attributes: { x: 'aGk=', enc: 'base64' },
    });
    expect(attrs.get('r')).toBe('hi');
    expect(() => runOnLog('set(log.attributes["r"], Decode("x", log.attributes["enc"]))', { attributes: { enc: 'nope' } })).toThrow(
      "unsupported encoding 'nope'",
    );
  });

  it('the target is a plain Getter: an int is an unsupported type, not coerced', () => {
    expect(() => runOnLog('set(log.attributes["r"], Decode(log.attributes["n"], "base64"))', { attributes: { n: 1n } })).toThrow(
      'unsupported type provided to Decode function: int64',
    );
  });
});
