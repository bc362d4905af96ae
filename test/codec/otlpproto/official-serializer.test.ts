/**
 * Protobuf bytes written by the official OpenTelemetry JS serializer (`@opentelemetry/otlp-transformer`,
 * what the SDK's OTLP exporters send) decode to the same model as the same serializer's OTLP/JSON of
 * the same SDK data, for logs, spans and metrics taken from real SDK pipelines.
 */
import { SeverityNumber } from '@opentelemetry/api-logs';
import { SpanKind, SpanStatusCode, type Attributes } from '@opentelemetry/api';
import {
  JsonLogsSerializer,
  JsonMetricsSerializer,
  JsonTraceSerializer,
  ProtobufLogsSerializer,
  ProtobufMetricsSerializer,
  ProtobufTraceSerializer,
} from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/codec/otlpjson/decode.js';
import { decodeProtobuf, decodeProtobufAnySignal } from '../../../src/codec/otlpproto/decode.js';
import { encodeProtobuf } from '../../../src/codec/otlpproto/encode.js';

const resource = resourceFromAttributes({ 'service.name': 'checkout', 'host.cores': 8, 'sample.ratio': 0.25, 'feature.on': true });
const attrs: Attributes = { 'http.method': 'GET', 'http.status_code': 503, latency: 1.5, ok: false, tags: ['a', 'b'], codes: [1, 2] };

const json = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe('official serializer: protobuf and JSON agree', () => {
  it('logs', async () => {
    const exporter = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({ resource, processors: [new SimpleLogRecordProcessor({ exporter })] });
    const logger = provider.getLogger('payments', '1.2.3');
    logger.emit({ severityNumber: SeverityNumber.WARN, severityText: 'WARN', body: 'card declined', attributes: attrs, timestamp: 1_700_000_000_123 });
    logger.emit({ body: { nested: { n: 3, bytes: new Uint8Array([0, 255, 7]) }, list: [1.5, 'x', null] }, eventName: 'checkout.done' });
    await provider.forceFlush();
    const records = exporter.getFinishedLogRecords();
    const pb = ProtobufLogsSerializer.serializeRequest(records) as Uint8Array;
    const fromPb = decodeProtobuf(pb, 'logs', 'sdk.pb');
    const fromJson = decodeDocument(json(JsonLogsSerializer.serializeRequest(records)), 'sdk.json');
    expect(fromPb).toEqual(fromJson);
    expect(decodeProtobufAnySignal(pb)).toEqual(fromJson);
    // And our encoding of that model decodes to it again.
    expect(decodeProtobuf(encodeProtobuf(fromPb), 'logs')).toEqual(fromJson);
    if (fromPb.signal !== 'logs') throw new Error('signal');
    const rec = fromPb.data.resourceLogs[0].scopeLogs[0].logRecords[0];
    expect(rec.attributes.get('http.status_code')).toBe(503n);
    expect(rec.timeUnixNano).toBe(1_700_000_000_123_000_000n);
    await provider.shutdown();
  });

  it('spans', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const tracer = provider.getTracer('web', '0.1.0');
    tracer.startActiveSpan('GET /cart', { kind: SpanKind.SERVER, attributes: attrs }, (parent) => {
      const child = tracer.startSpan('db.query', { kind: SpanKind.CLIENT, links: [{ context: parent.spanContext(), attributes: { why: 'retry' } }] });
      child.addEvent('rows', { count: 12 });
      child.setStatus({ code: SpanStatusCode.ERROR, message: 'timeout' });
      child.end();
      parent.end();
    });
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    const pb = ProtobufTraceSerializer.serializeRequest(spans) as Uint8Array;
    const fromPb = decodeProtobuf(pb, 'traces');
    const fromJson = decodeDocument(json(JsonTraceSerializer.serializeRequest(spans)), 'sdk.json');
    expect(fromPb).toEqual(fromJson);
    expect(decodeProtobufAnySignal(pb).signal).toBe('traces');
    await provider.shutdown();
  });

  it('metrics', async () => {
    const exporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
    const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 3_600_000 });
    const provider = new MeterProvider({ resource, readers: [reader] });
    const meter = provider.getMeter('shop');
    meter.createCounter('orders').add(3, { region: 'eu' });
    meter.createHistogram('latency', { unit: 'ms' }).record(12.5, { route: '/cart' });
    meter.createUpDownCounter('queue').add(-2);
    meter.createGauge('temp').record(21.5);
    await reader.forceFlush();
    const collected = exporter.getMetrics();
    expect(collected.length).toBeGreaterThan(0);
    const pb = ProtobufMetricsSerializer.serializeRequest(collected[0]) as Uint8Array;
    const fromPb = decodeProtobuf(pb, 'metrics');
    const fromJson = decodeDocument(json(JsonMetricsSerializer.serializeRequest(collected[0])), 'sdk.json');
    expect(fromPb).toEqual(fromJson);
    expect(decodeProtobufAnySignal(pb).signal).toBe('metrics');
    await provider.shutdown();
  });
});
