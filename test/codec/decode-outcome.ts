/** A test helper: what decoding gives, with the decoder's fast path on or off. */
import { DecodeError, readDocuments } from '../../src/codec/otlpjson/decode.js';
import type { TelemetryDocument } from '../../src/core/model.js';

/** The documents, or the error message, that decoding `text` gives with the fast path on or off. */
export function decodeOutcome(text: string, fast: boolean): TelemetryDocument[] | string {
  try {
    return [...readDocuments(text, 'f.json', {}, fast)];
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return e.message;
  }
}
