/**
 * Fixture payloads and a config builder for the transform processor's end-to-end tables. The
 * records are the same as the reference's `constructLogs()`, `constructTraces()` and
 * `constructMetrics()` (processor/transformprocessor/internal/{logs,traces,metrics}/processor_test.go),
 * so each table row's expected edit can be written as "the fixture, then these changes".
 */
import {
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
  type LogRecord,
  type LogsData,
  type Metric,
  type MetricsData,
  type NumberDataPoint,
  type Span,
  type TracesData,
} from '../../src/core/model.js';
import type { Value } from '../../src/core/values/types.js';

/** Unix nanoseconds of a UTC wall-clock time plus extra nanoseconds. */
const nanos = (y: number, mo: number, d: number, h: number, mi: number, s: number, ns: number): bigint =>
  BigInt(Date.UTC(y, mo - 1, d, h, mi, s)) * 1_000_000n + BigInt(ns);

export const LOG_TIME = nanos(2020, 2, 11, 20, 26, 12, 321);
export const OBSERVED_TIME = nanos(2020, 2, 11, 20, 26, 13, 789);
export const SPAN_START = LOG_TIME;
export const SPAN_END = OBSERVED_TIME;
/** The metrics fixture's start time; the reference's `TestTimeStamp` is built from the same instant. */
export const START_TIME = nanos(2020, 2, 11, 20, 26, 12, 321);
export const TEST_TIME = START_TIME;

export const TRACE_ID = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
export const SPAN_ID = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
export const SPAN_ID2 = Uint8Array.from([8, 7, 6, 5, 4, 3, 2, 1]);

/** A string-valued attribute map in insertion order. */
export const strAttrs = (entries: Record<string, string>): Map<string, Value> => new Map(Object.entries(entries));

/** Replaces a map's contents (the reference's `Clear()` followed by `PutStr`s). */
export function resetAttrs(m: Map<string, Value>, entries: Record<string, Value>): void {
  m.clear();
  for (const [k, v] of Object.entries(entries)) m.set(k, v);
}

// ---------------------------------------------------------------- logs

function logOne(): LogRecord {
  const r = newLogRecord();
  r.body = 'operationA';
  r.timeUnixNano = LOG_TIME;
  r.observedTimeUnixNano = OBSERVED_TIME;
  r.droppedAttributesCount = 1;
  r.flags = 1; // sampled
  r.severityNumber = 1;
  r.traceId = TRACE_ID.slice();
  r.spanId = SPAN_ID.slice();
  r.attributes = strAttrs({
    'http.method': 'get',
    'http.path': '/health',
    'http.url': 'http://localhost/health',
    flags: 'A|B|C',
    'total.string': '123456789',
  });
  return r;
}

function logTwo(): LogRecord {
  const r = newLogRecord();
  r.body = 'operationB';
  r.timeUnixNano = LOG_TIME;
  r.observedTimeUnixNano = OBSERVED_TIME;
  r.attributes = strAttrs({
    'http.method': 'get',
    'http.path': '/health',
    'http.url': 'http://localhost/health',
    flags: 'C|D',
    'total.string': '345678',
  });
  return r;
}

/** One resource (host.name=localhost), one scope named "scope", two log records. */
export function constructLogs(): LogsData {
  const resource = newResource();
  resource.attributes.set('host.name', 'localhost');
  const scope = newScope();
  scope.name = 'scope';
  return {
    resourceLogs: [
      {
        resource,
        schemaUrl: 'test_schema_url',
        scopeLogs: [{ scope, schemaUrl: 'test_schema_url', logRecords: [logOne(), logTwo()] }],
      },
    ],
  };
}

/** Accessors in the reference's shape: `logRec(td, i)` = ResourceLogs(0).ScopeLogs(0).LogRecords(i). */
export const logRec = (td: LogsData, i: number): LogRecord => td.resourceLogs[0].scopeLogs[0].logRecords[i];

// ---------------------------------------------------------------- traces

