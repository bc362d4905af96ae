// ottl/sdk in an application's OpenTelemetry SDK set-up: redact and enrich log records and spans,
// drop health checks. Run with `npm run build && node examples/sdk/app.mjs`; the console exporters
// print what would be sent.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ConsoleLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, ConsoleSpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OttlLogRecordProcessor, OttlSpanExporter } from 'ottl/sdk';

// One file holds both processors' configs; each adapter takes its part as YAML text.
const rules = parse(readFileSync(new URL('./rules.yaml', import.meta.url), 'utf8'));
const transform = stringify(rules.transform);
const filter = stringify(rules.filter);

const resource = resourceFromAttributes({ 'service.name': 'checkout' });

// Logs: the OTTL processor sits in front of the processor that exports.
const loggerProvider = new LoggerProvider({
  resource,
  processors: [new OttlLogRecordProcessor({ transform, filter, next: new SimpleLogRecordProcessor({ exporter: new ConsoleLogRecordExporter() }) })],
});

// Spans are read-only once ended: the OTTL exporter wraps the real exporter.
const tracerProvider = new BasicTracerProvider({
  resource,
  spanProcessors: [new SimpleSpanProcessor(new OttlSpanExporter({ transform, filter, exporter: new ConsoleSpanExporter() }))],
});

const logger = loggerProvider.getLogger('shop');
logger.emit({ body: 'order placed', attributes: { 'user.email': 'jane@example.com', items: 3 } });
logger.emit({ body: 'healthcheck ok' }); // dropped by the filter

const tracer = tracerProvider.getTracer('shop');
tracer.startSpan('POST /orders', { attributes: { 'http.request.header.authorization': 'Bearer secret' } }).end();
tracer.startSpan('GET /healthz').end(); // dropped by the filter

await loggerProvider.shutdown();
await tracerProvider.shutdown();
