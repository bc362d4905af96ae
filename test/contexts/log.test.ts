/**
 * Log context paths, ported from the reference's `ctxlog/log_test.go` and `ottllog/log_test.go`
 * tables: each row reads a path on a fixture, writes a new value and checks the record changed.
 */
import { describe, expect, it } from 'vitest';
import { newLogRecord, newResource, newScope, type LogRecord } from '../../src/core/model.js';
import { CONTEXTS, PathError } from '../../src/contexts/index.js';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { OttlTime, SpanID, TraceID, type Value } from '../../src/core/values/types.js';
import { stringify_all } from '../../src/functions/stringify_all.js';
import { path, resolve, setVia, SPAN_ID, SPAN_ID2, testAttributes, TIME, TIME2, TRACE_ID } from './helpers.js';

function fixture(): { ctx: EvalContext; log: LogRecord } {
  const log = newLogRecord();
  log.timeUnixNano = TIME;
  log.observedTimeUnixNano = TIME2;
  log.severityNumber = 9;
  log.severityText = 'blue screen of death';
  log.body = 'body';
  log.attributes = testAttributes();
  log.droppedAttributesCount = 10;
  log.flags = 4;
  log.traceId = TRACE_ID.slice();
  log.spanId = SPAN_ID.slice();
  log.eventName = 'event';
  const ctx = new EvalContext();
  ctx.log = log;
  ctx.resource = newResource();
  ctx.scope = newScope();
  return { ctx, log };
}

interface Row {
  path: string;
  want: Value;
  value: Value;
  check: (log: LogRecord) => void;
}

const rows: Row[] = [
  { path: 'log.time_unix_nano', want: TIME, value: 200n, check: (l) => expect(l.timeUnixNano).toBe(200n) },
  { path: 'log.observed_time_unix_nano', want: TIME2, value: 300n, check: (l) => expect(l.observedTimeUnixNano).toBe(300n) },
  { path: 'log.time', want: new OttlTime(TIME), value: new OttlTime(86400000000000n), check: (l) => expect(l.timeUnixNano).toBe(86400000000000n) },
  { path: 'log.observed_time', want: new OttlTime(TIME2), value: new OttlTime(1n), check: (l) => expect(l.observedTimeUnixNano).toBe(1n) },
  { path: 'log.severity_number', want: 9n, value: 17n, check: (l) => expect(l.severityNumber).toBe(17) },
  { path: 'log.severity_text', want: 'blue screen of death', value: 'info', check: (l) => expect(l.severityText).toBe('info') },
  { path: 'log.body', want: 'body', value: 'new body', check: (l) => expect(l.body).toBe('new body') },
  { path: 'log.body.string', want: 'body', value: 'str', check: (l) => expect(l.body).toBe('str') },
  { path: 'log.dropped_attributes_count', want: 10n, value: 20n, check: (l) => expect(l.droppedAttributesCount).toBe(20) },
  { path: 'log.flags', want: 4n, value: 5n, check: (l) => expect(l.flags).toBe(5) },
  { path: 'log.trace_id', want: new TraceID(TRACE_ID), value: new TraceID(new Uint8Array(16).fill(9)), check: (l) => expect(l.traceId).toEqual(new Uint8Array(16).fill(9)) },
  { path: 'log.trace_id.string', want: '0102030405060708090a0b0c0d0e0f10', value: '100f0e0d0c0b0a090807060504030201', check: (l) => expect(l.traceId).toEqual(TRACE_ID.slice().reverse()) },
  { path: 'log.span_id', want: new SpanID(SPAN_ID), value: new SpanID(SPAN_ID2), check: (l) => expect(l.spanId).toEqual(SPAN_ID2) },
  { path: 'log.span_id.string', want: '0102030405060708', value: '0807060504030201', check: (l) => expect(l.spanId).toEqual(SPAN_ID2) },
  { path: 'log.event_name', want: 'event', value: 'new_event', check: (l) => expect(l.eventName).toBe('new_event') },
  { path: 'log.attributes["str"]', want: 'val', value: 'newVal', check: (l) => expect(l.attributes.get('str')).toBe('newVal') },
  { path: 'log.attributes["bool"]', want: true, value: false, check: (l) => expect(l.attributes.get('bool')).toBe(false) },
  { path: 'log.attributes["int"]', want: 10n, value: 20n, check: (l) => expect(l.attributes.get('int')).toBe(20n) },
  { path: 'log.attributes["double"]', want: 1.2, value: 2.4, check: (l) => expect(l.attributes.get('double')).toBe(2.4) },
  { path: 'log.attributes["bytes"]', want: new Uint8Array([1, 3, 2]), value: new Uint8Array([2, 3, 4]), check: (l) => expect(l.attributes.get('bytes')).toEqual(new Uint8Array([2, 3, 4])) },
  { path: 'log.attributes["arr_str"]', want: ['one', 'two'], value: ['new'], check: (l) => expect(l.attributes.get('arr_str')).toEqual(['new']) },
  { path: 'log.attributes["arr_int"][1]', want: 3n, value: 7n, check: (l) => expect(l.attributes.get('arr_int')).toEqual([2n, 7n]) },
  { path: 'log.attributes["pMap"]["original"]', want: 'map', value: 'new', check: (l) => expect(l.attributes.get('pMap')).toEqual(new Map([['original', 'new']])) },
  { path: 'log.attributes["slice"][0]["map"]', want: 1n, value: 2n, check: (l) => expect(l.attributes.get('slice')).toEqual([new Map([['map', 2n]])]) },
  { path: 'log.attributes["missing"]', want: null, value: 'x', check: (l) => expect(l.attributes.get('missing')).toBe('x') },
  { path: 'resource.attributes["r"]', want: null, value: 'rv', check: () => undefined },
  { path: 'instrumentation_scope.name', want: '', value: 'lib', check: () => undefined },
  { path: 'scope.version', want: '', value: 'v1', check: () => undefined },
];

