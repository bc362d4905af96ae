/**
 * `set(path, nil)` by path type, for every context. Rows are named after the reference's
 * `TestPathGetSetter` rows, whose nil check PR #49728 added (`nilNoError` marks the setters that
 * accept nil). What each kind of path does with nil:
 * - `value`: a pcommon.Value path stores an EMPTY value (created when the key is missing);
 * - `emptied`: a map path or a typed slice path is emptied;
 * - `error`: every other setter rejects nil and leaves the field as it was.
 */
import { describe, expect, it } from 'vitest';
import {
  newExemplar,
  newHistogramDataPoint,
  newLogRecord,
  newMetric,
  newNumberDataPoint,
  newScope,
  newResource,
  newSpan,
  newSpanEvent,
  newSpanLink,
  newSummaryDataPoint,
  newExponentialHistogramDataPoint,
  type DataPoint,
} from '../../src/core/model.js';
import type { ContextName } from '../../src/contexts/index.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';
import { resolve, setVia, SPAN_ID, testAttributes, TIME, TRACE_ID } from './helpers.js';

type Outcome = 'value' | 'emptied' | 'error';
type PointKind = 'number' | 'histogram' | 'exponentialHistogram' | 'summary';

interface Row {
  /** The reference's row name (or what the row covers, for rows the reference does not have). */
  name: string;
  path: string;
  nil: Outcome;
  /** The data point kind the row runs on (datapoint context). */
  point?: PointKind;
}

function point(kind: PointKind): DataPoint {
  const make = {
    number: newNumberDataPoint,
    histogram: newHistogramDataPoint,
    exponentialHistogram: newExponentialHistogramDataPoint,
    summary: newSummaryDataPoint,
  }[kind];
  const p = make();
  p.attributes = testAttributes();
  p.startTimeUnixNano = TIME;
  p.timeUnixNano = TIME;
  p.flags = 1;
  if (p.kind === 'number') p.value = 1.5;
  if (p.kind === 'histogram') {
    p.count = 3n;
    p.sum = 2.5;
    p.bucketCounts = [1n, 2n];
    p.explicitBounds = [1];
  }
  if (p.kind === 'exponentialHistogram') {
    p.scale = 2;
    p.positive = { offset: 1, bucketCounts: [3n] };
    p.negative = { offset: -1, bucketCounts: [4n] };
  }
  if (p.kind === 'summary') p.quantileValues = [{ quantile: 0.5, value: 1 }];
  if (p.kind !== 'summary') {
    const e = newExemplar();
    e.filteredAttributes = testAttributes();
    e.value = 2n;
    e.traceId = TRACE_ID.slice();
    e.spanId = SPAN_ID.slice();
    p.exemplars.push(e);
  }
  return p;
}

/** One record of every context, each field set to something other than its zero value. */
function fixture(kind: PointKind = 'number'): EvalContext {
  const ctx = new EvalContext();
  ctx.resource = { ...newResource(), attributes: testAttributes(), droppedAttributesCount: 1 };
  ctx.resourceHolder = { schemaUrl: 'https://r' };
  ctx.scope = { ...newScope(), name: 'lib', version: '1', attributes: testAttributes(), droppedAttributesCount: 2 };
  ctx.scopeHolder = { schemaUrl: 'https://s' };
  const log = newLogRecord();
  Object.assign(log, {
    timeUnixNano: TIME, observedTimeUnixNano: TIME, severityNumber: 21, severityText: 'FATAL', body: 'body',
    attributes: testAttributes(), droppedAttributesCount: 10, flags: 4, traceId: TRACE_ID.slice(), spanId: SPAN_ID.slice(),
    eventName: 'ev',
  });
  ctx.log = log;
  const span = newSpan();
  Object.assign(span, {
    traceId: TRACE_ID.slice(), spanId: SPAN_ID.slice(), parentSpanId: SPAN_ID.slice(), traceState: 'k1=v1', name: 'bear',
    kind: 2, startTimeUnixNano: TIME, endTimeUnixNano: TIME, attributes: testAttributes(), droppedAttributesCount: 1,
    droppedEventsCount: 2, droppedLinksCount: 3, status: { code: 1, message: 'ok' },
  });
  const event = newSpanEvent();
  Object.assign(event, { name: 'e', timeUnixNano: TIME, attributes: testAttributes(), droppedAttributesCount: 3 });
  const link = newSpanLink();
  Object.assign(link, { traceId: TRACE_ID.slice(), spanId: SPAN_ID.slice(), traceState: 'k=v', flags: 1, attributes: testAttributes(), droppedAttributesCount: 4 });
  span.events.push(event);
  span.links.push(link);
  ctx.span = span;
  ctx.spanEvent = event;
  ctx.eventIndex = 0;
  ctx.spanLink = link;
  const p = point(kind);
  const metric = newMetric();
  Object.assign(metric, { name: 'm', description: 'd', unit: 'u', metadata: testAttributes() });
  metric.data =
    p.kind === 'number'
      ? { kind: 'sum', dataPoints: [p], aggregationTemporality: 2, isMonotonic: true }
      : p.kind === 'histogram'
        ? { kind: 'histogram', dataPoints: [p], aggregationTemporality: 2 }
        : p.kind === 'exponentialHistogram'
          ? { kind: 'exponentialHistogram', dataPoints: [p], aggregationTemporality: 2 }
          : { kind: 'summary', dataPoints: [p] };
  ctx.metric = metric;
  ctx.dataPoint = p;
  ctx.exemplar = p.kind === 'summary' ? newExemplar() : p.exemplars[0];
  ctx.cache.set('temp', 'value');
  return ctx;
}

