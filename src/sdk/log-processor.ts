/**
 * `OttlLogRecordProcessor`: a `LogRecordProcessor` that runs OTTL rules on each log record as it is
 * emitted, then hands the record to the next processor — or not, when the filter dropped it.
 *
 * The record's own fields (times, severity, body, attributes, event name, trace context) are
 * written back into the SDK's record. Its resource and scope are shared, read-only SDK objects:
 * rules may read them, and edits to them are not applied (use `OttlSpanExporter`-style exporter
 * wrappers, or `ottl serve`, to edit resources).
 */
import type { Context } from '@opentelemetry/api';
import type { LogRecordProcessor, ReadWriteLogRecord } from '@opentelemetry/sdk-logs';
import { newLogRecord, newResource, newScope, type LogRecord, type TelemetryDocument } from '../api/index.js';
import { fromValue, hexToBytes, hrTimeToNanos, isZero, nanosToHrTime, bytesToHex, toValue, toValueMap, type HrTime } from './convert-common.js';
import { OttlRules, type OttlRulesOptions } from './rules.js';

/** Options of {@link OttlLogRecordProcessor}. */
export interface OttlLogRecordProcessorOptions extends OttlRulesOptions {
  /** The processor that receives the records the rules keep (e.g. a `BatchLogRecordProcessor`). */
  next: LogRecordProcessor;
}

/** Applies transform then filter rules to each emitted log record, before `next`. */
export class OttlLogRecordProcessor implements LogRecordProcessor {
  private readonly rules: OttlRules;
  private readonly next: LogRecordProcessor;

  /** @throws RuleSetError / ConfigError when rules given as text do not compile. */
  constructor(options: OttlLogRecordProcessorOptions) {
    this.rules = new OttlRules(options);
    this.next = options.next;
  }

  onEmit(record: ReadWriteLogRecord, context?: Context): void {
    const model = logRecordToModel(record);
    const doc = documentOf(record, model);
    if (!this.rules.apply(doc)) {
      this.next.onEmit(record, context);
      return;
    }
    const kept = doc.signal === 'logs' && doc.data.resourceLogs[0]?.scopeLogs[0]?.logRecords[0];
    if (!kept) return; // dropped by the filter
    writeBack(kept, record);
    this.next.onEmit(record, context);
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}

/** The SDK record as a model log record (as the OTLP exporters would send it). */
export function logRecordToModel(record: ReadWriteLogRecord): LogRecord {
  const m = newLogRecord();
  m.timeUnixNano = hrTimeToNanos(record.hrTime as HrTime);
  m.observedTimeUnixNano = hrTimeToNanos(record.hrTimeObserved as HrTime);
  m.severityNumber = record.severityNumber ?? 0;
  m.severityText = record.severityText ?? '';
  m.body = toValue(record.body);
  m.attributes = toValueMap(record.attributes as Record<string, unknown>);
  m.droppedAttributesCount = record.droppedAttributesCount;
  m.eventName = record.eventName ?? '';
  const sc = record.spanContext;
  if (sc !== undefined) {
    m.flags = sc.traceFlags;
    hexToBytes(sc.traceId, m.traceId);
    hexToBytes(sc.spanId, m.spanId);
  }
  return m;
}

function documentOf(record: ReadWriteLogRecord, model: LogRecord): TelemetryDocument {
  const resource = newResource();
  resource.attributes = toValueMap(record.resource.attributes as Record<string, unknown>);
  const scope = newScope();
  const s = record.instrumentationScope as { name: string; version?: string; schemaUrl?: string; attributes?: Record<string, unknown>; droppedAttributesCount?: number };
  scope.name = s.name;
  scope.version = s.version ?? '';
  scope.attributes = toValueMap(s.attributes);
  scope.droppedAttributesCount = s.droppedAttributesCount ?? 0;
  return {
    signal: 'logs',
    data: {
      resourceLogs: [{ resource, scopeLogs: [{ scope, logRecords: [model], schemaUrl: s.schemaUrl ?? '' }], schemaUrl: record.resource.schemaUrl ?? '' }],
    },
  };
}

/** Writes the record's own fields back into the SDK record (attributes in the model's order). */
function writeBack(m: LogRecord, record: ReadWriteLogRecord): void {
  record.hrTime = nanosToHrTime(m.timeUnixNano);
  record.hrTimeObserved = nanosToHrTime(m.observedTimeUnixNano);
  record.severityNumber = m.severityNumber === 0 ? undefined : m.severityNumber;
  record.severityText = m.severityText === '' ? undefined : m.severityText;
  record.body = fromValue(m.body) as ReadWriteLogRecord['body'];
  record.eventName = m.eventName === '' ? undefined : m.eventName;
  // The attribute object is the record's own (the SDK's type only marks the reference read-only);
  // it is rebuilt in place so the model's order and deletions carry over.
  const attrs = record.attributes as Record<string, unknown>;
  for (const k of Object.keys(attrs)) delete attrs[k];
  for (const [k, v] of m.attributes) Object.defineProperty(attrs, k, { value: fromValue(v), enumerable: true, writable: true, configurable: true });
  if (isZero(m.traceId) && isZero(m.spanId)) {
    record.spanContext = undefined;
  } else {
    record.spanContext = { traceId: bytesToHex(m.traceId), spanId: bytesToHex(m.spanId), traceFlags: m.flags & 0xff };
  }
}
