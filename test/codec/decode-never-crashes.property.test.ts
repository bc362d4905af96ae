/**
 * Property: whatever the input — arbitrary text, or a valid document with one character changed,
 * inserted or removed — decoding returns documents or throws a DecodeError naming the file; never
 * anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocuments, DecodeError } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../../src/codec/otlpjson/encode.js';
import { telemetryDocumentArb } from '../../src/testing/index.js';

function decodesOrExplains(text: string): void {
  try {
    decodeDocuments(text, 'in.json');
  } catch (e) {
    expect(e, text).toBeInstanceOf(DecodeError);
    expect((e as Error).message.startsWith('in.json:'), (e as Error).message).toBe(true);
  }
}

describe('decoding never crashes', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), decodesOrExplains), { numRuns: 500 });
  });

  it('on valid documents with one character changed, inserted or removed', () => {
    const mutation = fc.tuple(fc.nat(), fc.constantFrom('change', 'insert', 'remove'), fc.constantFrom(...'{}[]",:0-9eE.aZ\\ '));
    fc.assert(
      fc.property(telemetryDocumentArb(), mutation, (doc, [at, how, ch]) => {
        const text = encodeDocument(doc);
        const i = at % (text.length + 1);
        const mutated =
          how === 'insert' ? text.slice(0, i) + ch + text.slice(i) : text.slice(0, i) + (how === 'change' ? ch : '') + text.slice(i + 1);
        decodesOrExplains(mutated);
      }),
      { numRuns: 300 },
    );
  });
});