/** Rows every context with attributes shares: the map path, each stored type, nested and missing keys. */
function attributeRows(prefix: string, field = 'attributes'): Row[] {
  const p = `${prefix}.${field}`;
  return [
    { name: field, path: p, nil: 'emptied' },
    { name: `${field} string`, path: `${p}["str"]`, nil: 'value' },
    { name: `${field} bool`, path: `${p}["bool"]`, nil: 'value' },
    { name: `${field} int`, path: `${p}["int"]`, nil: 'value' },
    { name: `${field} float`, path: `${p}["double"]`, nil: 'value' },
    { name: `${field} bytes`, path: `${p}["bytes"]`, nil: 'value' },
    { name: `${field} array string`, path: `${p}["arr_str"]`, nil: 'value' },
    { name: `${field} array int`, path: `${p}["arr_int"]`, nil: 'value' },
    { name: `${field} pcommon.Map`, path: `${p}["pMap"]`, nil: 'value' },
    { name: `${field} nested`, path: `${p}["slice"][0]["map"]`, nil: 'value' },
    { name: `${field} slice element`, path: `${p}["arr_str"][1]`, nil: 'value' },
    { name: `${field} nested new values`, path: `${p}["new"][2][0]`, nil: 'value' },
    { name: `${field} missing key`, path: `${p}["missing"]`, nil: 'value' },
  ];
}

function cacheRows(prefix: string): Row[] {
  return [
    { name: 'cache', path: `${prefix}.cache`, nil: 'emptied' },
    { name: 'cache access', path: `${prefix}.cache["temp"]`, nil: 'value' },
    { name: 'cache missing key', path: `${prefix}.cache["missing"]`, nil: 'value' },
  ];
}

