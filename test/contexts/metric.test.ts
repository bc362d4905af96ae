/**
 * Metric, data point and exemplar contexts, ported from the reference's `ctxmetric/metric_test.go`,
 * `ctxdatapoint/datapoint_test.go` and `ctxexemplar/exemplar_test.go` tables, including what a
 * field the current point kind lacks does (reads nil, ignores writes).
 */
import { describe, expect, it } from 'vitest';
import {
  newExemplar,
  newExponentialHistogramDataPoint,
  newHistogramDataPoint,
  newMetric,
  newNumberDataPoint,
  newSummaryDataPoint,
  type DataPoint,
  type Exemplar,
  type Metric,
} from '../../src/core/model.js';
import { CONTEXTS, ModelObject } from '../../src/contexts/index.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { OttlTime, SpanID, TraceID, type Value } from '../../src/core/values/types.js';
import { resolve, setVia, SPAN_ID, testAttributes, TIME, TIME2, TRACE_ID } from './helpers.js';

function metricFixture(): { ctx: EvalContext; metric: Metric } {
  const metric = newMetric();
  metric.name = 'name';
  metric.description = 'description';
  metric.unit = 'unit';
  metric.metadata = new Map<string, Value>([['m', 'v']]);
  const p = newNumberDataPoint();
  p.value = 1n;
  metric.data = { kind: 'sum', dataPoints: [p], aggregationTemporality: 2, isMonotonic: true };
  const ctx = new EvalContext();
  ctx.metric = metric;
  ctx.metrics = [metric];
  return { ctx, metric };
}

interface Row {
  path: string;
  want: Value;
  value: Value;
  check: (m: Metric) => void;
}

const metricRows: Row[] = [
  { path: 'metric.name', want: 'name', value: 'new_name', check: (m) => expect(m.name).toBe('new_name') },
  { path: 'metric.description', want: 'description', value: 'd2', check: (m) => expect(m.description).toBe('d2') },
  { path: 'metric.unit', want: 'unit', value: 'ms', check: (m) => expect(m.unit).toBe('ms') },
  { path: 'metric.aggregation_temporality', want: 2n, value: 1n, check: (m) => expect(m.data).toMatchObject({ aggregationTemporality: 1 }) },
  { path: 'metric.is_monotonic', want: true, value: false, check: (m) => expect(m.data).toMatchObject({ isMonotonic: false }) },
  { path: 'metric.metadata["m"]', want: 'v', value: 'w', check: (m) => expect(m.metadata.get('m')).toBe('w') },
];

