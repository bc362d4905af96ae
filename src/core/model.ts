/**
 * The telemetry data model: OTLP logs, traces and metrics as plain, monomorphic objects.
 *
 * Field names follow OTLP's protobuf (lowerCamelCase as in OTLP/JSON). Types are exact:
 * - fixed64/uint64/int64 fields (timestamps, counts) are `bigint`;
 * - uint32/int32 fields and enums are `number`;
 * - double fields are `number`; `optional double` fields are `number | null` (null = absent);
 * - ids are fixed-size `Uint8Array`s (16 bytes for trace ids, 8 for span ids); all zeros = empty;
 * - attribute maps are `Map<string, Value>` holding only OTLP AnyValue kinds
 *   (string, bigint, number, boolean, Uint8Array, Map, array, or null for an empty value).
 *
 * Always build objects with the `new*` factories below so every object of a kind has the same shape.
 */
import type { Value, ValueMap } from './values/types.js';

export interface Resource {
  attributes: ValueMap;
  droppedAttributesCount: number;
}

export interface InstrumentationScope {
  name: string;
  version: string;
  attributes: ValueMap;
  droppedAttributesCount: number;
}

// ---------------------------------------------------------------- logs

export interface LogsData {
  resourceLogs: ResourceLogs[];
}

export interface ResourceLogs {
  resource: Resource;
  scopeLogs: ScopeLogs[];
  schemaUrl: string;
}

export interface ScopeLogs {
  scope: InstrumentationScope;
  logRecords: LogRecord[];
  schemaUrl: string;
}

export interface LogRecord {
  timeUnixNano: bigint;
  observedTimeUnixNano: bigint;
  severityNumber: number;
  severityText: string;
  /** The body; `null` is the empty value. */
  body: Value;
  attributes: ValueMap;
  droppedAttributesCount: number;
  flags: number;
  traceId: Uint8Array;
  spanId: Uint8Array;
  eventName: string;
}

// ---------------------------------------------------------------- traces

export interface TracesData {
  resourceSpans: ResourceSpans[];
}

export interface ResourceSpans {
  resource: Resource;
  scopeSpans: ScopeSpans[];
  schemaUrl: string;
}

export interface ScopeSpans {
  scope: InstrumentationScope;
  spans: Span[];
  schemaUrl: string;
}

export interface Status {
  message: string;
  /** STATUS_CODE_UNSET = 0, OK = 1, ERROR = 2. */
  code: number;
}

export interface Span {
  traceId: Uint8Array;
  spanId: Uint8Array;
  traceState: string;
  parentSpanId: Uint8Array;
  flags: number;
  name: string;
  /** SPAN_KIND_UNSPECIFIED = 0 … CONSUMER = 5. */
  kind: number;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: ValueMap;
  droppedAttributesCount: number;
  events: SpanEvent[];
  droppedEventsCount: number;
  links: SpanLink[];
  droppedLinksCount: number;
  status: Status;
}

export interface SpanEvent {
  timeUnixNano: bigint;
  name: string;
  attributes: ValueMap;
  droppedAttributesCount: number;
}

export interface SpanLink {
  traceId: Uint8Array;
  spanId: Uint8Array;
  traceState: string;
  attributes: ValueMap;
  droppedAttributesCount: number;
  flags: number;
}

// ---------------------------------------------------------------- metrics

export interface MetricsData {
  resourceMetrics: ResourceMetrics[];
}

export interface ResourceMetrics {
  resource: Resource;
  scopeMetrics: ScopeMetrics[];
  schemaUrl: string;
}

export interface ScopeMetrics {
  scope: InstrumentationScope;
  metrics: Metric[];
  schemaUrl: string;
}

export interface Metric {
  name: string;
  description: string;
  unit: string;
  metadata: ValueMap;
  /** `null` when the metric has no data (METRIC_DATA_TYPE_NONE). */
  data: MetricData | null;
}

export type MetricData = Gauge | Sum | Histogram | ExponentialHistogram | Summary;

/** METRIC_DATA_TYPE_* numbers, as OTTL's `metric.type` reports them. */
export const METRIC_DATA_TYPE = {
  none: 0,
  gauge: 1,
  sum: 2,
  histogram: 3,
  exponentialHistogram: 4,
  summary: 5,
} as const;

export interface Gauge {
  kind: 'gauge';
  dataPoints: NumberDataPoint[];
}

export interface Sum {
  kind: 'sum';
  dataPoints: NumberDataPoint[];
  /** AGGREGATION_TEMPORALITY_UNSPECIFIED = 0, DELTA = 1, CUMULATIVE = 2. */
  aggregationTemporality: number;
  isMonotonic: boolean;
}

export interface Histogram {
  kind: 'histogram';
  dataPoints: HistogramDataPoint[];
  aggregationTemporality: number;
}

export interface ExponentialHistogram {
  kind: 'exponentialHistogram';
  dataPoints: ExponentialHistogramDataPoint[];
  aggregationTemporality: number;
}

export interface Summary {
  kind: 'summary';
  dataPoints: SummaryDataPoint[];
}

export type DataPoint =
  | NumberDataPoint
  | HistogramDataPoint
  | ExponentialHistogramDataPoint
  | SummaryDataPoint;

export interface NumberDataPoint {
  kind: 'number';
  attributes: ValueMap;
  startTimeUnixNano: bigint;
  timeUnixNano: bigint;
  /** `asDouble` (number), `asInt` (bigint), or `null` when neither is set. */
  value: number | bigint | null;
  exemplars: Exemplar[];
  flags: number;
}

