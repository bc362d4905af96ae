/**
 * Laws of the OTLP/protobuf codec over generated documents:
 * - `json → model → protobuf → model → json` is the identity (on the canonical JSON text);
 * - `decode(encode(model))` deep-equals the model (bigint, -0, bytes, Map order) for model arbitraries;
 * - truncated or mutated bytes either decode or throw a DecodeError (never another exception).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeDocument } from '../../../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../../../src/codec/otlpjson/encode.js';
import { decodeProtobuf, decodeProtobufAnySignal } from '../../../src/codec/otlpproto/decode.js';
import { encodeProtobuf } from '../../../src/codec/otlpproto/encode.js';
import { telemetryDocumentArb } from '../../../src/testing/index.js';
import { otlpJsonDocumentArb, toJsonText } from '../../../src/testing/otlpjson.js';

/** Lone surrogates cannot travel in protobuf strings (UTF-8); the law holds for well-formed text. */
const wellFormed = (text: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

describe('OTLP/protobuf round trips', () => {
  it('json → model → protobuf → model → json is the identity', () => {
    fc.assert(
      fc.property(otlpJsonDocumentArb, (doc) => {
        const json = encodeDocument(decodeDocument(toJsonText(doc), 'gen.json'));
        fc.pre(wellFormed(json));
        const model = decodeDocument(json, 'gen.json');
        const back = decodeProtobuf(encodeProtobuf(model), model.signal, 'gen.pb');
        expect(encodeDocument(back)).toBe(json);
        expect(back).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it('decode(encode(model)) deep-equals the model, and the guessed signal reads the bytes losslessly', () => {
    fc.assert(
      fc.property(telemetryDocumentArb(), (model) => {
        fc.pre(wellFormed(encodeDocument(model)));
        const bytes = encodeProtobuf(model);
        expect(decodeProtobuf(bytes, model.signal)).toEqual(model);
        // Bytes can fit several signals (an empty span is also an empty log record): the guess is
        // then one that reads every byte, so it re-encodes to the same bytes.
        const guessed = decodeProtobufAnySignal(bytes);
        expect(encodeProtobuf(guessed)).toEqual(bytes);
      }),
      { numRuns: Number(process.env.OTLPPROTO_RUNS ?? 200) },
    );
  });

  it('truncated or mutated bytes only ever give a DecodeError', () => {
    fc.assert(
      fc.property(
        telemetryDocumentArb(),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        (model, cut, edits) => {
          const bytes = encodeProtobuf(model);
          const mutated = bytes.slice(0, bytes.length === 0 ? 0 : cut % (bytes.length + 1));
          for (const [at, b] of edits) if (mutated.length > 0) mutated[at % mutated.length] = b;
          for (const decode of [() => decodeProtobuf(mutated, model.signal, 'x.pb'), () => decodeProtobufAnySignal(mutated, 'x.pb')]) {
            try {
              decode();
            } catch (e) {
              expect(e).toBeInstanceOf(DecodeError);
              const err = e as DecodeError;
              expect(err.byteOffset).toBeGreaterThanOrEqual(0);
              expect(err.byteOffset).toBeLessThanOrEqual(mutated.length);
              expect(err.message).toMatch(/^x\.pb: byte \d+: /);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