describe('metric context paths', () => {
  it.each(metricRows)('$path', ({ path: p, want, value, check }) => {
    const { ctx, metric } = metricFixture();
    const acc = resolve('metric', p);
    expect(acc.get(ctx)).toStrictEqual(want);
    setVia(acc, ctx, value);
    check(metric);
    expect(acc.get(ctx)).toStrictEqual(value);
  });

  it('reports the type and ignores writes to it', () => {
    const { ctx, metric } = metricFixture();
    const acc = resolve('metric', 'metric.type');
    expect(acc.get(ctx)).toBe(2n);
    setVia(acc, ctx, 1n);
    setVia(acc, ctx, null);
    expect(metric.data?.kind).toBe('sum');
    metric.data = null;
    expect(acc.get(ctx)).toBe(0n);
    metric.data = { kind: 'exponentialHistogram', dataPoints: [], aggregationTemporality: 1 };
    expect(acc.get(ctx)).toBe(4n);
  });

  it('reads temporality and monotonicity as nil where the data has none', () => {
    const { ctx, metric } = metricFixture();
    metric.data = { kind: 'gauge', dataPoints: [] };
    expect(resolve('metric', 'metric.aggregation_temporality').get(ctx)).toBeNull();
    expect(resolve('metric', 'metric.is_monotonic').get(ctx)).toBeNull();
    setVia(resolve('metric', 'metric.aggregation_temporality'), ctx, 1n);
    expect(metric.data).toEqual({ kind: 'gauge', dataPoints: [] });
    expect(() => setVia(resolve('metric', 'metric.is_monotonic'), ctx, 1n)).toThrow('expects bool but got int64');
  });

  it('copies data points of the same kind and rejects nil (a pdata slice of messages)', () => {
    const a = metricFixture();
    const b = metricFixture();
    const acc = resolve('metric', 'metric.data_points');
    const points = acc.get(b.ctx) as unknown as ModelObject;
    expect(points.goType).toBe('pmetric.NumberDataPointSlice');
    (b.metric.data?.dataPoints[0] as DataPoint & { value: unknown }).value = 5n;
    setVia(acc, a.ctx, acc.get(b.ctx));
    expect(a.metric.data?.dataPoints).toEqual(b.metric.data?.dataPoints);
    expect(a.metric.data?.dataPoints[0]).not.toBe(b.metric.data?.dataPoints[0]);
    expect(() => setVia(acc, a.ctx, null)).toThrow('setting a value to nil is not supported');
    expect(a.metric.data?.dataPoints).toEqual(b.metric.data?.dataPoints);
    b.metric.data = { kind: 'summary', dataPoints: [] };
    expect(() => setVia(acc, a.ctx, acc.get(b.ctx))).toThrow(
      'expects pmetric.NumberDataPointSlice but got pmetric.SummaryDataPointSlice',
    );
  });

  it('registers the metric enums', () => {
    const enums = CONTEXTS.get('metric')?.enums;
    expect(enums?.get('METRIC_DATA_TYPE_EXPONENTIAL_HISTOGRAM')).toBe(4n);
    expect(enums?.get('AGGREGATION_TEMPORALITY_CUMULATIVE')).toBe(2n);
    expect(enums?.has('FLAG_NONE')).toBe(false);
  });
});

function pointFixture(point: DataPoint): EvalContext {
  point.attributes = testAttributes();
  point.startTimeUnixNano = TIME;
  point.timeUnixNano = TIME2;
  point.flags = 1;
  const { ctx } = metricFixture();
  ctx.dataPoint = point;
  return ctx;
}

type Make = () => DataPoint;
const number: Make = () => Object.assign(newNumberDataPoint(), { value: 1.5 });
const histogram: Make = () =>
  Object.assign(newHistogramDataPoint(), { count: 3n, sum: 2.5, bucketCounts: [1n, 2n], explicitBounds: [1, 2] });
const expHistogram: Make = () =>
  Object.assign(newExponentialHistogramDataPoint(), {
    count: 4n,
    sum: 3.5,
    scale: 2,
    zeroCount: 1n,
    positive: { offset: 1, bucketCounts: [3n] },
    negative: { offset: -1, bucketCounts: [4n] },
  });
const summary: Make = () =>
  Object.assign(newSummaryDataPoint(), { count: 5n, sum: 4.5, quantileValues: [{ quantile: 0.5, value: 1 }] });

interface PointRow {
  path: string;
  make: Make;
  want: Value;
  value: Value;
  /** Reads after the write (defaults to `value`). */
  after?: Value;
}

