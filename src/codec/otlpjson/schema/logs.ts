/** The logs signal's messages (`LogsData`). */
import { newLogRecord, newResource, newScope, type LogRecord, type LogsData, type ResourceLogs, type ScopeLogs } from '../../../core/model.js';
import { SeverityNumberEnum } from '../enums.js';
import { listOf, message, type FieldType } from './message.js';
import { ANY_VALUE, ATTRIBUTES } from './any-value.js';
import { RESOURCE, SCOPE } from './common.js';
import { SPAN_ID, STRING, TRACE_ID, UINT32, UINT64, enumType } from './scalars.js';

const LOG_RECORD = message<LogRecord>({
  create: newLogRecord,
  fields: {
    timeUnixNano: UINT64,
    observedTimeUnixNano: UINT64,
    severityNumber: enumType(SeverityNumberEnum),
    severityText: STRING,
    body: ANY_VALUE,
    attributes: ATTRIBUTES,
    droppedAttributesCount: UINT32,
    flags: UINT32,
    traceId: TRACE_ID,
    spanId: SPAN_ID,
    eventName: STRING,
  },
});

const SCOPE_LOGS = message<ScopeLogs>({
  create: () => ({ scope: newScope(), logRecords: [], schemaUrl: '' }),
  fields: { scope: SCOPE, logRecords: listOf(LOG_RECORD), schemaUrl: STRING },
});

const RESOURCE_LOGS = message<ResourceLogs>({
  create: () => ({ resource: newResource(), scopeLogs: [], schemaUrl: '' }),
  fields: { resource: RESOURCE, scopeLogs: listOf(SCOPE_LOGS), schemaUrl: STRING },
});

const RESOURCE_LOGS_LIST = listOf(RESOURCE_LOGS);

/** The value of a document's `resourceLogs` field. */
export const LOGS_DATA: FieldType<LogsData> = {
  text: (r) => ({ resourceLogs: RESOURCE_LOGS_LIST.text(r) }),
  tree: (x) => ({ resourceLogs: RESOURCE_LOGS_LIST.tree(x) }),
};