const TABLES: Record<ContextName, Row[]> = {
  log: [
    { name: 'time_unix_nano', path: 'log.time_unix_nano', nil: 'error' },
    { name: 'observed_time_unix_nano', path: 'log.observed_time_unix_nano', nil: 'error' },
    { name: 'time', path: 'log.time', nil: 'error' },
    { name: 'observed_time', path: 'log.observed_time', nil: 'error' },
    { name: 'severity_number', path: 'log.severity_number', nil: 'error' },
    { name: 'severity_text', path: 'log.severity_text', nil: 'error' },
    { name: 'body is string', path: 'log.body', nil: 'value' },
    { name: 'body.string', path: 'log.body.string', nil: 'error' },
    { name: 'dropped_attributes_count', path: 'log.dropped_attributes_count', nil: 'error' },
    { name: 'flags', path: 'log.flags', nil: 'error' },
    { name: 'trace_id', path: 'log.trace_id', nil: 'error' },
    { name: 'span_id', path: 'log.span_id', nil: 'error' },
    { name: 'trace_id string', path: 'log.trace_id.string', nil: 'error' },
    { name: 'span_id string', path: 'log.span_id.string', nil: 'error' },
    { name: 'event_name', path: 'log.event_name', nil: 'error' },
    ...attributeRows('log'),
    ...cacheRows('log'),
  ],
  span: [
    { name: 'trace_id', path: 'span.trace_id', nil: 'error' },
    { name: 'span_id', path: 'span.span_id', nil: 'error' },
    { name: 'parent_span_id', path: 'span.parent_span_id', nil: 'error' },
    { name: 'trace_id string', path: 'span.trace_id.string', nil: 'error' },
    { name: 'parent_span_id string', path: 'span.parent_span_id.string', nil: 'error' },
    { name: 'trace_state', path: 'span.trace_state', nil: 'error' },
    { name: 'trace_state key', path: 'span.trace_state["k1"]', nil: 'error' },
    { name: 'name', path: 'span.name', nil: 'error' },
    { name: 'kind', path: 'span.kind', nil: 'error' },
    { name: 'string kind', path: 'span.kind.string', nil: 'error' },
    { name: 'deprecated string kind', path: 'span.kind.deprecated_string', nil: 'error' },
    { name: 'start_time_unix_nano', path: 'span.start_time_unix_nano', nil: 'error' },
    { name: 'end_time_unix_nano', path: 'span.end_time_unix_nano', nil: 'error' },
    { name: 'start_time', path: 'span.start_time', nil: 'error' },
    { name: 'end_time', path: 'span.end_time', nil: 'error' },
    { name: 'dropped_attributes_count', path: 'span.dropped_attributes_count', nil: 'error' },
    { name: 'events', path: 'span.events', nil: 'error' },
    { name: 'dropped_events_count', path: 'span.dropped_events_count', nil: 'error' },
    { name: 'links', path: 'span.links', nil: 'error' },
    { name: 'dropped_links_count', path: 'span.dropped_links_count', nil: 'error' },
    { name: 'status', path: 'span.status', nil: 'error' },
    { name: 'status code', path: 'span.status.code', nil: 'error' },
    { name: 'status message', path: 'span.status.message', nil: 'error' },
    ...attributeRows('span'),
    ...cacheRows('span'),
  ],
  spanevent: [
    { name: 'span event time_unix_nano', path: 'spanevent.time_unix_nano', nil: 'error' },
    { name: 'span event time', path: 'spanevent.time', nil: 'error' },
    { name: 'name', path: 'spanevent.name', nil: 'error' },
    { name: 'dropped_attributes_count', path: 'spanevent.dropped_attributes_count', nil: 'error' },
    ...attributeRows('spanevent'),
    ...cacheRows('spanevent'),
  ],
  spanlink: [
    { name: 'trace_id', path: 'spanlink.trace_id', nil: 'error' },
    { name: 'span_id', path: 'spanlink.span_id', nil: 'error' },
    { name: 'trace_id string', path: 'spanlink.trace_id.string', nil: 'error' },
    { name: 'span_id string', path: 'spanlink.span_id.string', nil: 'error' },
    { name: 'trace_state', path: 'spanlink.trace_state', nil: 'error' },
    { name: 'dropped_attributes_count', path: 'spanlink.dropped_attributes_count', nil: 'error' },
    { name: 'flags', path: 'spanlink.flags', nil: 'error' },
    ...attributeRows('spanlink'),
    ...cacheRows('spanlink'),
  ],
  metric: [
    { name: 'metric name', path: 'metric.name', nil: 'error' },
    { name: 'metric description', path: 'metric.description', nil: 'error' },
    { name: 'metric unit', path: 'metric.unit', nil: 'error' },
    { name: 'metric aggregation_temporality', path: 'metric.aggregation_temporality', nil: 'error' },
    { name: 'metric is_monotonic', path: 'metric.is_monotonic', nil: 'error' },
    { name: 'metric data points', path: 'metric.data_points', nil: 'error' },
    ...attributeRows('metric', 'metadata'),
    ...cacheRows('metric'),
  ],
  datapoint: [
    { name: 'start_time_unix_nano', path: 'datapoint.start_time_unix_nano', nil: 'error' },
    { name: 'time_unix_nano', path: 'datapoint.time_unix_nano', nil: 'error' },
    { name: 'start_time', path: 'datapoint.start_time', nil: 'error' },
    { name: 'time', path: 'datapoint.time', nil: 'error' },
    { name: 'value_double', path: 'datapoint.value_double', nil: 'error' },
    { name: 'value_int', path: 'datapoint.value_int', nil: 'error' },
    { name: 'flags', path: 'datapoint.flags', nil: 'error' },
    { name: 'exemplars', path: 'datapoint.exemplars', nil: 'error' },
    { name: 'count', path: 'datapoint.count', nil: 'error', point: 'histogram' },
    { name: 'sum', path: 'datapoint.sum', nil: 'error', point: 'histogram' },
    { name: 'bucket_counts', path: 'datapoint.bucket_counts', nil: 'emptied', point: 'histogram' },
    { name: 'explicit_bounds', path: 'datapoint.explicit_bounds', nil: 'emptied', point: 'histogram' },
    { name: 'scale', path: 'datapoint.scale', nil: 'error', point: 'exponentialHistogram' },
    { name: 'zero_count', path: 'datapoint.zero_count', nil: 'error', point: 'exponentialHistogram' },
    { name: 'positive', path: 'datapoint.positive', nil: 'error', point: 'exponentialHistogram' },
    { name: 'positive offset', path: 'datapoint.positive.offset', nil: 'error', point: 'exponentialHistogram' },
    { name: 'positive bucket_counts', path: 'datapoint.positive.bucket_counts', nil: 'emptied', point: 'exponentialHistogram' },
    { name: 'negative', path: 'datapoint.negative', nil: 'error', point: 'exponentialHistogram' },
    { name: 'negative bucket_counts', path: 'datapoint.negative.bucket_counts', nil: 'emptied', point: 'exponentialHistogram' },
    { name: 'quantile_values', path: 'datapoint.quantile_values', nil: 'error', point: 'summary' },
    ...attributeRows('datapoint'),
    ...cacheRows('datapoint'),
  ],
  exemplar: [
    { name: 'time_unix_nano', path: 'exemplar.time_unix_nano', nil: 'error' },
    { name: 'time', path: 'exemplar.time', nil: 'error' },
    { name: 'double_value', path: 'exemplar.double_value', nil: 'error' },
    { name: 'int_value', path: 'exemplar.int_value', nil: 'error' },
    { name: 'trace_id', path: 'exemplar.trace_id', nil: 'error' },
    { name: 'span_id', path: 'exemplar.span_id', nil: 'error' },
    { name: 'trace_id string', path: 'exemplar.trace_id.string', nil: 'error' },
    { name: 'span_id string', path: 'exemplar.span_id.string', nil: 'error' },
    ...attributeRows('exemplar', 'filtered_attributes'),
    ...cacheRows('exemplar'),
  ],
  resource: [
    { name: 'dropped_attributes_count', path: 'resource.dropped_attributes_count', nil: 'error' },
    { name: 'schema_url', path: 'resource.schema_url', nil: 'error' },
    ...attributeRows('resource'),
    ...cacheRows('resource'),
  ],
  scope: [
    { name: 'name', path: 'scope.name', nil: 'error' },
    { name: 'version', path: 'scope.version', nil: 'error' },
    { name: 'dropped_attributes_count', path: 'scope.dropped_attributes_count', nil: 'error' },
    { name: 'schema_url', path: 'scope.schema_url', nil: 'error' },
    ...attributeRows('scope'),
    ...cacheRows('scope'),
  ],
};