const pointRows: PointRow[] = [
  { path: 'datapoint.attributes["str"]', make: summary, want: 'val', value: 'x' },
  { path: 'datapoint.start_time_unix_nano', make: number, want: TIME, value: 1n },
  { path: 'datapoint.time_unix_nano', make: histogram, want: TIME2, value: 2n },
  { path: 'datapoint.start_time', make: expHistogram, want: new OttlTime(TIME), value: new OttlTime(3n) },
  { path: 'datapoint.time', make: summary, want: new OttlTime(TIME2), value: new OttlTime(4n) },
  { path: 'datapoint.flags', make: summary, want: 1n, value: 0n },
  { path: 'datapoint.value_double', make: number, want: 1.5, value: 2.5 },
  { path: 'datapoint.value_int', make: number, want: 0n, value: 7n },
  { path: 'datapoint.count', make: histogram, want: 3n, value: 30n },
  { path: 'datapoint.count', make: summary, want: 5n, value: 50n },
  { path: 'datapoint.sum', make: expHistogram, want: 3.5, value: 35.5 },
  { path: 'datapoint.bucket_counts', make: histogram, want: [1n, 2n], value: [3n, 4n, 5n] },
  { path: 'datapoint.explicit_bounds', make: histogram, want: [1, 2], value: [0.5] },
  { path: 'datapoint.scale', make: expHistogram, want: 2n, value: -3n },
  { path: 'datapoint.zero_count', make: expHistogram, want: 1n, value: 9n },
  { path: 'datapoint.positive.offset', make: expHistogram, want: 1n, value: 6n },
  { path: 'datapoint.positive.bucket_counts', make: expHistogram, want: [3n], value: [1n, 1n] },
  { path: 'datapoint.negative.offset', make: expHistogram, want: -1n, value: -6n },
  { path: 'datapoint.negative.bucket_counts', make: expHistogram, want: [4n], value: [] },
  { path: 'metric.name', make: number, want: 'name', value: 'renamed' },
  // Fields the point kind lacks read as nil and ignore writes.
  { path: 'datapoint.value_double', make: summary, want: null, value: 1.0, after: null },
  { path: 'datapoint.count', make: number, want: null, value: 1n, after: null },
  { path: 'datapoint.bucket_counts', make: expHistogram, want: null, value: [1n], after: null },
  { path: 'datapoint.scale', make: histogram, want: null, value: 1n, after: null },
  { path: 'datapoint.positive.offset', make: number, want: null, value: 1n, after: null },
];

describe('datapoint context paths', () => {
  it.each(pointRows)('$path on $make.name', ({ path: p, make, want, value, after }) => {
    const ctx = pointFixture(make());
    const acc = resolve('datapoint', p);
    expect(acc.get(ctx)).toStrictEqual(want);
    setVia(acc, ctx, value);
    expect(acc.get(ctx)).toStrictEqual(after === undefined ? value : after);
  });

  it('switches a number point between double and int', () => {
    const ctx = pointFixture(number());
    setVia(resolve('datapoint', 'datapoint.value_int'), ctx, 3n);
    expect(resolve('datapoint', 'datapoint.value_double').get(ctx)).toBe(0);
    expect(ctx.dataPoint).toMatchObject({ value: 3n });
  });

  it('still type-checks writes to a field the kind lacks', () => {
    const ctx = pointFixture(number());
    expect(() => setVia(resolve('datapoint', 'datapoint.count'), ctx, 'x')).toThrow('expects int64 but got string');
    expect(() => setVia(resolve('datapoint', 'datapoint.sum'), ctx, null)).toThrow('setting a value to nil is not supported');
  });

  it('ignores any value for list fields the point kind lacks', () => {
    const ctx = pointFixture(number());
    setVia(resolve('datapoint', 'datapoint.bucket_counts'), ctx, 'not a list');
    setVia(resolve('datapoint', 'datapoint.explicit_bounds'), ctx, 1n);
    setVia(resolve('datapoint', 'datapoint.negative.bucket_counts'), ctx, [1.5]);
    expect(ctx.dataPoint).toMatchObject({ kind: 'number', value: 1.5 });
  });

  it('stores bucket counts as uint64 and validates list elements', () => {
    const ctx = pointFixture(histogram());
    const acc = resolve('datapoint', 'datapoint.bucket_counts');
    setVia(acc, ctx, [-1n]);
    expect(ctx.dataPoint).toMatchObject({ bucketCounts: [18446744073709551615n] });
    expect(acc.get(ctx)).toEqual([-1n]);
    expect(() => setVia(acc, ctx, [1.5])).toThrow('invalid value type provided for a slice of uint64: float64, expected int64');
    expect(() => setVia(acc, ctx, 'x')).toThrow('cannot set a slice of string from a value type: uint64');
    setVia(acc, ctx, null);
    expect(acc.get(ctx)).toEqual([]);
    expect(() => setVia(resolve('datapoint', 'datapoint.explicit_bounds'), ctx, [1n])).toThrow(
      'invalid value type provided for a slice of float64: int64',
    );
  });

  it('copies bucket objects and quantiles between points', () => {
    const a = pointFixture(expHistogram());
    const b = pointFixture(expHistogram());
    (b.dataPoint as { positive: { offset: number } }).positive.offset = 42;
    const acc = resolve('datapoint', 'datapoint.positive');
    setVia(acc, a, acc.get(b));
    expect(a.dataPoint).toMatchObject({ positive: { offset: 42, bucketCounts: [3n] } });
    expect(() => setVia(acc, a, null)).toThrow('setting a value to nil is not supported');
    const s1 = pointFixture(summary());
    const s2 = pointFixture(Object.assign(summary(), { quantileValues: [] }));
    setVia(resolve('datapoint', 'datapoint.quantile_values'), s1, resolve('datapoint', 'datapoint.quantile_values').get(s2));
    expect(s1.dataPoint).toMatchObject({ quantileValues: [] });
  });

  it('registers FLAG_* with the metric enums', () => {
    for (const context of ['datapoint', 'exemplar'] as const) {
      const enums = CONTEXTS.get(context)?.enums;
      expect(enums?.get('FLAG_NONE')).toBe(0n);
      expect(enums?.get('FLAG_NO_RECORDED_VALUE')).toBe(1n);
      expect(enums?.get('METRIC_DATA_TYPE_SUMMARY')).toBe(5n);
      expect(enums?.size).toBe(11);
    }
  });

  it('rejects unknown bucket fields with the reference message', () => {
    expect(() => resolve('datapoint', 'datapoint.positive.nope')).toThrow(
      'segment "nope" from path "datapoint.positive.nope" is not a valid path nor a valid OTTL keyword for the datapoint context',
    );
  });
});

