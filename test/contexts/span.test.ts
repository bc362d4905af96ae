/**
 * Span, span event and span link contexts, ported from the reference's `ctxspan/span_test.go`,
 * `ctxspanevent/span_events_test.go` and `ctxspanlink/span_links_test.go` tables.
 */
import { describe, expect, it } from 'vitest';
import { newSpan, newSpanEvent, newSpanLink, type Span, type SpanEvent, type SpanLink } from '../../src/core/model.js';
import { CONTEXTS, ModelObject } from '../../src/contexts/index.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { OttlTime, SpanID, TraceID, type Value } from '../../src/core/values/types.js';
import { resolve, setVia, SPAN_ID, SPAN_ID2, testAttributes, TIME, TIME2, TRACE_ID } from './helpers.js';

function fixture(): { ctx: EvalContext; span: Span; event: SpanEvent; link: SpanLink } {
  const span = newSpan();
  span.traceId = TRACE_ID.slice();
  span.spanId = SPAN_ID.slice();
  span.parentSpanId = SPAN_ID2.slice();
  span.traceState = 'key1=val1,key2=val2';
  span.name = 'bear';
  span.kind = 2;
  span.startTimeUnixNano = TIME;
  span.endTimeUnixNano = TIME2;
  span.attributes = testAttributes();
  span.droppedAttributesCount = 10;
  span.droppedEventsCount = 20;
  span.droppedLinksCount = 30;
  span.status = { code: 1, message: 'good span' };
  const event = newSpanEvent();
  event.name = 'event';
  event.timeUnixNano = TIME;
  event.attributes = testAttributes();
  event.droppedAttributesCount = 3;
  span.events.push(event);
  const link = newSpanLink();
  link.traceId = TRACE_ID.slice();
  link.spanId = SPAN_ID2.slice();
  link.traceState = 'k=v';
  link.flags = 1;
  link.droppedAttributesCount = 4;
  link.attributes = testAttributes();
  span.links.push(link);
  const ctx = new EvalContext();
  ctx.span = span;
  ctx.spanEvent = event;
  ctx.eventIndex = 0;
  ctx.spanLink = link;
  return { ctx, span, event, link };
}

interface Row {
  path: string;
  want: Value;
  value: Value;
  check: (f: ReturnType<typeof fixture>) => void;
  /** What the path reads after the write, when it differs from `value`. */
  after?: Value;
}

const spanRows: Row[] = [
  { path: 'span.trace_id', want: new TraceID(TRACE_ID), value: new TraceID(new Uint8Array(16).fill(1)), check: (f) => expect(f.span.traceId).toEqual(new Uint8Array(16).fill(1)) },
  { path: 'span.trace_id.string', want: '0102030405060708090a0b0c0d0e0f10', value: '00000000000000000000000000000001', check: (f) => expect(f.span.traceId[15]).toBe(1) },
  { path: 'span.span_id', want: new SpanID(SPAN_ID), value: new SpanID(SPAN_ID2), check: (f) => expect(f.span.spanId).toEqual(SPAN_ID2) },
  { path: 'span.span_id.string', want: '0102030405060708', value: '0000000000000002', check: (f) => expect(f.span.spanId[7]).toBe(2) },
  { path: 'span.parent_span_id', want: new SpanID(SPAN_ID2), value: new SpanID(SPAN_ID), check: (f) => expect(f.span.parentSpanId).toEqual(SPAN_ID) },
  { path: 'span.parent_span_id.string', want: '0807060504030201', value: '0102030405060708', check: (f) => expect(f.span.parentSpanId).toEqual(SPAN_ID) },
  { path: 'span.trace_state', want: 'key1=val1,key2=val2', value: 'key=newVal', check: (f) => expect(f.span.traceState).toBe('key=newVal') },
  { path: 'span.trace_state["key1"]', want: 'val1', value: 'newVal', check: (f) => expect(f.span.traceState).toBe('key1=newVal,key2=val2') },
  { path: 'span.trace_state["key3"]', want: '', value: 'v3', check: (f) => expect(f.span.traceState).toBe('key3=v3,key1=val1,key2=val2') },
  { path: 'span.name', want: 'bear', value: 'cat', check: (f) => expect(f.span.name).toBe('cat') },
  { path: 'span.kind', want: 2n, value: 3n, check: (f) => expect(f.span.kind).toBe(3) },
  { path: 'span.kind.string', want: 'Server', value: 'Client', check: (f) => expect(f.span.kind).toBe(3) },
  { path: 'span.kind.deprecated_string', want: 'SPAN_KIND_SERVER', value: 'SPAN_KIND_CONSUMER', check: (f) => expect(f.span.kind).toBe(5) },
  { path: 'span.start_time_unix_nano', want: TIME, value: 200n, check: (f) => expect(f.span.startTimeUnixNano).toBe(200n) },
  { path: 'span.end_time_unix_nano', want: TIME2, value: 500n, check: (f) => expect(f.span.endTimeUnixNano).toBe(500n) },
  { path: 'span.start_time', want: new OttlTime(TIME), value: new OttlTime(86400000000000n), check: (f) => expect(f.span.startTimeUnixNano).toBe(86400000000000n) },
  { path: 'span.end_time', want: new OttlTime(TIME2), value: new OttlTime(3n), check: (f) => expect(f.span.endTimeUnixNano).toBe(3n) },
  { path: 'span.attributes["str"]', want: 'val', value: 'new', check: (f) => expect(f.span.attributes.get('str')).toBe('new') },
  { path: 'span.attributes["arr_float"][0]', want: 1.0, value: 3.5, check: (f) => expect(f.span.attributes.get('arr_float')).toEqual([3.5, 2.0]) },
  { path: 'span.dropped_attributes_count', want: 10n, value: 20n, check: (f) => expect(f.span.droppedAttributesCount).toBe(20) },
  { path: 'span.dropped_events_count', want: 20n, value: 21n, check: (f) => expect(f.span.droppedEventsCount).toBe(21) },
  { path: 'span.dropped_links_count', want: 30n, value: 31n, check: (f) => expect(f.span.droppedLinksCount).toBe(31) },
  { path: 'span.status.code', want: 1n, value: 2n, check: (f) => expect(f.span.status.code).toBe(2) },
  { path: 'span.status.message', want: 'good span', value: 'bad span', check: (f) => expect(f.span.status.message).toBe('bad span') },
  { path: 'resource.dropped_attributes_count', want: 0n, value: 3n, check: (f) => expect(f.ctx.resource.droppedAttributesCount).toBe(3) },
];

