/** Decoder for the traces signal (`TracesData`). See `decode-common.ts` for conventions. */
import {
  newResource,
  newScope,
  newSpan,
  newSpanEvent,
  newSpanLink,
  type ResourceSpans,
  type ScopeSpans,
  type Span,
  type SpanEvent,
  type SpanLink,
  type Status,
  type TracesData,
} from '../../core/model.js';
import { readAttributes, readList, readEnvelope, readResource, readScope, type EnvelopeFields } from './decode-common.js';
import { SpanKindEnum, StatusCodeEnum } from './enums.js';
import { inField } from './errors.js';
import type { JsonReader } from './json-reader.js';
import { readEnum, readId, readStr, readUint32, readUint64 } from './scalars.js';

/** Reads the value of a document's `resourceSpans` field. */
export function readResourceSpansList(r: JsonReader): TracesData {
  return { resourceSpans: readList(r, readResourceSpans) };
}

const RESOURCE_FIELDS: EnvelopeFields = { head: 'resource', camel: 'scopeSpans', snake: 'scope_spans' };
const SCOPE_FIELDS: EnvelopeFields = { head: 'scope', camel: 'spans', snake: 'spans' };
const setResource = (o: ResourceSpans, r: JsonReader) => {
  o.resource = readResource(r);
};
const setScopes = (o: ResourceSpans, items: ScopeSpans[]) => {
  o.scopeSpans = items;
};
const setScope = (o: ScopeSpans, r: JsonReader) => {
  o.scope = readScope(r);
};
const setItems = (o: ScopeSpans, items: Span[]) => {
  o.spans = items;
};

function readResourceSpans(r: JsonReader): ResourceSpans {
  const out: ResourceSpans = { resource: newResource(), scopeSpans: [], schemaUrl: '' };
  return readEnvelope(r, out, RESOURCE_FIELDS, readScopeSpans, setScopes, setResource);
}

function readScopeSpans(r: JsonReader): ScopeSpans {
  const out: ScopeSpans = { scope: newScope(), spans: [], schemaUrl: '' };
  return readEnvelope(r, out, SCOPE_FIELDS, readSpan, setItems, setScope);
}

function readSpan(r: JsonReader): Span {
  const span = newSpan();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'traceId':
        case 'trace_id':
          readId(r, span.traceId, 'trace id');
          break;
        case 'spanId':
        case 'span_id':
          readId(r, span.spanId, 'span id');
          break;
        case 'traceState':
        case 'trace_state':
          span.traceState = readStr(r);
          break;
        case 'parentSpanId':
        case 'parent_span_id':
          readId(r, span.parentSpanId, 'span id');
          break;
        case 'flags':
          span.flags = readUint32(r);
          break;
        case 'name':
          span.name = readStr(r);
          break;
        case 'kind':
          span.kind = readEnum(r, SpanKindEnum);
          break;
        case 'startTimeUnixNano':
        case 'start_time_unix_nano':
          span.startTimeUnixNano = readUint64(r);
          break;
        case 'endTimeUnixNano':
        case 'end_time_unix_nano':
          span.endTimeUnixNano = readUint64(r);
          break;
        case 'attributes':
          span.attributes = readAttributes(r);
          break;
        case 'droppedAttributesCount':
        case 'dropped_attributes_count':
          span.droppedAttributesCount = readUint32(r);
          break;
        case 'events':
          span.events = readList(r, readSpanEvent);
          break;
        case 'droppedEventsCount':
        case 'dropped_events_count':
          span.droppedEventsCount = readUint32(r);
          break;
        case 'links':
          span.links = readList(r, readSpanLink);
          break;
        case 'droppedLinksCount':
        case 'dropped_links_count':
          span.droppedLinksCount = readUint32(r);
          break;
        case 'status':
          span.status = readStatus(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return span;
}

function readSpanEvent(r: JsonReader): SpanEvent {
  const ev = newSpanEvent();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'timeUnixNano':
        case 'time_unix_nano':
          ev.timeUnixNano = readUint64(r);
          break;
        case 'name':
          ev.name = readStr(r);
          break;
        case 'attributes':
          ev.attributes = readAttributes(r);
          break;
        case 'droppedAttributesCount':
        case 'dropped_attributes_count':
          ev.droppedAttributesCount = readUint32(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return ev;
}

function readSpanLink(r: JsonReader): SpanLink {
  const link = newSpanLink();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'traceId':
        case 'trace_id':
          readId(r, link.traceId, 'trace id');
          break;
        case 'spanId':
        case 'span_id':
          readId(r, link.spanId, 'span id');
          break;
        case 'traceState':
        case 'trace_state':
          link.traceState = readStr(r);
          break;
        case 'attributes':
          link.attributes = readAttributes(r);
          break;
        case 'droppedAttributesCount':
        case 'dropped_attributes_count':
          link.droppedAttributesCount = readUint32(r);
          break;
        case 'flags':
          link.flags = readUint32(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return link;
}

function readStatus(r: JsonReader): Status {
  const status: Status = { message: '', code: 0 };
  if (r.takeNull()) return status;
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      if (key === 'message') status.message = readStr(r);
      else if (key === 'code') status.code = readEnum(r, StatusCodeEnum);
      else r.skipValue();
    } catch (e) {
      throw inField(e, key);
    }
  }
  return status;
}
