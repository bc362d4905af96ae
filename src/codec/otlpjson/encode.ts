/**
 * Model → OTLP/JSON text in canonical protobuf JSON form (see `encode-common.ts`): compact, one
 * document per call, fields in proto declaration order, defaults omitted. Strings are built
 * directly rather than through an intermediate object and `JSON.stringify`.
 */
import type {
  LogRecord,
  ResourceLogs,
  ResourceSpans,
  ScopeLogs,
  ScopeSpans,
  Span,
  SpanEvent,
  SpanLink,
  TelemetryDocument,
} from '../../core/model.js';
import {
  attributesField,
  bodyField,
  container,
  idField,
  int64Field,
  intField,
  listField,
  obj,
  resourceField,
  scopeField,
  strField,
} from './encode-common.js';
import { resourceMetricsJson } from './encode-metrics.js';

export { EncodeError } from './errors.js';

/**
 * Encodes one document as a single line of OTLP/JSON (no trailing newline). A document with no
 * resources encodes as `{}`.
 * @throws EncodeError (with the value's path) when an attribute or body holds a runtime-only value
 *   (time, duration, id objects) or a value nested deeper than `MAX_VALUE_DEPTH`.
 */
export function encodeDocument(doc: TelemetryDocument): string {
  const text = '{' + signalField(doc) + '}';
  // Reading a character flattens the concatenated string (in V8): its many small pieces then die
  // young instead of being carried through garbage collections while the caller keeps the text.
  text.charCodeAt(0);
  return text;
}

function signalField(doc: TelemetryDocument): string {
  switch (doc.signal) {
    case 'logs':
      return listField(',"resourceLogs":', doc.data.resourceLogs, resourceLogsJson, false);
    case 'traces':
      return listField(',"resourceSpans":', doc.data.resourceSpans, resourceSpansJson, false);
    case 'metrics':
      return listField(',"resourceMetrics":', doc.data.resourceMetrics, resourceMetricsJson, false);
  }
}

/** Encodes documents as newline-delimited JSON (each followed by `\n`), as the file exporter writes. */
export function encodeDocuments(docs: readonly TelemetryDocument[]): string {
  let s = '';
  for (const d of docs) s += encodeDocument(d) + '\n';
  return s;
}

function resourceLogsJson(rl: ResourceLogs): string {
  return container(resourceField(rl.resource), ',"scopeLogs":', rl.scopeLogs, scopeLogsJson, rl.schemaUrl);
}

function scopeLogsJson(sl: ScopeLogs): string {
  return container(scopeField(sl.scope), ',"logRecords":', sl.logRecords, logRecordJson, sl.schemaUrl);
}

function logRecordJson(rec: LogRecord): string {
  return obj(
    int64Field(',"timeUnixNano":', rec.timeUnixNano) +
      int64Field(',"observedTimeUnixNano":', rec.observedTimeUnixNano) +
      intField(',"severityNumber":', rec.severityNumber) +
      strField(',"severityText":', rec.severityText) +
      bodyField(rec.body) +
      attributesField(',"attributes":', rec.attributes) +
      intField(',"droppedAttributesCount":', rec.droppedAttributesCount) +
      intField(',"flags":', rec.flags) +
      idField(',"traceId":', rec.traceId) +
      idField(',"spanId":', rec.spanId) +
      strField(',"eventName":', rec.eventName),
  );
}

function resourceSpansJson(rs: ResourceSpans): string {
  return container(resourceField(rs.resource), ',"scopeSpans":', rs.scopeSpans, scopeSpansJson, rs.schemaUrl);
}

function scopeSpansJson(ss: ScopeSpans): string {
  return container(scopeField(ss.scope), ',"spans":', ss.spans, spanJson, ss.schemaUrl);
}

function spanJson(s: Span): string {
  const status = strField(',"message":', s.status.message) + intField(',"code":', s.status.code);
  return obj(
    idField(',"traceId":', s.traceId) +
      idField(',"spanId":', s.spanId) +
      strField(',"traceState":', s.traceState) +
      idField(',"parentSpanId":', s.parentSpanId) +
      intField(',"flags":', s.flags) +
      strField(',"name":', s.name) +
      intField(',"kind":', s.kind) +
      int64Field(',"startTimeUnixNano":', s.startTimeUnixNano) +
      int64Field(',"endTimeUnixNano":', s.endTimeUnixNano) +
      attributesField(',"attributes":', s.attributes) +
      intField(',"droppedAttributesCount":', s.droppedAttributesCount) +
      listField(',"events":', s.events, spanEventJson) +
      intField(',"droppedEventsCount":', s.droppedEventsCount) +
      listField(',"links":', s.links, spanLinkJson) +
      intField(',"droppedLinksCount":', s.droppedLinksCount) +
      (status === '' ? '' : ',"status":' + obj(status)),
  );
}

function spanEventJson(e: SpanEvent): string {
  return obj(
    int64Field(',"timeUnixNano":', e.timeUnixNano) +
      strField(',"name":', e.name) +
      attributesField(',"attributes":', e.attributes) +
      intField(',"droppedAttributesCount":', e.droppedAttributesCount),
  );
}

function spanLinkJson(l: SpanLink): string {
  return obj(
    idField(',"traceId":', l.traceId) +
      idField(',"spanId":', l.spanId) +
      strField(',"traceState":', l.traceState) +
      attributesField(',"attributes":', l.attributes) +
      intField(',"droppedAttributesCount":', l.droppedAttributesCount) +
      intField(',"flags":', l.flags),
  );
}