/** The map holding the last key of `path` (`x.attributes["a"]["b"]` → `x.attributes["a"]`), for key-existence checks. */
function parentPath(path: string): string | null {
  const i = path.lastIndexOf('[');
  return i > 0 && path.endsWith('"]') ? path.slice(0, i) : null;
}

describe.each(Object.entries(TABLES))('set(%s path, nil)', (context, rows) => {
  it.each(rows)('$name ($path) → $nil', ({ path, nil, point: kind }) => {
    const ctx = fixture(kind);
    const acc = resolve(context as ContextName, path);
    const before = acc.get(ctx);
    // Map paths read live: take the size before the write.
    const sizeBefore = before instanceof Map ? before.size : Array.isArray(before) ? before.length : -1;
    switch (nil) {
      case 'error':
        expect(() => setVia(acc, ctx, null)).toThrow('setting a value to nil is not supported');
        expect(acc.get(ctx)).toStrictEqual(before);
        break;
      case 'value': {
        setVia(acc, ctx, null);
        expect(acc.get(ctx)).toBeNull();
        // The key exists, holding the empty value (OTLP/JSON `"value": {}`), even when it was missing.
        const parent = parentPath(path);
        if (parent !== null) {
          const key = path.slice(parent.length + 2, -2);
          expect((resolve(context as ContextName, parent).get(ctx) as ValueMap).has(key)).toBe(true);
        }
        break;
      }
      case 'emptied': {
        setVia(acc, ctx, null);
        const after: Value = acc.get(ctx);
        expect(after instanceof Map ? after.size : (after as Value[]).length).toBe(0);
        expect(sizeBefore).toBeGreaterThan(0);
        break;
      }
    }
  });
});

