/** The metrics signal's messages (`MetricsData`). */
import {
  newExemplar,
  newExponentialHistogramDataPoint,
  newHistogramDataPoint,
  newMetric,
  newNumberDataPoint,
  newSummaryDataPoint,
  type Buckets,
  type Exemplar,
  type ExponentialHistogram,
  type ExponentialHistogramDataPoint,
  type Gauge,
  type Histogram,
  type HistogramDataPoint,
  type Metric,
  type MetricsData,
  type NumberDataPoint,
  type Sum,
  type Summary,
  type SummaryDataPoint,
  type ValueAtQuantile,
} from '../../../core/model.js';
import { AggregationTemporalityEnum } from '../enums.js';
import { listOf, message, type FieldType, type Oneof } from './message.js';
import { ATTRIBUTES } from './any-value.js';
import { signalData } from './common.js';
import { BOOL, DOUBLE, INT32, INT64, OPTIONAL_DOUBLE, SPAN_ID, STRING, TRACE_ID, UINT32, UINT64, enumType } from './scalars.js';

const AGGREGATION_TEMPORALITY = enumType(AggregationTemporalityEnum);

/** `asDouble`/`asInt` of number points and exemplars: both into `value`. */
const POINT_VALUE = {
  asDouble: { slot: 'value', type: DOUBLE },
  asInt: { slot: 'value', type: INT64 },
} as const;
const POINT_VALUE_ONEOF: Oneof = {
  members: Object.keys(POINT_VALUE),
  conflict: () => 'a data point holds one value, got both asDouble and asInt',
  at: 'value',
};

const EXEMPLAR = message<Exemplar>({
  create: newExemplar,
  fields: { filteredAttributes: ATTRIBUTES, timeUnixNano: UINT64, spanId: SPAN_ID, traceId: TRACE_ID },
  aliased: POINT_VALUE,
  oneof: POINT_VALUE_ONEOF,
});
const EXEMPLARS = listOf(EXEMPLAR);

/** The fields every kind of data point has. */
const POINT = { attributes: ATTRIBUTES, startTimeUnixNano: UINT64, timeUnixNano: UINT64, flags: UINT32 } as const;
/** The fields both histogram kinds have. */
const HISTOGRAM_POINT = { ...POINT, count: UINT64, sum: OPTIONAL_DOUBLE, exemplars: EXEMPLARS, min: OPTIONAL_DOUBLE, max: OPTIONAL_DOUBLE } as const;

const NUMBER_DATA_POINT = message<NumberDataPoint>({
  create: newNumberDataPoint,
  fields: { ...POINT, exemplars: EXEMPLARS },
  aliased: POINT_VALUE,
  oneof: POINT_VALUE_ONEOF,
});

const HISTOGRAM_DATA_POINT = message<HistogramDataPoint>({
  create: newHistogramDataPoint,
  fields: { ...HISTOGRAM_POINT, bucketCounts: listOf(UINT64), explicitBounds: listOf(DOUBLE) },
});

const BUCKETS = message<Buckets>({
  create: () => ({ offset: 0, bucketCounts: [] }),
  nullable: true,
  fields: { offset: INT32, bucketCounts: listOf(UINT64) },
});

const EXPONENTIAL_HISTOGRAM_DATA_POINT = message<ExponentialHistogramDataPoint>({
  create: newExponentialHistogramDataPoint,
  fields: { ...HISTOGRAM_POINT, scale: INT32, zeroCount: UINT64, positive: BUCKETS, negative: BUCKETS, zeroThreshold: DOUBLE },
});

const VALUE_AT_QUANTILE = message<ValueAtQuantile>({
  create: () => ({ quantile: 0, value: 0 }),
  fields: { quantile: DOUBLE, value: DOUBLE },
});

const SUMMARY_DATA_POINT = message<SummaryDataPoint>({
  create: newSummaryDataPoint,
  fields: { ...POINT, count: UINT64, sum: DOUBLE, quantileValues: listOf(VALUE_AT_QUANTILE) },
});

const NUMBER_DATA_POINTS = listOf(NUMBER_DATA_POINT);

/** A metric's data, one message per kind; `null` leaves the metric without data (see METRIC). */
const METRIC_DATA = {
  gauge: {
    slot: 'data',
    type: message<Gauge>({ create: () => ({ kind: 'gauge', dataPoints: [] }), fields: { dataPoints: NUMBER_DATA_POINTS } }),
  },
  sum: {
    slot: 'data',
    type: message<Sum>({
      create: () => ({ kind: 'sum', dataPoints: [], aggregationTemporality: 0, isMonotonic: false }),
      fields: { dataPoints: NUMBER_DATA_POINTS, aggregationTemporality: AGGREGATION_TEMPORALITY, isMonotonic: BOOL },
    }),
  },
  histogram: {
    slot: 'data',
    type: message<Histogram>({
      create: () => ({ kind: 'histogram', dataPoints: [], aggregationTemporality: 0 }),
      fields: { dataPoints: listOf(HISTOGRAM_DATA_POINT), aggregationTemporality: AGGREGATION_TEMPORALITY },
    }),
  },
  exponentialHistogram: {
    slot: 'data',
    type: message<ExponentialHistogram>({
      create: () => ({ kind: 'exponentialHistogram', dataPoints: [], aggregationTemporality: 0 }),
      fields: { dataPoints: listOf(EXPONENTIAL_HISTOGRAM_DATA_POINT), aggregationTemporality: AGGREGATION_TEMPORALITY },
    }),
  },
  summary: {
    slot: 'data',
    type: message<Summary>({ create: () => ({ kind: 'summary', dataPoints: [] }), fields: { dataPoints: listOf(SUMMARY_DATA_POINT) } }),
  },
} as const;

const METRIC = message<Metric>({
  create: newMetric,
  fields: { name: STRING, description: STRING, unit: STRING, metadata: ATTRIBUTES },
  aliased: METRIC_DATA,
  oneof: {
    members: Object.keys(METRIC_DATA),
    conflict: (first, second) => `a metric holds one kind of data, got both ${first} and ${second}`,
    at: 'end',
  },
});

/** The value of a document's `resourceMetrics` field. */
export const METRICS_DATA: FieldType<MetricsData> = signalData('resourceMetrics', 'scopeMetrics', 'metrics', METRIC);