function spanOne(): Span {
  const s = newSpan();
  s.name = 'operationA';
  s.spanId = SPAN_ID.slice();
  s.parentSpanId = SPAN_ID2.slice();
  s.traceId = TRACE_ID.slice();
  s.startTimeUnixNano = SPAN_START;
  s.endTimeUnixNano = SPAN_END;
  s.droppedAttributesCount = 1;
  s.droppedLinksCount = 1;
  s.droppedEventsCount = 1;
  s.kind = 1;
  s.traceState = 'new';
  s.attributes = strAttrs({
    'http.method': 'get',
    'http.path': '/health',
    'http.url': 'http://localhost/health',
    flags: 'A|B|C',
    'total.string': '123456789',
  });
  s.status = { code: 2, message: 'status-cancelled' };
  const e = newSpanEvent();
  e.name = 'eventA';
  s.events.push(e);
  return s;
}

function spanTwo(): Span {
  const s = newSpan();
  s.name = 'operationB';
  s.startTimeUnixNano = SPAN_START;
  s.endTimeUnixNano = SPAN_END;
  s.attributes = strAttrs({
    'http.method': 'get',
    'http.path': '/health',
    'http.url': 'http://localhost/health',
    flags: 'C|D',
    'total.string': '345678',
  });
  for (let i = 0; i < 2; i++) {
    const l = newSpanLink();
    l.droppedAttributesCount = 4;
    s.links.push(l);
  }
  s.droppedLinksCount = 3;
  s.status = { code: 2, message: 'status-cancelled' };
  for (const name of ['eventB', 'eventB2']) {
    const e = newSpanEvent();
    e.name = name;
    s.events.push(e);
  }
  return s;
}

/** One resource (host.name=localhost), one scope named "scope", two spans (events eventA; eventB, eventB2). */
export function constructTraces(): TracesData {
  const resource = newResource();
  resource.attributes.set('host.name', 'localhost');
  const scope = newScope();
  scope.name = 'scope';
  return {
    resourceSpans: [
      {
        resource,
        schemaUrl: 'test_schema_url',
        scopeSpans: [{ scope, schemaUrl: 'test_schema_url', spans: [spanOne(), spanTwo()] }],
      },
    ],
  };
}

export const spanAt = (td: TracesData, i: number): Span => td.resourceSpans[0].scopeSpans[0].spans[i];

// ---------------------------------------------------------------- metrics

function numberPoint(value: number, attrs: Record<string, string>): NumberDataPoint {
  const dp = newNumberDataPoint();
  dp.startTimeUnixNano = START_TIME;
  dp.value = value;
  dp.attributes = strAttrs(attrs);
  return dp;
}

const ABC = { attr1: 'test1', attr2: 'test2', attr3: 'test3' };

/** operationA: a sum with two double points. */
export function fillMetricOne(): Metric {
  const m = newMetric();
  m.name = 'operationA';
  m.description = 'operationA description';
  m.unit = 'operationA unit';
  const attrs = { ...ABC, flags: 'A|B|C', 'total.string': '123456789' };
  m.data = { kind: 'sum', aggregationTemporality: 0, isMonotonic: false, dataPoints: [numberPoint(1.0, attrs), numberPoint(3.7, attrs)] };
  return m;
}

/** operationB: a delta histogram; only the first point has a sum. */
export function fillMetricTwo(): Metric {
  const m = newMetric();
  m.name = 'operationB';
  m.description = 'operationB description';
  m.unit = 'operationB unit';
  const point = (count: bigint, sum: number | null) => {
    const dp = newHistogramDataPoint();
    dp.startTimeUnixNano = START_TIME;
    dp.attributes = strAttrs({ ...ABC, flags: 'C|D', 'total.string': '345678' });
    dp.count = count;
    dp.sum = sum;
    return dp;
  };
  m.data = { kind: 'histogram', aggregationTemporality: 1, dataPoints: [point(1n, 5), point(3n, null)] };
  return m;
}