const eventRows: Row[] = [
  { path: 'spanevent.name', want: 'event', value: 'renamed', check: (f) => expect(f.event.name).toBe('renamed') },
  { path: 'spanevent.time_unix_nano', want: TIME, value: 7n, check: (f) => expect(f.event.timeUnixNano).toBe(7n) },
  { path: 'spanevent.time', want: new OttlTime(TIME), value: new OttlTime(8n), check: (f) => expect(f.event.timeUnixNano).toBe(8n) },
  { path: 'spanevent.attributes["int"]', want: 10n, value: 11n, check: (f) => expect(f.event.attributes.get('int')).toBe(11n) },
  { path: 'spanevent.dropped_attributes_count', want: 3n, value: 4n, check: (f) => expect(f.event.droppedAttributesCount).toBe(4) },
  { path: 'span.name', want: 'bear', value: 'parent', check: (f) => expect(f.span.name).toBe('parent') },
  { path: 'span.status.code', want: 1n, value: 2n, check: (f) => expect(f.span.status.code).toBe(2) },
];

const linkRows: Row[] = [
  { path: 'spanlink.trace_id', want: new TraceID(TRACE_ID), value: new TraceID(new Uint8Array(16).fill(2)), check: (f) => expect(f.link.traceId).toEqual(new Uint8Array(16).fill(2)) },
  { path: 'spanlink.trace_id.string', want: '0102030405060708090a0b0c0d0e0f10', value: 'ffffffffffffffffffffffffffffffff', check: (f) => expect(f.link.traceId).toEqual(new Uint8Array(16).fill(255)) },
  { path: 'spanlink.span_id', want: new SpanID(SPAN_ID2), value: new SpanID(SPAN_ID), check: (f) => expect(f.link.spanId).toEqual(SPAN_ID) },
  { path: 'spanlink.span_id.string', want: '0807060504030201', value: '0102030405060708', check: (f) => expect(f.link.spanId).toEqual(SPAN_ID) },
  { path: 'spanlink.trace_state', want: 'k=v', value: 'k2=v2', check: (f) => expect(f.link.traceState).toBe('k2=v2') },
  { path: 'spanlink.attributes["bool"]', want: true, value: false, check: (f) => expect(f.link.attributes.get('bool')).toBe(false) },
  { path: 'spanlink.dropped_attributes_count', want: 4n, value: 5n, check: (f) => expect(f.link.droppedAttributesCount).toBe(5) },
  { path: 'spanlink.flags', want: 1n, value: 4294967295n, check: (f) => expect(f.link.flags).toBe(4294967295) },
  { path: 'span.span_id.string', want: '0102030405060708', value: '0807060504030201', check: (f) => expect(f.span.spanId).toEqual(SPAN_ID2) },
];

describe.each([
  ['span', spanRows],
  ['spanevent', eventRows],
  ['spanlink', linkRows],
] as const)('%s context paths', (context, rows) => {
  it.each(rows)('$path', ({ path: p, want, value, check, after }) => {
    const f = fixture();
    const acc = resolve(context, p);
    expect(acc.get(f.ctx)).toStrictEqual(want);
    setVia(acc, f.ctx, value);
    check(f);
    expect(acc.get(f.ctx)).toStrictEqual(after ?? value);
  });
});

