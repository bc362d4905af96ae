/**
 * `ottl/sdk`: OTTL rules inside an OpenTelemetry JS SDK pipeline.
 *
 * - {@link OttlLogRecordProcessor}: transform/filter each log record as it is emitted, before the
 *   next processor;
 * - {@link OttlSpanExporter}: wraps a span exporter (ended spans are read-only, so the rules run on
 *   each exported batch);
 * - {@link OttlMetricExporter}: wraps a push metric exporter.
 *
 * The SDK packages (`@opentelemetry/sdk-logs`, `sdk-trace-base`, `sdk-metrics`, `resources`,
 * `core`, `api`) are optional peer dependencies: install the ones of the signals you use.
 * See docs/sdk.md.
 */
export { OttlLogRecordProcessor, logRecordToModel } from './log-processor.js';
export type { OttlLogRecordProcessorOptions } from './log-processor.js';
export { OttlSpanExporter } from './span-exporter.js';
export type { OttlSpanExporterOptions } from './span-exporter.js';
export { OttlMetricExporter } from './metric-exporter.js';
export type { OttlMetricExporterOptions } from './metric-exporter.js';
export { spansToModel, modelToSpans, ResourceCache } from './convert-traces.js';
export { resourceMetricsToModel, modelToResourceMetrics } from './convert-metrics.js';
export { OttlRules } from './rules.js';
export type { OttlRulesOptions, DocumentTransformer, DocumentFilter } from './rules.js';
