/**
 * OTLP/protobuf → model: the binary `ExportLogsServiceRequest`, `ExportTraceServiceRequest` and
 * `ExportMetricsServiceRequest` messages (the bodies of OTLP/HTTP `application/x-protobuf`
 * requests, and of OTLP/gRPC calls), read straight into the model that the OTLP/JSON codec uses.
 *
 * Values stay exact: fixed64/int64 fields are bigints, doubles keep every bit but NaN payloads,
 * bytes are fresh `Uint8Array`s, ids are fixed-size. Unknown fields (and known field numbers with an
 * unexpected wire type, as protobuf-go treats them) are skipped.
 */
import { DecodeError, ValueError } from '../otlpjson/errors.js';
import type { Signal, TelemetryDocument } from '../../core/model.js';
import { readLogsRequest } from './decode-logs.js';
import { readMetricsRequest } from './decode-metrics.js';
import { readTracesRequest } from './decode-traces.js';
import { encodeProtobuf } from './encode.js';
import { WireReader } from './wire-reader.js';

const READERS = { logs: readLogsRequest, traces: readTracesRequest, metrics: readMetricsRequest } as const;

/**
 * Decodes one OTLP/protobuf export request of `signal`.
 *
 * @param fileName used in error messages (`-` for stdin, or a request's URL path).
 * @throws DecodeError (with `byteOffset` and the field path, e.g.
 *   `resourceLogs[0].scopeLogs[0].logRecords[2].traceId`) on a truncated or malformed message: a
 *   length past its enclosing message, a truncated or over-long varint, an invalid wire type, an id
 *   of the wrong size.
 */
export function decodeProtobuf(bytes: Uint8Array, signal: Signal, fileName = '-'): TelemetryDocument {
  const r = new WireReader(bytes);
  try {
    return documentOf(signal, r);
  } catch (e) {
    if (e instanceof ValueError) throw toDecodeError(e, fileName);
    throw e;
  }
}

/**
 * Decodes an OTLP/protobuf request whose signal is not known (a `.pb` file). The bytes are read as
 * each signal with unknown fields forbidden; when several signals read them (an empty span is also
 * an empty log record), the first (logs, traces, metrics) that encodes back to the same bytes wins,
 * so nothing is lost. When none reads them strictly, the reading with the fewest unknown fields
 * wins. An empty message is logs, as `{}` is in OTLP/JSON.
 * @throws DecodeError when no signal reads the bytes; the error is that of the reading that got
 *   furthest.
 */
export function decodeProtobufAnySignal(bytes: Uint8Array, fileName = '-'): TelemetryDocument {
  const strict: TelemetryDocument[] = [];
  for (const signal of SIGNALS) {
    const r = new WireReader(bytes);
    r.strict = true;
    try {
      strict.push(documentOf(signal, r));
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
    }
  }
  if (strict.length === 1) return strict[0];
  if (strict.length > 1) return strict.find((doc) => sameBytes(encodeProtobuf(doc), bytes)) ?? strict[0];
  let best: { doc: TelemetryDocument; unknown: number } | null = null;
  let furthest: ValueError | null = null;
  for (const signal of SIGNALS) {
    const r = new WireReader(bytes);
    try {
      const doc = documentOf(signal, r);
      if (best === null || r.unknownFields < best.unknown) best = { doc, unknown: r.unknownFields };
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      if (furthest === null || e.offset > furthest.offset) furthest = e;
    }
  }
  if (best !== null) return best.doc;
  throw toDecodeError(furthest as ValueError, fileName);
}

const SIGNALS: readonly Signal[] = ['logs', 'traces', 'metrics'];

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function documentOf(signal: Signal, r: WireReader): TelemetryDocument {
  switch (signal) {
    case 'logs':
      return { signal, data: READERS.logs(r) };
    case 'traces':
      return { signal, data: READERS.traces(r) };
    case 'metrics':
      return { signal, data: READERS.metrics(r) };
  }
}

function toDecodeError(err: ValueError, fileName: string): DecodeError {
  let path = '';
  for (let i = err.segments.length - 1; i >= 0; i--) path += err.segments[i];
  if (path.startsWith('.')) path = path.slice(1);
  return new DecodeError(fileName, 0, undefined, path, err.detail, err.offset);
}
