/** Protobuf readers of `ExportLogsServiceRequest` (opentelemetry-proto `logs/v1/logs.proto`). */
import { newLogRecord, type LogRecord, type LogsData } from '../../core/model.js';
import { named, readAnyValue, readAttribute, readMessage, readRequest, readResourceEntry, readScopeEntry, tag } from './decode-common.js';
import type { WireReader } from './wire-reader.js';

const REQUEST = [, 'resourceLogs'];
const RESOURCE_LOGS = [, 'resource', 'scopeLogs', 'schemaUrl'];
const SCOPE_LOGS = [, 'scope', 'logRecords', 'schemaUrl'];
const LOG_RECORD = [
  ,
  'timeUnixNano',
  'severityNumber',
  'severityText',
  ,
  'body',
  'attributes',
  'droppedAttributesCount',
  'flags',
  'traceId',
  'spanId',
  'observedTimeUnixNano',
  'eventName',
];

/** Reads the whole request (the reader spans it). */
export function readLogsRequest(r: WireReader): LogsData {
  const resourceLogs = readRequest(r, REQUEST, (r) => {
    const e = readResourceEntry(r, RESOURCE_LOGS, (r) => {
      const s = readScopeEntry(r, SCOPE_LOGS, readLogRecord);
      return { scope: s.scope, logRecords: s.items, schemaUrl: s.schemaUrl };
    });
    return { resource: e.resource, scopeLogs: e.scopes, schemaUrl: e.schemaUrl };
  });
  return { resourceLogs };
}

function readLogRecord(r: WireReader): LogRecord {
  const rec = newLogRecord();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 1):
          rec.timeUnixNano = r.fixed64();
          break;
        case tag(11, 1):
          rec.observedTimeUnixNano = r.fixed64();
          break;
        case tag(2, 0):
          rec.severityNumber = r.int32();
          break;
        case tag(3, 2):
          rec.severityText = r.string();
          break;
        case tag(5, 2):
          rec.body = readMessage(r, -1, readAnyValue);
          break;
        case tag(6, 2):
          readAttribute(r, rec.attributes, n++);
          break;
        case tag(7, 0):
          rec.droppedAttributesCount = r.uint32();
          break;
        case tag(8, 5):
          rec.flags = r.fixed32();
          break;
        case tag(9, 2):
          r.id(rec.traceId, 'trace id');
          break;
        case tag(10, 2):
          r.id(rec.spanId, 'span id');
          break;
        case tag(12, 2):
          rec.eventName = r.string();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, LOG_RECORD);
  }
  return rec;
}
