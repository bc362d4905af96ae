/**
 * `ottl/sdk` in real OpenTelemetry JS SDK pipelines with in-memory exporters: redaction,
 * enrichment and dropping for logs (a LogRecordProcessor), spans (an exporter wrapper) and metrics
 * (a push exporter wrapper); and the conversions agree exactly with what the SDK's own OTLP
 * serializer sends.
 */
import { SpanKind, SpanStatusCode, TraceFlags } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { ProtobufLogsSerializer, ProtobufMetricsSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { decodeProtobuf } from '../../src/api/index.js';
import { OttlLogRecordProcessor, OttlMetricExporter, OttlSpanExporter, modelToSpans, resourceMetricsToModel, spansToModel } from '../../src/sdk/index.js';

const resource = resourceFromAttributes({ 'service.name': 'checkout', 'deployment.environment': 'prod' });

const TRANSFORM = `
log_statements:
  - replace_pattern(log.attributes["user.email"], "^[^@]+", "***")
  - set(log.attributes["team"], "payments") where resource.attributes["service.name"] == "checkout"
  - set(log.severity_text, "WARNING") where log.severity_number == SEVERITY_NUMBER_WARN
trace_statements:
  - delete_key(span.attributes, "http.request.header.authorization")
  - set(span.attributes["team"], "payments")
  - set(span.name, "redacted") where span.attributes["secret"] == true
metric_statements:
  - set(datapoint.attributes["team"], "payments")
`;
const FILTER = `
logs:
  log_record:
    - IsMatch(log.body, "^healthcheck")
traces:
  span:
    - span.name == "GET /healthz"
metrics:
  metric:
    - metric.name == "noise"
`;

describe('OttlLogRecordProcessor in a LoggerProvider', () => {
  it('redacts, enriches and drops before the next processor', async () => {
    const exporter = new InMemoryLogRecordExporter();
    const next = new SimpleLogRecordProcessor({ exporter });
    const provider = new LoggerProvider({ resource, processors: [new OttlLogRecordProcessor({ transform: TRANSFORM, filter: FILTER, next })] });
    const logger = provider.getLogger('app', '1.0.0');
    logger.emit({ body: 'checkout done', severityNumber: SeverityNumber.WARN, severityText: 'WARN', attributes: { 'user.email': 'jane@example.com', amount: 12.5, items: 3 } });
    logger.emit({ body: 'healthcheck ok', attributes: { 'user.email': 'bot@example.com' } });
    await provider.forceFlush();
    const records = exporter.getFinishedLogRecords();
    expect(records).toHaveLength(1);
    const [r] = records;
    expect(r.attributes).toEqual({ 'user.email': '***@example.com', amount: 12.5, items: 3, team: 'payments' });
    expect(Object.keys(r.attributes)).toEqual(['user.email', 'amount', 'items', 'team']);
    expect(r.severityText).toBe('WARNING');
    expect(r.body).toBe('checkout done');
    // What the OTLP exporter sends for the edited record: ints stay ints, doubles doubles.
    const doc = decodeProtobuf(ProtobufLogsSerializer.serializeRequest(records) as Uint8Array, 'logs');
    if (doc.signal !== 'logs') throw new Error('signal');
    const rec = doc.data.resourceLogs[0].scopeLogs[0].logRecords[0];
    expect(rec.attributes.get('items')).toBe(3n);
    expect(rec.attributes.get('amount')).toBe(12.5);
    await provider.shutdown();
  });

  it('passes a record on unchanged when a rule fails under propagate, and reports it', async () => {
    const exporter = new InMemoryLogRecordExporter();
    const errors: unknown[] = [];
    const transform = 'error_mode: propagate\nlog_statements:\n  - set(log.attributes["n"], Int(log.body) + 1)\n';
    const provider = new LoggerProvider({
      processors: [new OttlLogRecordProcessor({ transform, next: new SimpleLogRecordProcessor({ exporter }), onError: (e) => errors.push(e) })],
    });
    provider.getLogger('app').emit({ body: { not: 'a number' }, attributes: { a: 'b' } });
    await provider.forceFlush();
    expect(errors).toHaveLength(1);
    expect(exporter.getFinishedLogRecords()[0].attributes).toEqual({ a: 'b' });
    await provider.shutdown();
  });
});

describe('OttlSpanExporter around an exporter', () => {
  it('redacts, enriches and drops spans; ids, times and flags are exact', async () => {
    const inner = new InMemorySpanExporter();
    const raw = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      resource,
      spanProcessors: [new SimpleSpanProcessor(new OttlSpanExporter({ transform: TRANSFORM, filter: FILTER, exporter: inner })), new SimpleSpanProcessor(raw)],
    });
    const tracer = provider.getTracer('web', '2.0.0');
    tracer.startActiveSpan('GET /cart', { kind: SpanKind.SERVER, attributes: { 'http.request.header.authorization': 'Bearer x', secret: true } }, (parent) => {
      const child = tracer.startSpan('db', { attributes: { rows: 4 } });
      child.addEvent('retry', { attempt: 2 });
      child.setStatus({ code: SpanStatusCode.ERROR, message: 'boom' });
      child.end();
      parent.end();
    });
    tracer.startSpan('GET /healthz').end();
    await provider.forceFlush();
    const out = inner.getFinishedSpans();
    expect(out.map((s) => s.name)).toEqual(['db', 'redacted']);
    expect(out[1].attributes).toEqual({ secret: true, team: 'payments' });
    expect(out[0].attributes).toEqual({ rows: 4, team: 'payments' });
    const original = raw.getFinishedSpans().filter((s) => s.name !== 'GET /healthz');
    // Everything but the edited fields is what the SDK produced, bit for bit, as the OTLP exporter sends it.
    const sent = decodeProtobuf(ProtobufTraceSerializer.serializeRequest(out) as Uint8Array, 'traces');
    const expected = decodeProtobuf(ProtobufTraceSerializer.serializeRequest(original) as Uint8Array, 'traces');
    if (sent.signal !== 'traces' || expected.signal !== 'traces') throw new Error('signal');
    const [db, cart] = expected.data.resourceSpans[0].scopeSpans[0].spans;
    db.attributes.set('team', 'payments');
    cart.attributes.delete('http.request.header.authorization');
    cart.attributes.set('team', 'payments');
    cart.name = 'redacted';
    expect(sent).toEqual(expected);
    expect(out[0].spanContext().traceFlags).toBe(TraceFlags.SAMPLED);
    await provider.shutdown();
  });

  it('converts finished spans exactly as the OTLP serializer does, and back', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const tracer = provider.getTracer('t');
    tracer.startActiveSpan('a', { attributes: { big: 2 ** 40, f: 0.5, list: ['x', 'y'] } }, (a) => {
      tracer.startSpan('b', { links: [{ context: a.spanContext(), attributes: { k: 'v' } }] }).end();
      a.end();
    });
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    const viaSerializer = decodeProtobuf(ProtobufTraceSerializer.serializeRequest(spans) as Uint8Array, 'traces');
    expect({ signal: 'traces', data: spansToModel(spans) }).toEqual(viaSerializer);
    const back = modelToSpans(spansToModel(spans));
    expect(decodeProtobuf(ProtobufTraceSerializer.serializeRequest(back) as Uint8Array, 'traces')).toEqual(viaSerializer);
    await provider.shutdown();
  });
});