describe('log context paths', () => {
  it.each(rows)('$path', ({ path: p, want, value, check }) => {
    const { ctx, log } = fixture();
    const acc = resolve('log', p);
    expect(acc.get(ctx)).toStrictEqual(want);
    setVia(acc, ctx, value);
    check(log);
    expect(acc.get(ctx)).toStrictEqual(value);
  });

  it('reads the whole attribute map live and replaces its contents on write', () => {
    const { ctx, log } = fixture();
    const acc = resolve('log', 'log.attributes');
    expect(acc.get(ctx)).toBe(log.attributes);
    const before = log.attributes;
    setVia(acc, ctx, new Map<string, Value>([['a', 'b']]));
    expect(log.attributes).toBe(before);
    expect([...log.attributes]).toEqual([['a', 'b']]);
  });

  it('accepts legacy unprefixed paths, including a first field named resource', () => {
    const { ctx, log } = fixture();
    ctx.resource.attributes.set('host', 'h1');
    expect(resolve('log', 'attributes["str"]', { legacy: true }).get(ctx)).toBe('val');
    expect(resolve('log', 'resource.attributes["host"]', { legacy: true }).get(ctx)).toBe('h1');
    expect(resolve('log', 'instrumentation_scope.name', { legacy: true }).get(ctx)).toBe('');
    expect(resolve('log', 'body', { legacy: true }).get(ctx)).toBe(log.body);
    expect(resolve('log', 'cache', { legacy: true }).get(ctx)).toBe(ctx.cache);
  });

  it('indexes a map body and a slice body with key chains', () => {
    const { ctx, log } = fixture();
    log.body = new Map<string, Value>([['a', [new Map<string, Value>([['b', 1n]])]]]);
    expect(resolve('log', 'log.body["a"][0]["b"]').get(ctx)).toBe(1n);
    setVia(resolve('log', 'log.body["a"][0]["c"]'), ctx, 'x');
    expect(resolve('log', 'log.body["a"][0]["c"]').get(ctx)).toBe('x');
    log.body = ['p', 'q'];
    expect(resolve('log', 'log.body[1]').get(ctx)).toBe('q');
    setVia(resolve('log', 'log.body[0]'), ctx, 9n);
    expect(log.body).toEqual([9n, 'q']);
  });

  it('refuses to index a scalar body', () => {
    const { ctx } = fixture();
    const acc = resolve('log', 'log.body["a"]');
    expect(() => acc.get(ctx)).toThrow(new OttlRuntimeError('log bodies of type Str cannot be indexed'));
    expect(() => setVia(acc, ctx, 'x')).toThrow('log bodies of type Str cannot be indexed');
  });

  it.each<[Value, string]>([
    [null, ''],
    [12n, '12'],
    [1.5, '1.5'],
    [true, 'true'],
    [new Uint8Array([1, 2, 3]), 'AQID'],
    [new Map<string, Value>([['b', 1n], ['a', '<&>']]), '{"a":"\\u003c\\u0026\\u003e","b":1}'],
    [[1n, 'x', null], '[1,"x",null]'],
  ])('body.string renders %o as %s', (body, text) => {
    const { ctx, log } = fixture();
    log.body = body;
    expect(resolve('log', 'log.body.string').get(ctx)).toBe(text);
  });

  it.each<[string, Value]>([
    ['a map with HTML characters', new Map<string, Value>([['k', '<b>&']])],
    ['NaN', NaN],
    ['a map holding NaN', new Map<string, Value>([['k', NaN]])],
  ])('body.string and stringify_all render %s alike (one pdata AsString)', (_name, body) => {
    const { ctx, log } = fixture();
    log.body = body;
    const viaPath = resolve('log', 'log.body.string').get(ctx);
    const attrs = new Map<string, Value>([['v', body]]);
    stringify_all.create({ target: { get: () => attrs, set: () => undefined } }, { context: 'log' })(ctx);
    expect(attrs.get('v')).toBe(viaPath);
  });

  it('body.string requires a string', () => {
    const { ctx } = fixture();
    expect(() => setVia(resolve('log', 'log.body.string'), ctx, 1n)).toThrow('expects string but got int64');
  });

  it.each([
    ['12', 'trace ids must be 32 hex characters'],
    ['0102030405060708090a0b0c0d0e0fzz', "encoding/hex: invalid byte: U+007A 'z'"],
  ])('trace_id.string rejects %s', (text, message) => {
    const { ctx } = fixture();
    expect(() => setVia(resolve('log', 'log.trace_id.string'), ctx, text)).toThrow(message);
  });

  it('span_id.string checks length and odd trailing characters', () => {
    const { ctx } = fixture();
    const acc = resolve('log', 'log.span_id.string');
    expect(() => setVia(acc, ctx, 'abc')).toThrow('span ids must be 16 hex characters');
    expect(() => setVia(acc, ctx, '01020304050607080')).toThrow('encoding/hex: odd length hex string');
  });

  it('keeps int64 timestamps exact both ways', () => {
    const { ctx, log } = fixture();
    const nano = resolve('log', 'log.time_unix_nano');
    const time = resolve('log', 'log.time');
    expect(nano.get(ctx)).toBe(1581452772000000321n);
    setVia(time, ctx, new OttlTime(1581452772000000321n, 'America/New_York'));
    expect(log.timeUnixNano).toBe(1581452772000000321n);
    expect(time.get(ctx)).toStrictEqual(new OttlTime(1581452772000000321n));
    setVia(nano, ctx, nano.get(ctx));
    expect(log.timeUnixNano).toBe(1581452772000000321n);
    expect(() => setVia(nano, ctx, new OttlTime(1n))).toThrow('expects int64 but got time.Time');
    setVia(nano, ctx, -1n);
    expect(log.timeUnixNano).toBe(18446744073709551615n);
    expect(nano.get(ctx)).toBe(-1n);
  });

  it('narrows ints the way Go converts them', () => {
    const { ctx, log } = fixture();
    setVia(resolve('log', 'log.dropped_attributes_count'), ctx, -1n);
    expect(log.droppedAttributesCount).toBe(4294967295);
    setVia(resolve('log', 'log.severity_number'), ctx, 4294967297n);
    expect(log.severityNumber).toBe(1);
  });

  it.each(['log.severity_text', 'log.time', 'log.trace_id', 'log.flags'])('%s rejects nil and wrong types', (p) => {
    const { ctx } = fixture();
    const acc = resolve('log', p);
    expect(() => setVia(acc, ctx, null)).toThrow('setting a value to nil is not supported');
    expect(() => setVia(acc, ctx, [1n])).toThrow(/^expects .* but got pcommon.Slice$/);
  });

  it('empties containers on nil', () => {
    const { ctx, log } = fixture();
    setVia(resolve('log', 'log.body'), ctx, null);
    expect(log.body).toBeNull();
    setVia(resolve('log', 'log.attributes["str"]'), ctx, null);
    expect(log.attributes.has('str')).toBe(true);
    expect(log.attributes.get('str')).toBeNull();
    setVia(resolve('log', 'log.attributes'), ctx, null);
    expect(log.attributes.size).toBe(0);
  });

  it('registers the severity enums', () => {
    const enums = CONTEXTS.get('log')?.enums;
    expect(enums?.get('SEVERITY_NUMBER_UNSPECIFIED')).toBe(0n);
    expect(enums?.get('SEVERITY_NUMBER_TRACE')).toBe(1n);
    expect(enums?.get('SEVERITY_NUMBER_INFO2')).toBe(10n);
    expect(enums?.get('SEVERITY_NUMBER_FATAL4')).toBe(24n);
    expect(enums?.size).toBe(25);
    expect(enums?.has('SPAN_KIND_SERVER')).toBe(false);
  });

  it('reports unknown paths with the reference message and the bad segment span', () => {
    const req = path('log.foo');
    try {
      CONTEXTS.get('log')?.resolvePath(req);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PathError);
      expect((e as PathError).message).toBe(
        'segment "foo" from path "log.foo" is not a valid path nor a valid OTTL keyword for the log context - review https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/pkg/ottl/contexts/ottllog to see all valid paths',
      );
      expect((e as PathError).span).toEqual({ start: 4, end: 7 });
    }
  });

  it.each([
    ['log.body.foo', 'segment "foo" from path "log.body.foo"'],
    ['log.trace_id.hex', 'segment "hex" from path "log.trace_id.hex"'],
    ['log.severity_text["a"]', 'the keys indexing "severity_text" were not used by the context'],
    ['log.body.string.extra', 'the path section "extra" was not used by the context'],
    ['resource.nope', 'for the resource context - review https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/pkg/ottl/contexts/ottlresource'],
    ['scope.nope', 'for the scope context'],
    ['span.name', 'segment "span" from path "span.name" is not a valid path nor a valid OTTL keyword for the log context'],
  ])('rejects %s', (p, message) => {
    expect(() => resolve('log', p)).toThrow(message);
  });

  it('only reaches the cache through the statement context', () => {
    expect(() => resolve('log', 'resource.cache["a"]')).toThrow(
      'access to cache must be performed using the same context, please replace "resource.cache[a]" with "log.cache[a]"',
    );
    const { ctx } = fixture();
    setVia(resolve('log', 'log.cache["a"]["b"]'), ctx, 'c');
    expect(resolve('log', 'log.cache').get(ctx)).toEqual(new Map([['a', new Map([['b', 'c']])]]));
  });

  it('rejects a bare legacy context name', () => {
    expect(() => resolve('log', 'resource', { legacy: true })).toThrow('segment "resource" from path "resource"');
  });
});
