/**
 * Fixtures shaped like the reference's `constructLogs` / `constructTraces` / `constructMetrics`
 * (processor/filterprocessor/*_test.go), and a compact "shape" of a payload so that expected
 * results read as one line: `localhost{scope0[operationA,operationB]}`.
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
  newSummaryDataPoint,
  type DataPoint,
  type LogRecord,
  type LogsData,
  type MetricData,
  type MetricsData,
  type Span,
  type TelemetryDocument,
  type TracesData,
} from '../../../src/core/model.js';
import { PropagatedError } from '../../../src/engine/error-mode.js';
import { FilterProcessor, type FilterResult } from '../../../src/engine/filter/processor.js';
import type { Logger } from '../../../src/engine/error-mode.js';

const attrs = (o: Record<string, string>) => new Map(Object.entries(o));

function fillLogOne(l: LogRecord): LogRecord {
  l.body = 'operationA';
  l.droppedAttributesCount = 1;
  l.flags = 1;
  l.severityNumber = 13; // WARN
  l.traceId = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
  l.spanId = Uint8Array.from({ length: 8 }, (_, i) => i + 1);
  l.attributes = attrs({ 'http.method': 'get', 'http.path': '/health', flags: 'A|B|C', 'total.string': '123456789' });
  return l;
}

function fillLogTwo(l: LogRecord): LogRecord {
  l.body = 'operationB';
  l.severityNumber = 9; // INFO
  l.attributes = attrs({ 'http.method': 'get', 'http.path': '/health', flags: 'C|D', 'total.string': '345678' });
  return l;
}

function scopeNamed(name: string) {
  return { ...newScope(), name };
}

function resourceWithHost(host: string) {
  return { ...newResource(), attributes: attrs({ 'host.name': host }) };
}

/** One resource (host.name=localhost) with scopes scope0 and scope1, each holding logs A and B. */
export function constructLogs(): LogsData {
  return {
    resourceLogs: [
      {
        resource: resourceWithHost('localhost'),
        schemaUrl: 'test_schema_url',
        scopeLogs: ['scope0', 'scope1'].map((name) => ({
          scope: scopeNamed(name),
          schemaUrl: 'test_schema_url',
          logRecords: [fillLogOne(newLogRecord()), fillLogTwo(newLogRecord())],
        })),
      },
    ],
  };
}

/** One resource whose only scope has no log records. */
export function constructLogsWithEmptyLogRecords(): LogsData {
  return { resourceLogs: [{ resource: resourceWithHost('localhost'), schemaUrl: '', scopeLogs: [{ scope: scopeNamed('scope0'), schemaUrl: '', logRecords: [] }] }] };
}

/** host1{scope1,scope2}, host2{scope3,scope4}, host3{} (no scopes). */
export function constructLogsMultiResources(): LogsData {
  const res = (host: string, scopes: string[], fill: (l: LogRecord) => LogRecord) => ({
    resource: resourceWithHost(host),
    schemaUrl: '',
    scopeLogs: scopes.map((name) => ({ scope: scopeNamed(name), schemaUrl: '', logRecords: [fill(newLogRecord()), fill(newLogRecord())] })),
  });
  return { resourceLogs: [res('host1', ['scope1', 'scope2'], fillLogOne), res('host2', ['scope3', 'scope4'], fillLogTwo), res('host3', [], fillLogOne)] };
}

function spanA(): Span {
  const s = newSpan();
  s.name = 'operationA';
  s.spanId = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
  s.status = { message: 'status-cancelled', code: 2 };
  s.attributes = attrs({ 'http.method': 'get', 'total.string': '123456789' });
  s.events = [{ ...newSpanEvent(), name: 'eventA' }];
  return s;
}

function spanB(): Span {
  const s = newSpan();
  s.name = 'operationB';
  s.status = { message: 'status-cancelled', code: 1 };
  s.attributes = attrs({ 'http.method': 'get', 'total.string': '345678' });
  s.events = [{ ...newSpanEvent(), name: 'spanEventA' }];
  return s;
}

/** One resource (localhost) with scopes scope1 and scope2, each holding spans A and B. */
export function constructTraces(): TracesData {
  return {
    resourceSpans: [
      {
        resource: resourceWithHost('localhost'),
        schemaUrl: '',
        scopeSpans: ['scope1', 'scope2'].map((name) => ({ scope: scopeNamed(name), schemaUrl: '', spans: [spanA(), spanB()] })),
      },
    ],
  };
}

/** Like {@link constructTraces} with one scope whose spans have no events. */
export function constructTracesWithEmptySpanEvents(): TracesData {
  const td = constructTraces();
  const scope = td.resourceSpans[0].scopeSpans[0];
  td.resourceSpans[0].scopeSpans = [scope];
  for (const s of scope.spans) s.events = [];
  return td;
}