describe('OttlMetricExporter around a push exporter', () => {
  it('enriches data points and drops metrics; conversion matches the serializer', async () => {
    const inner = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
    const reader = new PeriodicExportingMetricReader({ exporter: new OttlMetricExporter({ transform: TRANSFORM, filter: FILTER, exporter: inner }), exportIntervalMillis: 3_600_000 });
    const provider = new MeterProvider({ resource, readers: [reader] });
    const meter = provider.getMeter('m');
    meter.createCounter('orders').add(2, { region: 'eu' });
    meter.createCounter('noise').add(1);
    meter.createHistogram('latency').record(3.5);
    await reader.forceFlush();
    const batches = inner.getMetrics();
    const names = batches.flatMap((b) => b.scopeMetrics.flatMap((s) => s.metrics.map((m) => m.descriptor.name)));
    expect(names).toEqual(['orders', 'latency']);
    const doc = decodeProtobuf(ProtobufMetricsSerializer.serializeRequest(batches[0]) as Uint8Array, 'metrics');
    expect({ signal: 'metrics', data: resourceMetricsToModel(batches[0]) }).toEqual(doc);
    if (doc.signal !== 'metrics') throw new Error('signal');
    const orders = doc.data.resourceMetrics[0].scopeMetrics[0].metrics[0].data;
    if (orders?.kind !== 'sum') throw new Error('kind');
    // A counter is a DOUBLE instrument unless created with valueType INT: the SDK sends asDouble.
    expect(orders.dataPoints[0].value).toBe(2);
    expect([...orders.dataPoints[0].attributes]).toEqual([
      ['region', 'eu'],
      ['team', 'payments'],
    ]);
    await provider.shutdown();
  });
});
