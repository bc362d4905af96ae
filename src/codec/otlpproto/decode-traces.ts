/** Protobuf readers of `ExportTraceServiceRequest` (opentelemetry-proto `trace/v1/trace.proto`). */
import { newSpan, newSpanEvent, newSpanLink, type Span, type SpanEvent, type SpanLink, type Status, type TracesData } from '../../core/model.js';
import { named, readAttribute, readMessage, readRequest, readResourceEntry, readScopeEntry, tag } from './decode-common.js';
import type { WireReader } from './wire-reader.js';

const REQUEST = [, 'resourceSpans'];
const RESOURCE_SPANS = [, 'resource', 'scopeSpans', 'schemaUrl'];
const SCOPE_SPANS = [, 'scope', 'spans', 'schemaUrl'];
const SPAN = [
  ,
  'traceId',
  'spanId',
  'traceState',
  'parentSpanId',
  'name',
  'kind',
  'startTimeUnixNano',
  'endTimeUnixNano',
  'attributes',
  'droppedAttributesCount',
  'events',
  'droppedEventsCount',
  'links',
  'droppedLinksCount',
  'status',
  'flags',
];
const EVENT = [, 'timeUnixNano', 'name', 'attributes', 'droppedAttributesCount'];
const LINK = [, 'traceId', 'spanId', 'traceState', 'attributes', 'droppedAttributesCount', 'flags'];
const STATUS = [, , 'message', 'code'];

/** Reads the whole request (the reader spans it). */
export function readTracesRequest(r: WireReader): TracesData {
  const resourceSpans = readRequest(r, REQUEST, (r) => {
    const e = readResourceEntry(r, RESOURCE_SPANS, (r) => {
      const s = readScopeEntry(r, SCOPE_SPANS, readSpan);
      return { scope: s.scope, spans: s.items, schemaUrl: s.schemaUrl };
    });
    return { resource: e.resource, scopeSpans: e.scopes, schemaUrl: e.schemaUrl };
  });
  return { resourceSpans };
}

function readSpan(r: WireReader): Span {
  const s = newSpan();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 2):
          r.id(s.traceId, 'trace id');
          break;
        case tag(2, 2):
          r.id(s.spanId, 'span id');
          break;
        case tag(3, 2):
          s.traceState = r.string();
          break;
        case tag(4, 2):
          r.id(s.parentSpanId, 'span id');
          break;
        case tag(16, 5):
          s.flags = r.fixed32();
          break;
        case tag(5, 2):
          s.name = r.string();
          break;
        case tag(6, 0):
          s.kind = r.int32();
          break;
        case tag(7, 1):
          s.startTimeUnixNano = r.fixed64();
          break;
        case tag(8, 1):
          s.endTimeUnixNano = r.fixed64();
          break;
        case tag(9, 2):
          readAttribute(r, s.attributes, n++);
          break;
        case tag(10, 0):
          s.droppedAttributesCount = r.uint32();
          break;
        case tag(11, 2):
          s.events.push(readMessage(r, s.events.length, readEvent));
          break;
        case tag(12, 0):
          s.droppedEventsCount = r.uint32();
          break;
        case tag(13, 2):
          s.links.push(readMessage(r, s.links.length, readLink));
          break;
        case tag(14, 0):
          s.droppedLinksCount = r.uint32();
          break;
        case tag(15, 2):
          readMessage(r, -1, () => readStatus(r, s.status));
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, SPAN);
  }
  return s;
}

function readEvent(r: WireReader): SpanEvent {
  const ev = newSpanEvent();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 1):
          ev.timeUnixNano = r.fixed64();
          break;
        case tag(2, 2):
          ev.name = r.string();
          break;
        case tag(3, 2):
          readAttribute(r, ev.attributes, n++);
          break;
        case tag(4, 0):
          ev.droppedAttributesCount = r.uint32();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, EVENT);
  }
  return ev;
}

function readLink(r: WireReader): SpanLink {
  const l = newSpanLink();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 2):
          r.id(l.traceId, 'trace id');
          break;
        case tag(2, 2):
          r.id(l.spanId, 'span id');
          break;
        case tag(3, 2):
          l.traceState = r.string();
          break;
        case tag(4, 2):
          readAttribute(r, l.attributes, n++);
          break;
        case tag(5, 0):
          l.droppedAttributesCount = r.uint32();
          break;
        case tag(6, 5):
          l.flags = r.fixed32();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, LINK);
  }
  return l;
}

function readStatus(r: WireReader, st: Status): Status {
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      if (t === tag(2, 2)) st.message = r.string();
      else if (t === tag(3, 0)) st.code = r.int32();
      else r.skip(t);
    }
  } catch (e) {
    throw named(e, t, STATUS);
  }
  return st;
}
