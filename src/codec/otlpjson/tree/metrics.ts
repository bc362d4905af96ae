/** The metrics signal from a `JSON.parse` tree (rules of `../decode-metrics.ts`; see `common.ts`). */
import {
  newExemplar,
  newExponentialHistogramDataPoint,
  newHistogramDataPoint,
  newMetric,
  newNumberDataPoint,
  newResource,
  newScope,
  newSummaryDataPoint,
  type Buckets,
  type Exemplar,
  type ExponentialHistogramDataPoint,
  type HistogramDataPoint,
  type InstrumentationScope,
  type Metric,
  type MetricData,
  type MetricsData,
  type NumberDataPoint,
  type Resource,
  type ResourceMetrics,
  type ScopeMetrics,
  type SummaryDataPoint,
  type ValueAtQuantile,
} from '../../../core/model.js';
import { AggregationTemporalityEnum } from '../enums.js';
import { asObject, attributes, envelope, list, resource, scope, skip, tally } from './common.js';
import { bool, decline, double, enumOf, id, int64, optionalDouble, sint32, str, uint32, uint64 } from './scalars.js';

export function metricsData(v: unknown): MetricsData {
  return { resourceMetrics: list(v, resourceMetrics) };
}

const setResourceMetrics = (o: ResourceMetrics, h: Resource | undefined, items: ScopeMetrics[] | undefined): void => {
  if (h !== undefined) o.resource = h;
  if (items !== undefined) o.scopeMetrics = items;
};
const setScopeMetrics = (o: ScopeMetrics, h: InstrumentationScope | undefined, items: Metric[] | undefined): void => {
  if (h !== undefined) o.scope = h;
  if (items !== undefined) o.metrics = items;
};

function resourceMetrics(v: unknown): ResourceMetrics {
  const out: ResourceMetrics = { resource: newResource(), scopeMetrics: [], schemaUrl: '' };
  return envelope(v, out, 'resource', 'scopeMetrics', 'scope_metrics', resource, scopeMetrics, setResourceMetrics);
}

function scopeMetrics(v: unknown): ScopeMetrics {
  const out: ScopeMetrics = { scope: newScope(), metrics: [], schemaUrl: '' };
  return envelope(v, out, 'scope', 'metrics', 'metrics', scope, metric, setScopeMetrics);
}

function metric(v: unknown): Metric {
  const o = asObject(v);
  const m = newMetric();
  let hasData = false;
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    let data: MetricData | undefined;
    switch (k) {
      case 'name':
        m.name = str(x);
        break;
      case 'description':
        m.description = str(x);
        break;
      case 'unit':
        m.unit = str(x);
        break;
      case 'metadata':
        m.metadata = attributes(x);
        break;
      case 'gauge':
        data = metricData(x, 'gauge');
        break;
      case 'sum':
        data = metricData(x, 'sum');
        break;
      case 'histogram':
        data = metricData(x, 'histogram');
        break;
      case 'exponentialHistogram':
      case 'exponential_histogram':
        data = metricData(x, 'exponentialHistogram');
        break;
      case 'summary':
        data = metricData(x, 'summary');
        break;
      default:
        skip(x);
    }
    if (data !== undefined) {
      // A second kind of data is an error the text reader reports.
      if (hasData) decline();
      hasData = true;
      m.data = data;
    }
  }
  return m;
}

/** Gauge/sum/histogram/exponentialHistogram/summary; null means "not set". */
function metricData(v: unknown, kind: MetricData['kind']): MetricData | undefined {
  if (v === null) return undefined;
  const o = asObject(v);
  let data: MetricData;
  switch (kind) {
    case 'gauge':
      data = { kind, dataPoints: [] };
      break;
    case 'sum':
      data = { kind, dataPoints: [], aggregationTemporality: 0, isMonotonic: false };
      break;
    case 'histogram':
      data = { kind, dataPoints: [], aggregationTemporality: 0 };
      break;
    case 'exponentialHistogram':
      data = { kind, dataPoints: [], aggregationTemporality: 0 };
      break;
    case 'summary':
      data = { kind, dataPoints: [] };
      break;
  }
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'dataPoints':
      case 'data_points':
        if (data.kind === 'gauge' || data.kind === 'sum') data.dataPoints = list(x, numberDataPoint);
        else if (data.kind === 'histogram') data.dataPoints = list(x, histogramDataPoint);
        else if (data.kind === 'exponentialHistogram') data.dataPoints = list(x, expHistogramDataPoint);
        else data.dataPoints = list(x, summaryDataPoint);
        break;
      case 'aggregationTemporality':
      case 'aggregation_temporality':
        if (data.kind === 'gauge' || data.kind === 'summary') skip(x);
        else data.aggregationTemporality = enumOf(x, AggregationTemporalityEnum);
        break;
      case 'isMonotonic':
      case 'is_monotonic':
        if (data.kind === 'sum') data.isMonotonic = bool(x);
        else skip(x);
        break;
      default:
        skip(x);
    }
  }
  return data;
}

/** `asDouble`/`asInt`: a oneof, so two non-null values is an error the text reader reports. */
function pointValue(x: unknown, prev: number | bigint | null, isInt: boolean): number | bigint | null {
  if (x === null) return prev;
  if (prev !== null) decline();
  return isInt ? int64(x) : double(x);
}

