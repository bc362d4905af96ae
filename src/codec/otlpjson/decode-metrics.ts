/** Decoder for the metrics signal (`MetricsData`). See `decode-common.ts` for conventions. */
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
  type Metric,
  type MetricData,
  type MetricsData,
  type NumberDataPoint,
  type ResourceMetrics,
  type ScopeMetrics,
  type SummaryDataPoint,
  type ValueAtQuantile,
} from '../../core/model.js';
import { readAttributes, readList, readEnvelope, readResource, readScope, type EnvelopeFields } from './decode-common.js';
import { AggregationTemporalityEnum } from './enums.js';
import { inField } from './errors.js';
import type { JsonReader } from './json-reader.js';
import { readBool, readDouble, readEnum, readId, readInt32, readInt64, readStr, readUint32, readUint64 } from './scalars.js';

/** Reads the value of a document's `resourceMetrics` field. */
export function readResourceMetricsList(r: JsonReader): MetricsData {
  return { resourceMetrics: readList(r, readResourceMetrics) };
}

const RESOURCE_FIELDS: EnvelopeFields = { head: 'resource', camel: 'scopeMetrics', snake: 'scope_metrics' };
const SCOPE_FIELDS: EnvelopeFields = { head: 'scope', camel: 'metrics', snake: 'metrics' };
const setResource = (o: ResourceMetrics, r: JsonReader) => {
  o.resource = readResource(r);
};
const setScopes = (o: ResourceMetrics, items: ScopeMetrics[]) => {
  o.scopeMetrics = items;
};
const setScope = (o: ScopeMetrics, r: JsonReader) => {
  o.scope = readScope(r);
};
const setItems = (o: ScopeMetrics, items: Metric[]) => {
  o.metrics = items;
};

function readResourceMetrics(r: JsonReader): ResourceMetrics {
  const out: ResourceMetrics = { resource: newResource(), scopeMetrics: [], schemaUrl: '' };
  return readEnvelope(r, out, RESOURCE_FIELDS, readScopeMetrics, setScopes, setResource);
}

function readScopeMetrics(r: JsonReader): ScopeMetrics {
  const out: ScopeMetrics = { scope: newScope(), metrics: [], schemaUrl: '' };
  return readEnvelope(r, out, SCOPE_FIELDS, readMetric, setItems, setScope);
}