/** operationC: an exponential histogram. */
export function fillMetricThree(): Metric {
  const m = newMetric();
  m.name = 'operationC';
  m.description = 'operationC description';
  m.unit = 'operationC unit';
  const dp0 = newExponentialHistogramDataPoint();
  dp0.startTimeUnixNano = START_TIME;
  dp0.attributes = strAttrs(ABC);
  dp0.count = 1n;
  dp0.scale = 1;
  dp0.zeroCount = 1n;
  dp0.positive.offset = 1;
  dp0.negative.offset = 1;
  const dp1 = newExponentialHistogramDataPoint();
  dp1.startTimeUnixNano = START_TIME;
  dp1.attributes = strAttrs(ABC);
  m.data = { kind: 'exponentialHistogram', aggregationTemporality: 0, dataPoints: [dp0, dp1] };
  return m;
}

/** operationD: a summary with one point and two quantiles. */
export function fillMetricFour(): Metric {
  const m = newMetric();
  m.name = 'operationD';
  m.description = 'operationD description';
  m.unit = 'operationD unit';
  const dp = newSummaryDataPoint();
  dp.startTimeUnixNano = START_TIME;
  dp.timeUnixNano = TEST_TIME;
  dp.attributes = strAttrs(ABC);
  dp.count = 1234n;
  dp.sum = 12.34;
  dp.quantileValues = [
    { quantile: 0.99, value: 123 },
    { quantile: 0.95, value: 321 },
  ];
  m.data = { kind: 'summary', dataPoints: [dp] };
  return m;
}

/** operationE: a sum with two points differing in attr1. */
export function fillMetricFive(): Metric {
  const m = newMetric();
  m.name = 'operationE';
  m.description = 'operationE description';
  m.unit = 'operationE unit';
  m.data = {
    kind: 'sum',
    aggregationTemporality: 0,
    isMonotonic: false,
    dataPoints: [numberPoint(1.0, { attr1: 'test1' }), numberPoint(3.7, { attr1: 'test2' })],
  };
  return m;
}

/** One resource (host.name=myhost), one scope named "scope", metrics operationA…operationE. */
export function constructMetrics(): MetricsData {
  const resource = newResource();
  resource.attributes.set('host.name', 'myhost');
  const scope = newScope();
  scope.name = 'scope';
  return {
    resourceMetrics: [
      {
        resource,
        schemaUrl: 'test_schema_url',
        scopeMetrics: [
          {
            scope,
            schemaUrl: 'test_schema_url',
            metrics: [fillMetricOne(), fillMetricTwo(), fillMetricThree(), fillMetricFour(), fillMetricFive()],
          },
        ],
      },
    ],
  };
}

export const metricAt = (td: MetricsData, i: number): Metric => td.resourceMetrics[0].scopeMetrics[0].metrics[i];

/** The data points of metric `i`, whatever its type. */
export function pointsOf(td: MetricsData, i: number): { attributes: Map<string, Value> }[] {
  const data = metricAt(td, i).data;
  return data === null ? [] : data.dataPoints;
}

// ---------------------------------------------------------------- config

/** One statement group, as the reference's `common.ContextStatements`. */
export interface Group {
  context?: string;
  statements: string[];
  conditions?: string[];
  error_mode?: 'ignore' | 'silent' | 'propagate';
  shared_cache?: boolean;
}

/**
 * A transform processor body with the given groups for one signal. JSON is valid YAML, so the
 * statements need no YAML quoting.
 */
export function transformConfig(
  key: 'log_statements' | 'trace_statements' | 'metric_statements',
  groups: Group[],
  errorMode: 'ignore' | 'silent' | 'propagate' = 'ignore',
): string {
  return JSON.stringify({ error_mode: errorMode, [key]: groups });
}

// ---------------------------------------------------------------- comparison

/**
 * A deep copy with every Map turned into its entry list, so `toEqual` also checks key order: the
 * reference compares pdata maps as ordered slices, and attribute order is visible in OTLP output.
 */
export function ordered(x: unknown): unknown {
  if (x instanceof Map) return { entries: [...x].map(([k, v]) => [k, ordered(v)]) };
  if (Array.isArray(x)) return x.map(ordered);
  if (x instanceof Uint8Array || x === null || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, ordered(v)]));
}