function numberPoint(value: number, a: Record<string, string>): DataPoint {
  return { ...newNumberDataPoint(), value, attributes: attrs(a) };
}

const POINT_ATTRS = { attr1: 'test1', attr2: 'test2', attr3: 'test3' };

/** One resource (localhost, schema test_schema_url), scope "scope", metrics A (sum) … E (gauge). */
export function constructMetrics(): MetricsData {
  const metric = (name: string, data: MetricData) => ({ ...newMetric(), name, description: `${name} description`, unit: `${name} unit`, data });
  return {
    resourceMetrics: [
      {
        resource: resourceWithHost('localhost'),
        schemaUrl: 'test_schema_url',
        scopeMetrics: [
          {
            scope: scopeNamed('scope'),
            schemaUrl: '',
            metrics: [
              metric('operationA', {
                kind: 'sum',
                aggregationTemporality: 0,
                isMonotonic: false,
                dataPoints: [numberPoint(1.0, POINT_ATTRS), numberPoint(3.7, POINT_ATTRS)] as never,
              }),
              metric('operationB', {
                kind: 'histogram',
                aggregationTemporality: 0,
                dataPoints: [
                  { ...newHistogramDataPoint(), count: 1n, sum: 5, attributes: attrs(POINT_ATTRS) },
                  { ...newHistogramDataPoint(), count: 3n, attributes: attrs(POINT_ATTRS) },
                ],
              }),
              metric('operationC', {
                kind: 'exponentialHistogram',
                aggregationTemporality: 0,
                dataPoints: [
                  { ...newExponentialHistogramDataPoint(), count: 1n, attributes: attrs(POINT_ATTRS) },
                  { ...newExponentialHistogramDataPoint(), attributes: attrs(POINT_ATTRS) },
                ],
              }),
              metric('operationD', {
                kind: 'summary',
                dataPoints: [
                  { ...newSummaryDataPoint(), sum: 12.34, count: 1234n, attributes: attrs(POINT_ATTRS) },
                  { ...newSummaryDataPoint(), sum: 43.21 },
                ],
              }),
              metric('operationE', { kind: 'gauge', dataPoints: [numberPoint(2.0, POINT_ATTRS)] as never }),
            ],
          },
        ],
      },
    ],
  };
}

/** A one-line picture of a payload: resources by host.name, scopes by name, items by name. */
export function shape(doc: TelemetryDocument): string {
  const host = (m: Map<string, unknown>) => String(m.get('host.name') ?? '?');
  switch (doc.signal) {
    case 'logs':
      return doc.data.resourceLogs
        .map((rl) => `${host(rl.resource.attributes)}{${rl.scopeLogs.map((sl) => `${sl.scope.name}[${sl.logRecords.map((l) => String(l.body)).join(',')}]`).join(',')}}`)
        .join(' ');
    case 'traces':
      return doc.data.resourceSpans
        .map(
          (rs) =>
            `${host(rs.resource.attributes)}{${rs.scopeSpans
              .map((ss) => `${ss.scope.name}[${ss.spans.map((s) => `${s.name}(${s.events.map((e) => e.name).join(',')})`).join(',')}]`)
              .join(',')}}`,
        )
        .join(' ');
    case 'metrics':
      return doc.data.resourceMetrics
        .map(
          (rm) =>
            `${host(rm.resource.attributes)}{${rm.scopeMetrics
              .map((sm) => `${sm.scope.name}[${sm.metrics.map((m) => `${m.name}(${m.data?.dataPoints.length ?? '-'})`).join(',')}]`)
              .join(',')}}`,
        )
        .join(' ');
  }
}

export interface Outcome {
  /** The payload's shape after filtering ('' when everything was dropped). */
  readonly shape: string;
  readonly result?: FilterResult;
  /** The message of a propagated error. */
  readonly error?: string;
  readonly warnings: string[];
}

/** Compiles `config` (YAML) and filters `doc` with it. */
export function runFilter(config: string, doc: TelemetryDocument): Outcome {
  const warnings: string[] = [];
  const logger: Logger = { warn: (m, f) => warnings.push(`${m}: ${Object.values(f).join(' | ')}`) };
  const processor = FilterProcessor.fromText(config, 'filter.yaml', { logger });
  try {
    const result = processor.process(doc);
    return { shape: shape(doc), result, warnings };
  } catch (e) {
    if (e instanceof PropagatedError) return { shape: shape(doc), error: e.message, warnings };
    throw e;
  }
}