describe('set nil never infers a zero value from the current content (PR #49431 was rejected)', () => {
  it.each([
    ['str', 'val'],
    ['int', 10n],
    ['double', 1.2],
    ['bool', true],
    ['map', new Map([['original', 'map']])],
  ])('attributes["%s"] becomes empty, not the zero of its type', (key, was) => {
    const ctx = fixture();
    const acc = resolve('log', `log.attributes["${key}"]`);
    expect(acc.get(ctx)).toStrictEqual(was);
    setVia(acc, ctx, null);
    expect(ctx.log?.attributes.get(key)).toBeNull();
  });
});

describe('set(…, nil) and converters yielding nil, compiled (inventory §2.8)', () => {
  const run = (stmt: string, ctx: EvalContext): void => compileStatements([stmt], { context: 'log' }).execute(ctx);

  it.each([
    ['nil', 'set(log.attributes["str"], nil)'],
    ['a missing attribute', 'set(log.attributes["str"], log.attributes["missing"])'],
    ['a missing cache entry', 'set(log.attributes["str"], log.cache["nothing"])'],
    ['String(nil)', 'set(log.attributes["str"], String(nil))'],
  ])('%s over a string attribute stores an empty value', (_, stmt) => {
    const ctx = fixture();
    run(stmt, ctx);
    expect(ctx.log?.attributes.has('str')).toBe(true);
    expect(ctx.log?.attributes.get('str')).toBeNull();
  });

  it('nil over the body empties it; over log.attributes empties the map', () => {
    const ctx = fixture();
    run('set(log.body, log.attributes["missing"])', ctx);
    expect(ctx.log?.body).toBeNull();
    run('set(log.attributes, nil)', ctx);
    expect(ctx.log?.attributes.size).toBe(0);
  });

  it.each(['log.severity_number', 'log.observed_time_unix_nano', 'log.severity_text', 'log.trace_id'])(
    'nil over %s is a run-time error, the field unchanged',
    (path) => {
      const ctx = fixture();
      const before = resolve('log', path).get(ctx);
      expect(() => run(`set(${path}, nil)`, ctx)).toThrow('setting a value to nil is not supported');
      expect(resolve('log', path).get(ctx)).toStrictEqual(before);
    },
  );
});

describe('set(log.body…, nil) by body type (ctxlog rows "body is map", "body is slice", "body slice index", "body.map[key]")', () => {
  it.each([
    { name: 'body is map', body: new Map<string, Value>([['key', 'val']]), path: 'log.body', want: null },
    { name: 'body is slice', body: ['body'] as Value[], path: 'log.body', want: null },
    { name: 'body slice index', body: ['body', 'x'] as Value[], path: 'log.body[0]', want: [null, 'x'] },
    { name: 'body.map[key]', body: new Map<string, Value>([['key', 'val']]), path: 'log.body["key"]', want: new Map([['key', null]]) },
    { name: 'body.map[missing key]', body: new Map<string, Value>([['key', 'val']]), path: 'log.body["new"]', want: new Map([['key', 'val'], ['new', null]]) },
  ])('$name', ({ body, path, want }) => {
    const ctx = fixture();
    (ctx.log as NonNullable<typeof ctx.log>).body = body;
    setVia(resolve('log', path), ctx, null);
    expect(ctx.log?.body).toStrictEqual(want);
  });
});