function exemplarFixture(): { ctx: EvalContext; exemplar: Exemplar } {
  const exemplar = newExemplar();
  exemplar.timeUnixNano = TIME;
  exemplar.value = 2.5;
  exemplar.traceId = TRACE_ID.slice();
  exemplar.spanId = SPAN_ID.slice();
  exemplar.filteredAttributes = testAttributes();
  const ctx = pointFixture(number());
  ctx.exemplar = exemplar;
  return { ctx, exemplar };
}

const exemplarRows: { path: string; want: Value; value: Value }[] = [
  { path: 'exemplar.time_unix_nano', want: TIME, value: 5n },
  { path: 'exemplar.time', want: new OttlTime(TIME), value: new OttlTime(6n) },
  { path: 'exemplar.double_value', want: 2.5, value: 3.5 },
  { path: 'exemplar.int_value', want: 0n, value: 4n },
  { path: 'exemplar.trace_id', want: new TraceID(TRACE_ID), value: new TraceID(new Uint8Array(16)) },
  { path: 'exemplar.trace_id.string', want: '0102030405060708090a0b0c0d0e0f10', value: 'abababababababababababababababab' },
  { path: 'exemplar.span_id', want: new SpanID(SPAN_ID), value: new SpanID(new Uint8Array(8)) },
  { path: 'exemplar.span_id.string', want: '0102030405060708', value: 'cdcdcdcdcdcdcdcd' },
  { path: 'exemplar.filtered_attributes["double"]', want: 1.2, value: 9.9 },
  { path: 'datapoint.value_double', want: 1.5, value: 0.5 },
  { path: 'metric.unit', want: 'unit', value: 's' },
];

describe('exemplar context paths', () => {
  it.each(exemplarRows)('$path', ({ path: p, want, value }) => {
    const { ctx } = exemplarFixture();
    const acc = resolve('exemplar', p);
    expect(acc.get(ctx)).toStrictEqual(want);
    setVia(acc, ctx, value);
    expect(acc.get(ctx)).toStrictEqual(value);
  });

  it('only reaches its own cache', () => {
    const { ctx } = exemplarFixture();
    setVia(resolve('exemplar', 'exemplar.cache["k"]'), ctx, 1n);
    expect(ctx.cache.get('k')).toBe(1n);
    expect(() => resolve('exemplar', 'datapoint.cache')).toThrow('please replace "datapoint.cache" with "exemplar.cache"');
  });
});
