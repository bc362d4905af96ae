/**
 * fast-check arbitraries for telemetry records of the data model (`src/model/types.ts`).
 *
 * Every object is made by the model's `new*` factory and then filled in, so generated records have
 * exactly the shape the decoder produces. Fields are left at their defaults at random, so both the
 * empty and the filled forms are covered.
 */
import fc from 'fast-check';
import {
  newExemplar,
  newExponentialHistogramDataPoint,
  newHistogramDataPoint,
  newLogRecord,
  newMetric,
  newNumberDataPoint,
  newResource,
  newScope,
  newSpan,
  newSpanEvent,
  newSpanLink,
  newSummaryDataPoint,
  type Exemplar,
  type ExponentialHistogramDataPoint,
  type HistogramDataPoint,
  type InstrumentationScope,
  type LogRecord,
  type LogsData,
  type Metric,
  type MetricData,
  type MetricsData,
  type NumberDataPoint,
  type Resource,
  type Span,
  type SpanEvent,
  type SpanLink,
  type SummaryDataPoint,
  type TelemetryDocument,
  type TracesData,
} from '../core/model.js';
import { attributesArb, attributeValueArb, doubleArb, idBytesArb, stringArb } from './values.js';

type Fields<T> = { [K in keyof T]?: fc.Arbitrary<T[K]> };

/** `make()` with a random subset of `fields` filled in (the rest keep the factory's defaults). */
function built<T extends object>(make: () => T, fields: Fields<T>): fc.Arbitrary<T> {
  return fc
    .record(fields as { [K in keyof T]: fc.Arbitrary<T[K]> }, { requiredKeys: [] })
    .map((values) => Object.assign(make(), values));
}

const uint64 = (): fc.Arbitrary<bigint> =>
  fc.oneof(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.constantFrom(0n, 1n, 1700000000000000000n, (1n << 63n) - 1n, (1n << 64n) - 1n));
const uint32 = (): fc.Arbitrary<number> => fc.oneof(fc.nat({ max: 4294967295 }), fc.constantFrom(0, 1, 4294967295));
const schemaUrl = (): fc.Arbitrary<string> => fc.constantFrom('', 'https://opentelemetry.io/schemas/1.21.0');
const smallText = (): fc.Arbitrary<string> => stringArb(8);

/** A resource with attributes. */
export function resourceArb(): fc.Arbitrary<Resource> {
  return built(newResource, { attributes: attributesArb(), droppedAttributesCount: uint32() });
}

/** An instrumentation scope. */
export function scopeArb(): fc.Arbitrary<InstrumentationScope> {
  return built(newScope, { name: smallText(), version: smallText(), attributes: attributesArb(), droppedAttributesCount: uint32() });
}

/** A log record: any body (string, map, slice, bytes, nil…), attributes, severities 0–24, ids. */
export function logRecordArb(): fc.Arbitrary<LogRecord> {
  return built(newLogRecord, {
    timeUnixNano: uint64(),
    observedTimeUnixNano: uint64(),
    severityNumber: fc.integer({ min: 0, max: 24 }),
    severityText: fc.oneof(fc.constantFrom('INFO', 'ERROR', 'warn', ''), smallText()),
    body: attributeValueArb({ maxDepth: 3 }),
    attributes: attributesArb(),
    droppedAttributesCount: uint32(),
    flags: uint32(),
    traceId: idBytesArb(16),
    spanId: idBytesArb(8),
    eventName: smallText(),
  });
}

/** A span event. */
export function spanEventArb(): fc.Arbitrary<SpanEvent> {
  return built(newSpanEvent, { timeUnixNano: uint64(), name: smallText(), attributes: attributesArb(), droppedAttributesCount: uint32() });
}

/** A span link. */
export function spanLinkArb(): fc.Arbitrary<SpanLink> {
  return built(newSpanLink, {
    traceId: idBytesArb(16),
    spanId: idBytesArb(8),
    traceState: fc.constantFrom('', 'rojo=00f067aa0ba902b7', 'congo=t61rcWkgMzE,rojo=00f067aa0ba902b7'),
    attributes: attributesArb(),
    droppedAttributesCount: uint32(),
    flags: uint32(),
  });
}