function numberDataPoint(v: unknown): NumberDataPoint {
  const o = asObject(v);
  const p = newNumberDataPoint();
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'attributes':
        p.attributes = attributes(x);
        break;
      case 'startTimeUnixNano':
      case 'start_time_unix_nano':
        p.startTimeUnixNano = uint64(x);
        break;
      case 'timeUnixNano':
      case 'time_unix_nano':
        p.timeUnixNano = uint64(x);
        break;
      case 'asDouble':
      case 'as_double':
        p.value = pointValue(x, p.value, false);
        break;
      case 'asInt':
      case 'as_int':
        p.value = pointValue(x, p.value, true);
        break;
      case 'exemplars':
        p.exemplars = list(x, exemplar);
        break;
      case 'flags':
        p.flags = uint32(x);
        break;
      default:
        skip(x);
    }
  }
  return p;
}

function histogramDataPoint(v: unknown): HistogramDataPoint {
  const o = asObject(v);
  const p = newHistogramDataPoint();
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'attributes':
        p.attributes = attributes(x);
        break;
      case 'startTimeUnixNano':
      case 'start_time_unix_nano':
        p.startTimeUnixNano = uint64(x);
        break;
      case 'timeUnixNano':
      case 'time_unix_nano':
        p.timeUnixNano = uint64(x);
        break;
      case 'count':
        p.count = uint64(x);
        break;
      case 'sum':
        p.sum = optionalDouble(x);
        break;
      case 'bucketCounts':
      case 'bucket_counts':
        p.bucketCounts = list(x, uint64);
        break;
      case 'explicitBounds':
      case 'explicit_bounds':
        p.explicitBounds = list(x, double);
        break;
      case 'exemplars':
        p.exemplars = list(x, exemplar);
        break;
      case 'flags':
        p.flags = uint32(x);
        break;
      case 'min':
        p.min = optionalDouble(x);
        break;
      case 'max':
        p.max = optionalDouble(x);
        break;
      default:
        skip(x);
    }
  }
  return p;
}

function buckets(v: unknown): Buckets {
  const b: Buckets = { offset: 0, bucketCounts: [] };
  if (v === null) return b;
  const o = asObject(v);
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    if (k === 'offset') b.offset = sint32(x);
    else if (k === 'bucketCounts' || k === 'bucket_counts') b.bucketCounts = list(x, uint64);
    else skip(x);
  }
  return b;
}

function expHistogramDataPoint(v: unknown): ExponentialHistogramDataPoint {
  const o = asObject(v);
  const p = newExponentialHistogramDataPoint();
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'attributes':
        p.attributes = attributes(x);
        break;
      case 'startTimeUnixNano':
      case 'start_time_unix_nano':
        p.startTimeUnixNano = uint64(x);
        break;
      case 'timeUnixNano':
      case 'time_unix_nano':
        p.timeUnixNano = uint64(x);
        break;
      case 'count':
        p.count = uint64(x);
        break;
      case 'sum':
        p.sum = optionalDouble(x);
        break;
      case 'scale':
        p.scale = sint32(x);
        break;
      case 'zeroCount':
      case 'zero_count':
        p.zeroCount = uint64(x);
        break;
      case 'positive':
        p.positive = buckets(x);
        break;
      case 'negative':
        p.negative = buckets(x);
        break;
      case 'flags':
        p.flags = uint32(x);
        break;
      case 'exemplars':
        p.exemplars = list(x, exemplar);
        break;
      case 'min':
        p.min = optionalDouble(x);
        break;
      case 'max':
        p.max = optionalDouble(x);
        break;
      case 'zeroThreshold':
      case 'zero_threshold':
        p.zeroThreshold = double(x);
        break;
      default:
        skip(x);
    }
  }
  return p;
}

function quantile(v: unknown): ValueAtQuantile {
  const o = asObject(v);
  const q: ValueAtQuantile = { quantile: 0, value: 0 };
  for (const k in o) {
    tally.keys++;
    if (k === 'quantile') q.quantile = double(o[k]);
    else if (k === 'value') q.value = double(o[k]);
    else skip(o[k]);
  }
  return q;
}

function summaryDataPoint(v: unknown): SummaryDataPoint {
  const o = asObject(v);
  const p = newSummaryDataPoint();
  for (const k in o) {
    tally.keys++;
    const x = o[k];
    switch (k) {
      case 'attributes':
        p.attributes = attributes(x);
        break;
      case 'startTimeUnixNano':
      case 'start_time_unix_nano':
        p.startTimeUnixNano = uint64(x);
        break;
      case 'timeUnixNano':
      case 'time_unix_nano':
        p.timeUnixNano = uint64(x);
        break;
      case 'count':
        p.count = uint64(x);
        break;
      case 'sum':
        p.sum = double(x);
        break;
      case 'quantileValues':
      case 'quantile_values':
        p.quantileValues = list(x, quantile);
        break;
      case 'flags':
        p.flags = uint32(x);
        break;
      default:
        skip(x);
    }
  }
  return p;
}

function exemplar(v: unknown): Exemplar {
  const o = asObject(v);
  const x = newExemplar();
  for (const k in o) {
    tally.keys++;
    const val = o[k];
    switch (k) {
      case 'filteredAttributes':
      case 'filtered_attributes':
        x.filteredAttributes = attributes(val);
        break;
      case 'timeUnixNano':
      case 'time_unix_nano':
        x.timeUnixNano = uint64(val);
        break;
      case 'asDouble':
      case 'as_double':
        x.value = pointValue(val, x.value, false);
        break;
      case 'asInt':
      case 'as_int':
        x.value = pointValue(val, x.value, true);
        break;
      case 'spanId':
      case 'span_id':
        id(val, x.spanId);
        break;
      case 'traceId':
      case 'trace_id':
        id(val, x.traceId);
        break;
      default:
        skip(val);
    }
  }
  return x;
}
