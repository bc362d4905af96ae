/** The logs signal from a `JSON.parse` tree (rules of `../decode-logs.ts`; see `common.ts`). */
import { newLogRecord, newResource, newScope, type InstrumentationScope, type LogRecord, type LogsData, type Resource, type ResourceLogs, type ScopeLogs } from '../../../core/model.js';
import { SeverityNumberEnum } from '../enums.js';
import { anyValue, asObject, attributes, envelope, list, resource, scope, skip, tally } from './common.js';
import { enumOf, id, str, uint32, uint64 } from './scalars.js';

export function logsData(v: unknown): LogsData {
  return { resourceLogs: list(v, resourceLogs) };
}

const setResourceLogs = (o: ResourceLogs, h: Resource | undefined, items: ScopeLogs[] | undefined): void => {
  if (h !== undefined) o.resource = h;
  if (items !== undefined) o.scopeLogs = items;
};
const setScopeLogs = (o: ScopeLogs, h: InstrumentationScope | undefined, items: LogRecord[] | undefined): void => {
  if (h !== undefined) o.scope = h;
  if (items !== undefined) o.logRecords = items;
};

function resourceLogs(v: unknown): ResourceLogs {
  const out: ResourceLogs = { resource: newResource(), scopeLogs: [], schemaUrl: '' };
  return envelope(v, out, 'resource', 'scopeLogs', 'scope_logs', resource, scopeLogs, setResourceLogs);
}

function scopeLogs(v: unknown): ScopeLogs {
  const out: ScopeLogs = { scope: newScope(), logRecords: [], schemaUrl: '' };
  return envelope(v, out, 'scope', 'logRecords', 'log_records', scope, logRecord, setScopeLogs);
}

function logRecord(v: unknown): LogRecord {
  const o = asObject(v);
  const rec = newLogRecord();
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'timeUnixNano':
      case 'time_unix_nano':
        rec.timeUnixNano = uint64(x);
        break;
      case 'observedTimeUnixNano':
      case 'observed_time_unix_nano':
        rec.observedTimeUnixNano = uint64(x);
        break;
      case 'severityNumber':
      case 'severity_number':
        rec.severityNumber = enumOf(x, SeverityNumberEnum);
        break;
      case 'severityText':
      case 'severity_text':
        rec.severityText = str(x);
        break;
      case 'body':
        rec.body = anyValue(x);
        break;
      case 'attributes':
        rec.attributes = attributes(x);
        break;
      case 'droppedAttributesCount':
      case 'dropped_attributes_count':
        rec.droppedAttributesCount = uint32(x);
        break;
      case 'flags':
        rec.flags = uint32(x);
        break;
      case 'traceId':
      case 'trace_id':
        id(x, rec.traceId);
        break;
      case 'spanId':
      case 'span_id':
        id(x, rec.spanId);
        break;
      case 'eventName':
      case 'event_name':
        rec.eventName = str(x);
        break;
      default:
        skip(x);
    }
  }
  return rec;
}
