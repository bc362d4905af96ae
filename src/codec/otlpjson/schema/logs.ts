/** The logs signal's messages (`LogsData`). */
import { newLogRecord, type LogRecord, type LogsData } from '../../../core/model.js';
import { SeverityNumberEnum } from '../enums.js';
import { message, type FieldType } from './message.js';
import { ANY_VALUE, ATTRIBUTES } from './any-value.js';
import { signalData } from './common.js';
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

/** The value of a document's `resourceLogs` field. */
export const LOGS_DATA: FieldType<LogsData> = signalData('resourceLogs', 'scopeLogs', 'logRecords', LOG_RECORD);
