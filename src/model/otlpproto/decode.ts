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
import type { Signal, TelemetryDocument } from '../types.js';
import { readLogsRequest } from './decode-logs.js';
import { readMetricsRequest } from './decode-metrics.js';
import { readTracesRequest } from './decode-traces.js';
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
 * Decodes an OTLP/protobuf request whose signal is not known (a `.pb` file): the bytes are read as
 * each signal in turn and the reading with the fewest unknown fields wins (logs, then traces, then
 * metrics on a tie; an empty message is logs, as `{}` is in OTLP/JSON).
 * @throws DecodeError when no signal reads the bytes; the error is that of the reading that got
 *   furthest.
 */
export function decodeProtobufAnySignal(bytes: Uint8Array, fileName = '-'): TelemetryDocument {
  let best: { doc: TelemetryDocument; unknown: number } | null = null;
  let firstError: ValueError | null = null;
  for (const signal of ['logs', 'traces', 'metrics'] as const) {
    const r = new WireReader(bytes);
    try {
      const doc = documentOf(signal, r);
      if (best === null || r.unknownFields < best.unknown) best = { doc, unknown: r.unknownFields };
      if (r.unknownFields === 0) break;
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      if (firstError === null || e.offset > firstError.offset) firstError = e;
    }
  }
  if (best !== null) return best.doc;
  throw toDecodeError(firstError as ValueError, fileName);
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
