/**
 * OTLP/JSON → model. Input is one document, or several documents separated by whitespace
 * (newline-delimited JSON, as the collector's file exporter writes). Each document is an object
 * holding exactly one of `resourceLogs`, `resourceSpans`, `resourceMetrics` (or nothing: `{}` is an
 * empty document). Decoding follows the protobuf JSON mapping (see `scalars.ts`) and keeps every
 * value exact; unknown fields are ignored.
 */
import type { TelemetryDocument } from '../../core/model.js';
import { readResourceLogsList } from './decode-logs.js';
import { readResourceMetricsList } from './decode-metrics.js';
import { readResourceSpansList } from './decode-traces.js';
import { DecodeError, ValueError, inField, toDecodeError } from './errors.js';
import { JsonReader } from './json-reader.js';

export { DecodeError } from './errors.js';

/**
 * Decodes every document in `text`.
 *
 * An empty `{}` document decodes as logs with no `resourceLogs` (it encodes back to `{}`); blank
 * input yields no documents. A leading byte-order mark is ignored.
 *
 * @param fileName used in error messages (`-` for stdin).
 * @throws DecodeError on invalid JSON (with line and column) or on a value that does not fit its
 *   OTLP field (with the line and the JSON path, e.g. `resourceLogs[0].scopeLogs[1].logRecords[3].timeUnixNano`).
 */
export function decodeDocuments(text: string, fileName: string): TelemetryDocument[] {
  return [...iterateDocuments(text, fileName)];
}

/**
 * Decodes the documents in `text` one at a time, so a caller can process and drop each before the
 * next is built (memory stays at one document for newline-delimited input). Same rules and errors
 * as {@link decodeDocuments}; an error is thrown when the bad document is reached.
 */
export function* iterateDocuments(text: string, fileName: string): Generator<TelemetryDocument, void, undefined> {
  const r = new JsonReader(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  for (;;) {
    let doc: TelemetryDocument;
    try {
      if (Number.isNaN(r.peek())) return;
      doc = readDocument(r);
    } catch (e) {
      if (e instanceof ValueError) throw toDecodeError(e, text, fileName);
      throw e;
    }
    yield doc;
  }
}

/**
 * Decodes text holding exactly one document.
 * @throws DecodeError as {@link decodeDocuments}, and when the text holds zero or several documents.
 */
export function decodeDocument(text: string, fileName: string): TelemetryDocument {
  const docs = decodeDocuments(text, fileName);
  if (docs.length !== 1) {
    throw new DecodeError(fileName, 1, undefined, '', `expected one document, got ${docs.length}`);
  }
  return docs[0];
}

function readDocument(r: JsonReader): TelemetryDocument {
  let doc: TelemetryDocument | null = null;
  let signalKey = '';
  for (let key = r.firstKey('an object (an OTLP document)'); key !== null; key = r.nextKey()) {
    try {
      let next: TelemetryDocument | null = null;
      const at = r.pos;
      switch (key) {
        case 'resourceLogs':
        case 'resource_logs':
          next = { signal: 'logs', data: readResourceLogsList(r) };
          break;
        case 'resourceSpans':
        case 'resource_spans':
          next = { signal: 'traces', data: readResourceSpansList(r) };
          break;
        case 'resourceMetrics':
        case 'resource_metrics':
          next = { signal: 'metrics', data: readResourceMetricsList(r) };
          break;
        default:
          r.skipValue();
      }
      if (next !== null) {
        if (doc !== null) r.fail(`a document holds exactly one signal, got both ${signalKey} and ${key}`, at);
        doc = next;
        signalKey = key;
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return doc ?? { signal: 'logs', data: { resourceLogs: [] } };
}