/** A span with events, links and a status (kind 0–5, status code 0–2). */
export function spanArb(): fc.Arbitrary<Span> {
  return built(newSpan, {
    traceId: idBytesArb(16),
    spanId: idBytesArb(8),
    traceState: fc.constantFrom('', 'rojo=00f067aa0ba902b7', 'congo=t61rcWkgMzE,rojo=00f067aa0ba902b7'),
    parentSpanId: idBytesArb(8),
    flags: uint32(),
    name: smallText(),
    kind: fc.integer({ min: 0, max: 5 }),
    startTimeUnixNano: uint64(),
    endTimeUnixNano: uint64(),
    attributes: attributesArb(),
    droppedAttributesCount: uint32(),
    events: fc.array(spanEventArb(), { maxLength: 2 }),
    droppedEventsCount: uint32(),
    links: fc.array(spanLinkArb(), { maxLength: 2 }),
    droppedLinksCount: uint32(),
    status: fc.record({ message: smallText(), code: fc.integer({ min: 0, max: 2 }) }),
  });
}

/** A number value as points and exemplars hold it: a double, an int64, or absent (null). */
const pointValue = (): fc.Arbitrary<number | bigint | null> =>
  fc.oneof(doubleArb(), fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), fc.constant(null));

const optionalDouble = (): fc.Arbitrary<number | null> => fc.option(doubleArb(), { nil: null });

/** An exemplar. */
export function exemplarArb(): fc.Arbitrary<Exemplar> {
  return built(newExemplar, {
    filteredAttributes: attributesArb({ maxDepth: 1 }),
    timeUnixNano: uint64(),
    value: pointValue(),
    spanId: idBytesArb(8),
    traceId: idBytesArb(16),
  });
}

const pointCommon = () => ({
  attributes: attributesArb({ maxDepth: 1 }),
  startTimeUnixNano: uint64(),
  timeUnixNano: uint64(),
  flags: fc.constantFrom(0, 1),
});

/** A gauge or sum data point. */
export function numberDataPointArb(): fc.Arbitrary<NumberDataPoint> {
  return built(newNumberDataPoint, { ...pointCommon(), value: pointValue(), exemplars: fc.array(exemplarArb(), { maxLength: 2 }) });
}

/** A histogram data point (bucket counts one longer than the bounds, as OTLP requires). */
export function histogramDataPointArb(): fc.Arbitrary<HistogramDataPoint> {
  const buckets = fc
    .array(doubleArb({ finite: true }), { maxLength: 4 })
    .chain((bounds) => {
      const sorted = [...new Set(bounds)].sort((a, b) => a - b);
      return fc.tuple(fc.constant(sorted), fc.array(fc.bigInt({ min: 0n, max: 1000n }), { minLength: sorted.length + 1, maxLength: sorted.length + 1 }));
    });
  return fc
    .tuple(built(newHistogramDataPoint, { ...pointCommon(), sum: optionalDouble(), min: optionalDouble(), max: optionalDouble(), exemplars: fc.array(exemplarArb(), { maxLength: 1 }) }), buckets)
    .map(([p, [bounds, counts]]) => {
      p.explicitBounds = bounds;
      p.bucketCounts = counts;
      p.count = counts.reduce((a, b) => a + b, 0n);
      return p;
    });
}

/** An exponential histogram data point. */
export function exponentialHistogramDataPointArb(): fc.Arbitrary<ExponentialHistogramDataPoint> {
  const buckets = fc.record({ offset: fc.integer({ min: -100, max: 100 }), bucketCounts: fc.array(fc.bigInt({ min: 0n, max: 1000n }), { maxLength: 4 }) });
  return built(newExponentialHistogramDataPoint, {
    ...pointCommon(),
    count: uint64(),
    sum: optionalDouble(),
    scale: fc.integer({ min: -10, max: 20 }),
    zeroCount: fc.bigInt({ min: 0n, max: 1000n }),
    positive: buckets,
    negative: buckets,
    exemplars: fc.array(exemplarArb(), { maxLength: 1 }),
    min: optionalDouble(),
    max: optionalDouble(),
    zeroThreshold: doubleArb({ finite: true }).map(Math.abs),
  });
}

/** A summary data point. */
export function summaryDataPointArb(): fc.Arbitrary<SummaryDataPoint> {
  return built(newSummaryDataPoint, {
    ...pointCommon(),
    count: uint64(),
    sum: doubleArb(),
    quantileValues: fc.array(fc.record({ quantile: fc.double({ min: 0, max: 1, noNaN: true }), value: doubleArb() }), { maxLength: 3 }),
  });
}

const temporality = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: 2 });

