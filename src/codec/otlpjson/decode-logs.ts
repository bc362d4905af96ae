/** Decoder for the logs signal (`LogsData`). See `decode-common.ts` for conventions. */
import { newLogRecord, newResource, newScope, type LogRecord, type LogsData, type ResourceLogs, type ScopeLogs } from '../../core/model.js';
import { readAnyValue, readAttributes, readList, readEnvelope, readResource, readScope, type EnvelopeFields } from './decode-common.js';
import { SeverityNumberEnum } from './enums.js';
import { inField } from './errors.js';
import type { JsonReader } from './json-reader.js';
import { readEnum, readId, readStr, readUint32, readUint64 } from './scalars.js';

/** Reads the value of a document's `resourceLogs` field. */
export function readResourceLogsList(r: JsonReader): LogsData {
  return { resourceLogs: readList(r, readResourceLogs) };
}

const RESOURCE_FIELDS: EnvelopeFields = { head: 'resource', camel: 'scopeLogs', snake: 'scope_logs' };
const SCOPE_FIELDS: EnvelopeFields = { head: 'scope', camel: 'logRecords', snake: 'log_records' };
const setResource = (o: ResourceLogs, r: JsonReader) => {
  o.resource = readResource(r);
};
const setScopes = (o: ResourceLogs, items: ScopeLogs[]) => {
  o.scopeLogs = items;
};
const setScope = (o: ScopeLogs, r: JsonReader) => {
  o.scope = readScope(r);
};
const setItems = (o: ScopeLogs, items: LogRecord[]) => {
  o.logRecords = items;
};

function readResourceLogs(r: JsonReader): ResourceLogs {
  const out: ResourceLogs = { resource: newResource(), scopeLogs: [], schemaUrl: '' };
  return readEnvelope(r, out, RESOURCE_FIELDS, readScopeLogs, setScopes, setResource);
}

function readScopeLogs(r: JsonReader): ScopeLogs {
  const out: ScopeLogs = { scope: newScope(), logRecords: [], schemaUrl: '' };
  return readEnvelope(r, out, SCOPE_FIELDS, readLogRecord, setItems, setScope);
}

function readLogRecord(r: JsonReader): LogRecord {
  const rec = newLogRecord();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'timeUnixNano':
        case 'time_unix_nano':
          rec.timeUnixNano = readUint64(r);
          break;
        case 'observedTimeUnixNano':
        case 'observed_time_unix_nano':
          rec.observedTimeUnixNano = readUint64(r);
          break;
        case 'severityNumber':
        case 'severity_number':
          rec.severityNumber = readEnum(r, SeverityNumberEnum);
          break;
        case 'severityText':
        case 'severity_text':
          rec.severityText = readStr(r);
          break;
        case 'body':
          rec.body = readAnyValue(r);
          break;
        case 'attributes':
          rec.attributes = readAttributes(r);
          break;
        case 'droppedAttributesCount':
        case 'dropped_attributes_count':
          rec.droppedAttributesCount = readUint32(r);
          break;
        case 'flags':
          rec.flags = readUint32(r);
          break;
        case 'traceId':
        case 'trace_id':
          readId(r, rec.traceId, 'trace id');
          break;
        case 'spanId':
        case 'span_id':
          readId(r, rec.spanId, 'span id');
          break;
        case 'eventName':
        case 'event_name':
          rec.eventName = readStr(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return rec;
}