describe('span specifics', () => {
  it('rejects unknown kind strings', () => {
    const f = fixture();
    expect(() => setVia(resolve('span', 'span.kind.string'), f.ctx, 'Bogus')).toThrow('unknown span kind string, Bogus');
    expect(() => setVia(resolve('span', 'span.kind.deprecated_string'), f.ctx, 'Server')).toThrow(
      'unknown span kind deprecated string, Server',
    );
    f.span.kind = 9;
    expect(resolve('span', 'span.kind.string').get(f.ctx)).toBe('');
  });

  it('reads an invalid trace state key as nil and leaves it alone on write', () => {
    const f = fixture();
    f.span.traceState = 'not a valid tracestate';
    const acc = resolve('span', 'span.trace_state["key1"]');
    expect(acc.get(f.ctx)).toBeNull();
    setVia(acc, f.ctx, 'x');
    expect(f.span.traceState).toBe('not a valid tracestate');
  });

  it('ignores an invalid trace state value and needs exactly one literal string key', () => {
    const f = fixture();
    setVia(resolve('span', 'span.trace_state["key1"]'), f.ctx, 'bad,value');
    expect(f.span.traceState).toBe('key1=val1,key2=val2');
    expect(() => resolve('span', 'span.trace_state["a"]["b"]')).toThrow('must provide exactly 1 key when accessing trace_state');
    expect(() => resolve('span', 'span.trace_state[0]').get(f.ctx)).toThrow('trace_state indexing type must be a string');
  });

  it('exposes status, events and links as model objects that copy on write', () => {
    const f = fixture();
    const status = resolve('span', 'span.status').get(f.ctx) as unknown as ModelObject;
    expect(status).toBeInstanceOf(ModelObject);
    expect(status.goType).toBe('ptrace.Status');
    const other = fixture();
    other.span.status = { code: 2, message: 'copied' };
    setVia(resolve('span', 'span.status'), f.ctx, resolve('span', 'span.status').get(other.ctx));
    expect(f.span.status).toEqual({ code: 2, message: 'copied' });
    expect(f.span.status).not.toBe(other.span.status);
    expect(() => setVia(resolve('span', 'span.status'), f.ctx, null)).toThrow('setting a value to nil is not supported');
    expect(() => setVia(resolve('span', 'span.status'), f.ctx, 'x')).toThrow('expects ptrace.Status but got string');

    const events = resolve('span', 'span.events');
    setVia(events, f.ctx, events.get(other.ctx));
    expect(f.span.events).toEqual(other.span.events);
    expect(f.span.events[0]).not.toBe(other.span.events[0]);
    const links = f.span.links.length;
    expect(() => setVia(resolve('span', 'span.links'), f.ctx, null)).toThrow('setting a value to nil is not supported');
    expect(f.span.links).toHaveLength(links);
    expect(() => setVia(events, f.ctx, resolve('span', 'span.links').get(f.ctx))).toThrow(
      'expects ptrace.SpanEventSlice but got ptrace.SpanLinkSlice',
    );
  });

  it('rejects out-of-range span link flags', () => {
    const f = fixture();
    expect(() => setVia(resolve('spanlink', 'spanlink.flags'), f.ctx, -1n)).toThrow('value -1 is out of range for uint32');
    expect(() => setVia(resolve('spanlink', 'spanlink.flags'), f.ctx, 4294967296n)).toThrow(
      'value 4294967296 is out of range for uint32',
    );
  });

  it('reads the span event index and offers no setter for it', () => {
    const f = fixture();
    f.ctx.eventIndex = 3;
    const acc = resolve('spanevent', 'spanevent.event_index');
    expect(acc.get(f.ctx)).toBe(3n);
    expect(acc.set).toBeUndefined();
  });

  it('does not index span link trace state', () => {
    expect(() => resolve('spanlink', 'spanlink.trace_state["k"]')).toThrow('the keys indexing "trace_state" were not used');
  });

  it.each(['span', 'spanevent', 'spanlink'] as const)('%s registers span kind and status enums', (context) => {
    const enums = CONTEXTS.get(context)?.enums;
    expect(enums?.get('SPAN_KIND_SERVER')).toBe(2n);
    expect(enums?.get('SPAN_KIND_CONSUMER')).toBe(5n);
    expect(enums?.get('STATUS_CODE_ERROR')).toBe(2n);
    expect(enums?.size).toBe(9);
  });

  it('resolves legacy span event paths against the event and the parent span', () => {
    const f = fixture();
    expect(resolve('spanevent', 'name', { legacy: true }).get(f.ctx)).toBe('event');
    expect(resolve('spanevent', 'span.name', { legacy: true }).get(f.ctx)).toBe('bear');
    expect(() => resolve('spanevent', 'span.cache')).toThrow('please replace "span.cache" with "spanevent.cache"');
  });
});