/** A metric's data: a gauge, sum, histogram, exponential histogram or summary with points of that kind. */
export function metricDataArb(): fc.Arbitrary<MetricData> {
  const points = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 3 });
  return fc.oneof(
    points(numberDataPointArb()).map((dataPoints): MetricData => ({ kind: 'gauge', dataPoints })),
    fc
      .tuple(points(numberDataPointArb()), temporality(), fc.boolean())
      .map(([dataPoints, aggregationTemporality, isMonotonic]): MetricData => ({ kind: 'sum', dataPoints, aggregationTemporality, isMonotonic })),
    fc
      .tuple(points(histogramDataPointArb()), temporality())
      .map(([dataPoints, aggregationTemporality]): MetricData => ({ kind: 'histogram', dataPoints, aggregationTemporality })),
    fc
      .tuple(points(exponentialHistogramDataPointArb()), temporality())
      .map(([dataPoints, aggregationTemporality]): MetricData => ({ kind: 'exponentialHistogram', dataPoints, aggregationTemporality })),
    points(summaryDataPointArb()).map((dataPoints): MetricData => ({ kind: 'summary', dataPoints })),
  );
}

/** A metric of any type (or with no data at all, now and then). */
export function metricArb(): fc.Arbitrary<Metric> {
  return built(newMetric, {
    name: fc.oneof(fc.constantFrom('http.server.duration', 'cpu.usage', 'requests_total'), smallText()),
    description: smallText(),
    unit: fc.constantFrom('', 'ms', 's', '1', 'By'),
    metadata: attributesArb({ maxDepth: 1 }),
    data: fc.option(metricDataArb(), { nil: null, freq: 8 }),
  });
}

/** Options for the document arbitraries: how many resources, scopes per resource and items per scope. */
export interface DocumentArbOptions {
  readonly maxResources?: number;
  readonly maxScopes?: number;
  readonly maxItems?: number;
}

function nested<Item, Scoped, Resourced>(
  item: fc.Arbitrary<Item>,
  scoped: (scope: InstrumentationScope, items: Item[], schemaUrl: string) => Scoped,
  resourced: (resource: Resource, scopes: Scoped[], schemaUrl: string) => Resourced,
  options: DocumentArbOptions,
): fc.Arbitrary<Resourced[]> {
  const scopes = fc
    .tuple(scopeArb(), fc.array(item, { maxLength: options.maxItems ?? 3 }), schemaUrl())
    .map(([s, items, url]) => scoped(s, items, url));
  const resources = fc
    .tuple(resourceArb(), fc.array(scopes, { maxLength: options.maxScopes ?? 2 }), schemaUrl())
    .map(([r, ss, url]) => resourced(r, ss, url));
  return fc.array(resources, { maxLength: options.maxResources ?? 2 });
}

/** A logs document (`resourceLogs` → `scopeLogs` → `logRecords`). */
export function logsDataArb(options: DocumentArbOptions = {}): fc.Arbitrary<LogsData> {
  return nested(
    logRecordArb(),
    (scope, logRecords, schemaUrl) => ({ scope, logRecords, schemaUrl }),
    (resource, scopeLogs, schemaUrl) => ({ resource, scopeLogs, schemaUrl }),
    options,
  ).map((resourceLogs) => ({ resourceLogs }));
}

/** A traces document (`resourceSpans` → `scopeSpans` → `spans`). */
export function tracesDataArb(options: DocumentArbOptions = {}): fc.Arbitrary<TracesData> {
  return nested(
    spanArb(),
    (scope, spans, schemaUrl) => ({ scope, spans, schemaUrl }),
    (resource, scopeSpans, schemaUrl) => ({ resource, scopeSpans, schemaUrl }),
    options,
  ).map((resourceSpans) => ({ resourceSpans }));
}

/** A metrics document (`resourceMetrics` → `scopeMetrics` → `metrics`). */
export function metricsDataArb(options: DocumentArbOptions = {}): fc.Arbitrary<MetricsData> {
  return nested(
    metricArb(),
    (scope, metrics, schemaUrl) => ({ scope, metrics, schemaUrl }),
    (resource, scopeMetrics, schemaUrl) => ({ resource, scopeMetrics, schemaUrl }),
    options,
  ).map((resourceMetrics) => ({ resourceMetrics }));
}

/** A document of any signal, tagged as `decodeDocument` returns it. */
export function telemetryDocumentArb(options: DocumentArbOptions = {}): fc.Arbitrary<TelemetryDocument> {
  return fc.oneof(
    logsDataArb(options).map((data): TelemetryDocument => ({ signal: 'logs', data })),
    tracesDataArb(options).map((data): TelemetryDocument => ({ signal: 'traces', data })),
    metricsDataArb(options).map((data): TelemetryDocument => ({ signal: 'metrics', data })),
  );
}
