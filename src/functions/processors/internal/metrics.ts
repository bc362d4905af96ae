/**
 * Shared helpers for the transform processor's metric functions: reaching the current metric,
 * appending new metrics to the scope, copying telemetry, and the reference's type names.
 */
import type {
  DataPoint,
  Exemplar,
  ExponentialHistogramDataPoint,
  HistogramDataPoint,
  Metric,
  MetricData,
  NumberDataPoint,
  SummaryDataPoint,
} from '../../../core/model.js';
import { OttlRuntimeError } from '../../../core/errors.js';
import type { EvalContext } from '../../../core/eval-context.js';
import { ArgumentError } from '../../signature.js';
import { functionLimits } from '../../internal/limits.js';
import { ProfileID, SpanID, TraceID, type Value, type ValueMap } from '../../../core/values/types.js';

/** AGGREGATION_TEMPORALITY_* numbers. */
export const TEMPORALITY = { unspecified: 0, delta: 1, cumulative: 2 } as const;

/** The metric the statement runs on; a missing metric is a runtime error (the context is wrong). */
export function currentMetric(ctx: EvalContext): Metric {
  const metric = ctx.metric;
  if (metric === null) throw new OttlRuntimeError('no metric in the current context');
  return metric;
}

/**
 * Appends a metric to the scope's metric list, where later statements will also see it.
 * @throws OttlRuntimeError when the list already holds `maxMetricsPerScope` metrics.
 */
export function appendMetric(ctx: EvalContext, metric: Metric): void {
  const metrics = ctx.metrics;
  if (metrics === null) throw new OttlRuntimeError('no metric list in the current context');
  const limit = functionLimits().maxMetricsPerScope;
  if (metrics.length >= limit) {
    throw new OttlRuntimeError(`cannot add a metric: the scope already holds ${limit} metrics (maxMetricsPerScope); a copy_metric without a where clause copies its own copies`);
  }
  metrics.push(metric);
}

/** The reference's name for a metric's type (`pmetric.MetricType.String()`), used in messages. */
export function metricTypeName(data: MetricData | null): string {
  if (data === null) return 'Empty';
  switch (data.kind) {
    case 'gauge':
      return 'Gauge';
    case 'sum':
      return 'Sum';
    case 'histogram':
      return 'Histogram';
    case 'exponentialHistogram':
      return 'ExponentialHistogram';
    case 'summary':
      return 'Summary';
  }
}

/**
 * Parses the `"delta"` / `"cumulative"` argument of the conversion functions at compile time.
 * @throws ArgumentError naming `param` for any other string.
 */
export function parseTemporality(param: string, value: string): number {
  if (value === 'delta') return TEMPORALITY.delta;
  if (value === 'cumulative') return TEMPORALITY.cumulative;
  throw new ArgumentError(param, `unknown aggregation temporality: ${value}`);
}

/** Deep copy of an attribute value (maps, slices and bytes are copied; scalars are shared). */
export function cloneValue(v: Value): Value {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Uint8Array) return v.slice();
  if (v instanceof Map) return cloneMap(v);
  if (Array.isArray(v)) return v.map(cloneValue);
  if (v instanceof TraceID) return new TraceID(v.bytes.slice());
  if (v instanceof SpanID) return new SpanID(v.bytes.slice());
  if (v instanceof ProfileID) return new ProfileID(v.bytes.slice());
  // OttlTime and OttlDuration are immutable.
  return v;
}

/** Deep copy of an attribute map, keeping insertion order. */
export function cloneMap(m: ValueMap): ValueMap {
  const out: ValueMap = new Map();
  for (const [k, v] of m) out.set(k, cloneValue(v));
  return out;
}

/** Deep copy of an exemplar. */
export function cloneExemplar(e: Exemplar): Exemplar {
  return {
    filteredAttributes: cloneMap(e.filteredAttributes),
    timeUnixNano: e.timeUnixNano,
    value: e.value,
    spanId: e.spanId.slice(),
    traceId: e.traceId.slice(),
  };
}

/** Deep copy of any data point. */
export function cloneDataPoint<T extends DataPoint>(dp: T): T {
  switch (dp.kind) {
    case 'number': {
      const p: NumberDataPoint = { ...dp, attributes: cloneMap(dp.attributes), exemplars: dp.exemplars.map(cloneExemplar) };
      return p as T;
    }
    case 'histogram': {
      const p: HistogramDataPoint = {
        ...dp,
        attributes: cloneMap(dp.attributes),
        bucketCounts: dp.bucketCounts.slice(),
        explicitBounds: dp.explicitBounds.slice(),
        exemplars: dp.exemplars.map(cloneExemplar),
      };
      return p as T;
    }
    case 'exponentialHistogram': {
      const p: ExponentialHistogramDataPoint = {
        ...dp,
        attributes: cloneMap(dp.attributes),
        positive: { offset: dp.positive.offset, bucketCounts: dp.positive.bucketCounts.slice() },
        negative: { offset: dp.negative.offset, bucketCounts: dp.negative.bucketCounts.slice() },
        exemplars: dp.exemplars.map(cloneExemplar),
      };
      return p as T;
    }
    case 'summary': {
      const p: SummaryDataPoint = {
        ...dp,
        attributes: cloneMap(dp.attributes),
        quantileValues: dp.quantileValues.map((q) => ({ quantile: q.quantile, value: q.value })),
      };
      return p as T;
    }
  }
}

function cloneData(data: MetricData): MetricData {
  switch (data.kind) {
    case 'gauge':
      return { kind: 'gauge', dataPoints: data.dataPoints.map(cloneDataPoint) };
    case 'sum':
      return {
        kind: 'sum',
        dataPoints: data.dataPoints.map(cloneDataPoint),
        aggregationTemporality: data.aggregationTemporality,
        isMonotonic: data.isMonotonic,
      };
    case 'histogram':
      return {
        kind: 'histogram',
        dataPoints: data.dataPoints.map(cloneDataPoint),
        aggregationTemporality: data.aggregationTemporality,
      };
    case 'exponentialHistogram':
      return {
        kind: 'exponentialHistogram',
        dataPoints: data.dataPoints.map(cloneDataPoint),
        aggregationTemporality: data.aggregationTemporality,
      };
    case 'summary':
      return { kind: 'summary', dataPoints: data.dataPoints.map(cloneDataPoint) };
  }
}

/** Deep copy of a metric (`pmetric.Metric.CopyTo`). */
export function cloneMetric(m: Metric): Metric {
  return {
    name: m.name,
    description: m.description,
    unit: m.unit,
    metadata: cloneMap(m.metadata),
    data: m.data === null ? null : cloneData(m.data),
  };
}

/** Go's `int64(f)` for a float64 outside the int64 range or NaN gives the minimum int64 on amd64. */
export function floatToInt64(f: number): bigint {
  if (Number.isNaN(f) || f >= 9223372036854775808 || f < -9223372036854775808) return -(1n << 63n);
  return BigInt(Math.trunc(f));
}

/** A uint64 addition that wraps like Go's. */
export function addUint64(a: bigint, b: bigint): bigint {
  return BigInt.asUintN(64, a + b);
}