function readMetric(r: JsonReader): Metric {
  const m = newMetric();
  let dataKey: string | null = null;
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      let data: MetricData | undefined;
      switch (key) {
        case 'name':
          m.name = readStr(r);
          break;
        case 'description':
          m.description = readStr(r);
          break;
        case 'unit':
          m.unit = readStr(r);
          break;
        case 'metadata':
          m.metadata = readAttributes(r);
          break;
        case 'gauge':
          data = readData(r, 'gauge');
          break;
        case 'sum':
          data = readData(r, 'sum');
          break;
        case 'histogram':
          data = readData(r, 'histogram');
          break;
        case 'exponentialHistogram':
        case 'exponential_histogram':
          data = readData(r, 'exponentialHistogram');
          break;
        case 'summary':
          data = readData(r, 'summary');
          break;
        default:
          r.skipValue();
      }
      if (data !== undefined) {
        if (dataKey !== null) r.fail(`a metric holds one kind of data, got both ${dataKey} and ${key}`);
        dataKey = key;
        m.data = data;
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return m;
}

/** Reads gauge/sum/histogram/exponentialHistogram/summary; `null` means "not set" (undefined). */
function readData(r: JsonReader, kind: MetricData['kind']): MetricData | undefined {
  if (r.takeNull()) return undefined;
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
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'dataPoints':
        case 'data_points':
          if (data.kind === 'gauge' || data.kind === 'sum') data.dataPoints = readList(r, readNumberDataPoint);
          else if (data.kind === 'histogram') data.dataPoints = readList(r, readHistogramDataPoint);
          else if (data.kind === 'exponentialHistogram') data.dataPoints = readList(r, readExpHistogramDataPoint);
          else data.dataPoints = readList(r, readSummaryDataPoint);
          break;
        case 'aggregationTemporality':
        case 'aggregation_temporality':
          if (data.kind === 'gauge' || data.kind === 'summary') r.skipValue();
          else data.aggregationTemporality = readEnum(r, AggregationTemporalityEnum);
          break;
        case 'isMonotonic':
        case 'is_monotonic':
          if (data.kind === 'sum') data.isMonotonic = readBool(r);
          else r.skipValue();
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return data;
}

/** `asDouble`/`asInt` of number points and exemplars: a oneof, so setting both is an error. */
function readPointValue(r: JsonReader, prev: number | bigint | null, isInt: boolean): number | bigint | null {
  const start = r.pos;
  if (r.takeNull()) return prev;
  if (prev !== null) r.fail(`a data point holds one value, got both asDouble and asInt`, start);
  return isInt ? readInt64(r) : readDouble(r);
}

function readNumberDataPoint(r: JsonReader): NumberDataPoint {
  const p = newNumberDataPoint();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'attributes':
          p.attributes = readAttributes(r);
          break;
        case 'startTimeUnixNano':
        case 'start_time_unix_nano':
          p.startTimeUnixNano = readUint64(r);
          break;
        case 'timeUnixNano':
        case 'time_unix_nano':
          p.timeUnixNano = readUint64(r);
          break;
        case 'asDouble':
        case 'as_double':
          p.value = readPointValue(r, p.value, false);
          break;
        case 'asInt':
        case 'as_int':
          p.value = readPointValue(r, p.value, true);
          break;
        case 'exemplars':
          p.exemplars = readList(r, readExemplar);
          break;
        case 'flags':
          p.flags = readUint32(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return p;
}

/** An `optional double`: `null` stays absent. */
function readOptionalDouble(r: JsonReader): number | null {
  return r.takeNull() ? null : readDouble(r);
}

function readHistogramDataPoint(r: JsonReader): HistogramDataPoint {
  const p = newHistogramDataPoint();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'attributes':
          p.attributes = readAttributes(r);
          break;
        case 'startTimeUnixNano':
        case 'start_time_unix_nano':
          p.startTimeUnixNano = readUint64(r);
          break;
        case 'timeUnixNano':
        case 'time_unix_nano':
          p.timeUnixNano = readUint64(r);
          break;
        case 'count':
          p.count = readUint64(r);
          break;
        case 'sum':
          p.sum = readOptionalDouble(r);
          break;
        case 'bucketCounts':
        case 'bucket_counts':
          p.bucketCounts = readList(r, readUint64);
          break;
        case 'explicitBounds':
        case 'explicit_bounds':
          p.explicitBounds = readList(r, readDouble);
          break;
        case 'exemplars':
          p.exemplars = readList(r, readExemplar);
          break;
        case 'flags':
          p.flags = readUint32(r);
          break;
        case 'min':
          p.min = readOptionalDouble(r);
          break;
        case 'max':
          p.max = readOptionalDouble(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return p;
}

function readBuckets(r: JsonReader): Buckets {
  const b: Buckets = { offset: 0, bucketCounts: [] };
  if (r.takeNull()) return b;
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      if (key === 'offset') b.offset = readInt32(r);
      else if (key === 'bucketCounts' || key === 'bucket_counts') b.bucketCounts = readList(r, readUint64);
      else r.skipValue();
    } catch (e) {
      throw inField(e, key);
    }
  }
  return b;
}

function readExpHistogramDataPoint(r: JsonReader): ExponentialHistogramDataPoint {
  const p = newExponentialHistogramDataPoint();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'attributes':
          p.attributes = readAttributes(r);
          break;
        case 'startTimeUnixNano':
        case 'start_time_unix_nano':
          p.startTimeUnixNano = readUint64(r);
          break;
        case 'timeUnixNano':
        case 'time_unix_nano':
          p.timeUnixNano = readUint64(r);
          break;
        case 'count':
          p.count = readUint64(r);
          break;
        case 'sum':
          p.sum = readOptionalDouble(r);
          break;
        case 'scale':
          p.scale = readInt32(r);
          break;
        case 'zeroCount':
        case 'zero_count':
          p.zeroCount = readUint64(r);
          break;
        case 'positive':
          p.positive = readBuckets(r);
          break;
        case 'negative':
          p.negative = readBuckets(r);
          break;
        case 'flags':
          p.flags = readUint32(r);
          break;
        case 'exemplars':
          p.exemplars = readList(r, readExemplar);
          break;
        case 'min':
          p.min = readOptionalDouble(r);
          break;
        case 'max':
          p.max = readOptionalDouble(r);
          break;
        case 'zeroThreshold':
        case 'zero_threshold':
          p.zeroThreshold = readDouble(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return p;
}

function readQuantile(r: JsonReader): ValueAtQuantile {
  const q: ValueAtQuantile = { quantile: 0, value: 0 };
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      if (key === 'quantile') q.quantile = readDouble(r);
      else if (key === 'value') q.value = readDouble(r);
      else r.skipValue();
    } catch (e) {
      throw inField(e, key);
    }
  }
  return q;
}

function readSummaryDataPoint(r: JsonReader): SummaryDataPoint {
  const p = newSummaryDataPoint();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'attributes':
          p.attributes = readAttributes(r);
          break;
        case 'startTimeUnixNano':
        case 'start_time_unix_nano':
          p.startTimeUnixNano = readUint64(r);
          break;
        case 'timeUnixNano':
        case 'time_unix_nano':
          p.timeUnixNano = readUint64(r);
          break;
        case 'count':
          p.count = readUint64(r);
          break;
        case 'sum':
          p.sum = readDouble(r);
          break;
        case 'quantileValues':
        case 'quantile_values':
          p.quantileValues = readList(r, readQuantile);
          break;
        case 'flags':
          p.flags = readUint32(r);
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return p;
}

function readExemplar(r: JsonReader): Exemplar {
  const x = newExemplar();
  for (let key = r.firstKey(); key !== null; key = r.nextKey()) {
    try {
      switch (key) {
        case 'filteredAttributes':
        case 'filtered_attributes':
          x.filteredAttributes = readAttributes(r);
          break;
        case 'timeUnixNano':
        case 'time_unix_nano':
          x.timeUnixNano = readUint64(r);
          break;
        case 'asDouble':
        case 'as_double':
          x.value = readPointValue(r, x.value, false);
          break;
        case 'asInt':
        case 'as_int':
          x.value = readPointValue(r, x.value, true);
          break;
        case 'spanId':
        case 'span_id':
          readId(r, x.spanId, 'span id');
          break;
        case 'traceId':
        case 'trace_id':
          readId(r, x.traceId, 'trace id');
          break;
        default:
          r.skipValue();
      }
    } catch (e) {
      throw inField(e, key);
    }
  }
  return x;
}
