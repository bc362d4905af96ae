/**
 * Model → OTLP/protobuf: one document as the binary export request of its signal, in proto3's
 * canonical form (see `encode-common.ts`).
 */
import type { TelemetryDocument } from '../../core/model.js';
import { writeRequest } from './encode-common.js';
import { writeLogRecord, writeMetric, writeSpan } from './encode-items.js';
import { WireWriter } from './wire-writer.js';

/**
 * Encodes `doc` as an `ExportLogsServiceRequest`, `ExportTraceServiceRequest` or
 * `ExportMetricsServiceRequest` (by `doc.signal`). A document with no resources encodes as zero bytes.
 * @throws TypeError when an attribute or body holds a runtime-only value (time, duration, id objects).
 */
export function encodeProtobuf(doc: TelemetryDocument): Uint8Array {
  const w = new WireWriter();
  switch (doc.signal) {
    case 'logs':
      writeRequest(w, doc.data.resourceLogs, (r) => r.scopeLogs, (s) => s.logRecords, writeLogRecord);
      break;
    case 'traces':
      writeRequest(w, doc.data.resourceSpans, (r) => r.scopeSpans, (s) => s.spans, writeSpan);
      break;
    case 'metrics':
      writeRequest(w, doc.data.resourceMetrics, (r) => r.scopeMetrics, (s) => s.metrics, writeMetric);
      break;
  }
  return w.finish();
}