export interface HistogramDataPoint {
  kind: 'histogram';
  attributes: ValueMap;
  startTimeUnixNano: bigint;
  timeUnixNano: bigint;
  count: bigint;
  sum: number | null;
  bucketCounts: bigint[];
  explicitBounds: number[];
  exemplars: Exemplar[];
  flags: number;
  min: number | null;
  max: number | null;
}

export interface Buckets {
  offset: number;
  bucketCounts: bigint[];
}

export interface ExponentialHistogramDataPoint {
  kind: 'exponentialHistogram';
  attributes: ValueMap;
  startTimeUnixNano: bigint;
  timeUnixNano: bigint;
  count: bigint;
  sum: number | null;
  scale: number;
  zeroCount: bigint;
  positive: Buckets;
  negative: Buckets;
  flags: number;
  exemplars: Exemplar[];
  min: number | null;
  max: number | null;
  zeroThreshold: number;
}

export interface ValueAtQuantile {
  quantile: number;
  value: number;
}

export interface SummaryDataPoint {
  kind: 'summary';
  attributes: ValueMap;
  startTimeUnixNano: bigint;
  timeUnixNano: bigint;
  count: bigint;
  sum: number;
  quantileValues: ValueAtQuantile[];
  flags: number;
}

export interface Exemplar {
  filteredAttributes: ValueMap;
  timeUnixNano: bigint;
  /** `asDouble` (number), `asInt` (bigint), or `null`. */
  value: number | bigint | null;
  spanId: Uint8Array;
  traceId: Uint8Array;
}

// ---------------------------------------------------------------- factories

export const newTraceIdBytes = (): Uint8Array => new Uint8Array(16);
export const newSpanIdBytes = (): Uint8Array => new Uint8Array(8);

export function newResource(): Resource {
  return { attributes: new Map(), droppedAttributesCount: 0 };
}

export function newScope(): InstrumentationScope {
  return { name: '', version: '', attributes: new Map(), droppedAttributesCount: 0 };
}

export function newLogRecord(): LogRecord {
  return {
    timeUnixNano: 0n,
    observedTimeUnixNano: 0n,
    severityNumber: 0,
    severityText: '',
    body: null,
    attributes: new Map(),
    droppedAttributesCount: 0,
    flags: 0,
    traceId: newTraceIdBytes(),
    spanId: newSpanIdBytes(),
    eventName: '',
  };
}

export function newSpan(): Span {
  return {
    traceId: newTraceIdBytes(),
    spanId: newSpanIdBytes(),
    traceState: '',
    parentSpanId: newSpanIdBytes(),
    flags: 0,
    name: '',
    kind: 0,
    startTimeUnixNano: 0n,
    endTimeUnixNano: 0n,
    attributes: new Map(),
    droppedAttributesCount: 0,
    events: [],
    droppedEventsCount: 0,
    links: [],
    droppedLinksCount: 0,
    status: { message: '', code: 0 },
  };
}

export function newSpanEvent(): SpanEvent {
  return { timeUnixNano: 0n, name: '', attributes: new Map(), droppedAttributesCount: 0 };
}

export function newSpanLink(): SpanLink {
  return {
    traceId: newTraceIdBytes(),
    spanId: newSpanIdBytes(),
    traceState: '',
    attributes: new Map(),
    droppedAttributesCount: 0,
    flags: 0,
  };
}

export function newMetric(): Metric {
  return { name: '', description: '', unit: '', metadata: new Map(), data: null };
}

export function newNumberDataPoint(): NumberDataPoint {
  return {
    kind: 'number',
    attributes: new Map(),
    startTimeUnixNano: 0n,
    timeUnixNano: 0n,
    value: null,
    exemplars: [],
    flags: 0,
  };
}

export function newHistogramDataPoint(): HistogramDataPoint {
  return {
    kind: 'histogram',
    attributes: new Map(),
    startTimeUnixNano: 0n,
    timeUnixNano: 0n,
    count: 0n,
    sum: null,
    bucketCounts: [],
    explicitBounds: [],
    exemplars: [],
    flags: 0,
    min: null,
    max: null,
  };
}

export function newExponentialHistogramDataPoint(): ExponentialHistogramDataPoint {
  return {
    kind: 'exponentialHistogram',
    attributes: new Map(),
    startTimeUnixNano: 0n,
    timeUnixNano: 0n,
    count: 0n,
    sum: null,
    scale: 0,
    zeroCount: 0n,
    positive: { offset: 0, bucketCounts: [] },
    negative: { offset: 0, bucketCounts: [] },
    flags: 0,
    exemplars: [],
    min: null,
    max: null,
    zeroThreshold: 0,
  };
}

export function newSummaryDataPoint(): SummaryDataPoint {
  return {
    kind: 'summary',
    attributes: new Map(),
    startTimeUnixNano: 0n,
    timeUnixNano: 0n,
    count: 0n,
    sum: 0,
    quantileValues: [],
    flags: 0,
  };
}

export function newExemplar(): Exemplar {
  return {
    filteredAttributes: new Map(),
    timeUnixNano: 0n,
    value: null,
    spanId: newSpanIdBytes(),
    traceId: newTraceIdBytes(),
  };
}

/** Which signal a document carries. */
export type Signal = 'logs' | 'traces' | 'metrics';

/** One decoded OTLP document. */
export type TelemetryDocument =
  | { signal: 'logs'; data: LogsData }
  | { signal: 'traces'; data: TracesData }
  | { signal: 'metrics'; data: MetricsData };
