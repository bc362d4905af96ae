/** The traces signal from a `JSON.parse` tree (rules of `../decode-traces.ts`; see `common.ts`). */
import {
  newResource,
  newScope,
  newSpan,
  newSpanEvent,
  newSpanLink,
  type InstrumentationScope,
  type Resource,
  type ResourceSpans,
  type ScopeSpans,
  type Span,
  type SpanEvent,
  type SpanLink,
  type Status,
  type TracesData,
} from '../../../core/model.js';
import { SpanKindEnum, StatusCodeEnum } from '../enums.js';
import { asObject, attributes, envelope, list, resource, scope, skip, tally } from './common.js';
import { enumOf, id, str, uint32, uint64 } from './scalars.js';

export function tracesData(v: unknown): TracesData {
  return { resourceSpans: list(v, resourceSpans) };
}

const setResourceSpans = (o: ResourceSpans, h: Resource | undefined, items: ScopeSpans[] | undefined): void => {
  if (h !== undefined) o.resource = h;
  if (items !== undefined) o.scopeSpans = items;
};
const setScopeSpans = (o: ScopeSpans, h: InstrumentationScope | undefined, items: Span[] | undefined): void => {
  if (h !== undefined) o.scope = h;
  if (items !== undefined) o.spans = items;
};

function resourceSpans(v: unknown): ResourceSpans {
  const out: ResourceSpans = { resource: newResource(), scopeSpans: [], schemaUrl: '' };
  return envelope(v, out, 'resource', 'scopeSpans', 'scope_spans', resource, scopeSpans, setResourceSpans);
}

function scopeSpans(v: unknown): ScopeSpans {
  const out: ScopeSpans = { scope: newScope(), spans: [], schemaUrl: '' };
  return envelope(v, out, 'scope', 'spans', 'spans', scope, span, setScopeSpans);
}

function span(v: unknown): Span {
  const o = asObject(v);
  const s = newSpan();
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'traceId':
      case 'trace_id':
        id(x, s.traceId);
        break;
      case 'spanId':
      case 'span_id':
        id(x, s.spanId);
        break;
      case 'traceState':
      case 'trace_state':
        s.traceState = str(x);
        break;
      case 'parentSpanId':
      case 'parent_span_id':
        id(x, s.parentSpanId);
        break;
      case 'flags':
        s.flags = uint32(x);
        break;
      case 'name':
        s.name = str(x);
        break;
      case 'kind':
        s.kind = enumOf(x, SpanKindEnum);
        break;
      case 'startTimeUnixNano':
      case 'start_time_unix_nano':
        s.startTimeUnixNano = uint64(x);
        break;
      case 'endTimeUnixNano':
      case 'end_time_unix_nano':
        s.endTimeUnixNano = uint64(x);
        break;
      case 'attributes':
        s.attributes = attributes(x);
        break;
      case 'droppedAttributesCount':
      case 'dropped_attributes_count':
        s.droppedAttributesCount = uint32(x);
        break;
      case 'events':
        s.events = list(x, spanEvent);
        break;
      case 'droppedEventsCount':
      case 'dropped_events_count':
        s.droppedEventsCount = uint32(x);
        break;
      case 'links':
        s.links = list(x, spanLink);
        break;
      case 'droppedLinksCount':
      case 'dropped_links_count':
        s.droppedLinksCount = uint32(x);
        break;
      case 'status':
        s.status = status(x);
        break;
      default:
        skip(x);
    }
  }
  return s;
}

function spanEvent(v: unknown): SpanEvent {
  const o = asObject(v);
  const ev = newSpanEvent();
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'timeUnixNano':
      case 'time_unix_nano':
        ev.timeUnixNano = uint64(x);
        break;
      case 'name':
        ev.name = str(x);
        break;
      case 'attributes':
        ev.attributes = attributes(x);
        break;
      case 'droppedAttributesCount':
      case 'dropped_attributes_count':
        ev.droppedAttributesCount = uint32(x);
        break;
      default:
        skip(x);
    }
  }
  return ev;
}

function spanLink(v: unknown): SpanLink {
  const o = asObject(v);
  const link = newSpanLink();
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'traceId':
      case 'trace_id':
        id(x, link.traceId);
        break;
      case 'spanId':
      case 'span_id':
        id(x, link.spanId);
        break;
      case 'traceState':
      case 'trace_state':
        link.traceState = str(x);
        break;
      case 'attributes':
        link.attributes = attributes(x);
        break;
      case 'droppedAttributesCount':
      case 'dropped_attributes_count':
        link.droppedAttributesCount = uint32(x);
        break;
      case 'flags':
        link.flags = uint32(x);
        break;
      default:
        skip(x);
    }
  }
  return link;
}

function status(v: unknown): Status {
  const st: Status = { message: '', code: 0 };
  if (v === null) return st;
  const o = asObject(v);
  for (const k in o) {
    tally.keys++;
    if (k === 'message') st.message = str(o[k]);
    else if (k === 'code') st.code = enumOf(o[k], StatusCodeEnum);
    else skip(o[k]);
  }
  return st;
}
