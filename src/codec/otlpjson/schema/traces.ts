/** The traces signal's messages (`TracesData`). */
import {
  newSpan,
  newSpanEvent,
  newSpanLink,
  type Span,
  type SpanEvent,
  type SpanLink,
  type Status,
  type TracesData,
} from '../../../core/model.js';
import { SpanKindEnum, StatusCodeEnum } from '../enums.js';
import { listOf, message, type FieldType } from './message.js';
import { ATTRIBUTES } from './any-value.js';
import { signalData } from './common.js';
import { SPAN_ID, STRING, TRACE_ID, UINT32, UINT64, enumType } from './scalars.js';

const STATUS = message<Status>({
  create: () => ({ message: '', code: 0 }),
  nullable: true,
  fields: { message: STRING, code: enumType(StatusCodeEnum) },
});

const SPAN_EVENT = message<SpanEvent>({
  create: newSpanEvent,
  fields: { timeUnixNano: UINT64, name: STRING, attributes: ATTRIBUTES, droppedAttributesCount: UINT32 },
});

const SPAN_LINK = message<SpanLink>({
  create: newSpanLink,
  fields: {
    traceId: TRACE_ID,
    spanId: SPAN_ID,
    traceState: STRING,
    attributes: ATTRIBUTES,
    droppedAttributesCount: UINT32,
    flags: UINT32,
  },
});

const SPAN = message<Span>({
  create: newSpan,
  fields: {
    traceId: TRACE_ID,
    spanId: SPAN_ID,
    traceState: STRING,
    parentSpanId: SPAN_ID,
    flags: UINT32,
    name: STRING,
    kind: enumType(SpanKindEnum),
    startTimeUnixNano: UINT64,
    endTimeUnixNano: UINT64,
    attributes: ATTRIBUTES,
    droppedAttributesCount: UINT32,
    events: listOf(SPAN_EVENT),
    droppedEventsCount: UINT32,
    links: listOf(SPAN_LINK),
    droppedLinksCount: UINT32,
    status: STATUS,
  },
});

/** The value of a document's `resourceSpans` field. */
export const TRACES_DATA: FieldType<TracesData> = signalData('resourceSpans', 'scopeSpans', 'spans', SPAN);
