/**
 * `OttlMetricExporter`: wraps a `PushMetricExporter` (for a `PeriodicExportingMetricReader`). Each
 * collected batch is converted to the model, the rules run on it, and each resulting resource is
 * handed to the wrapped exporter; what the filter dropped is not exported.
 */
import type { ExportResult } from '@opentelemetry/core';
import type { AggregationTemporality, InstrumentType, PushMetricExporter, ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { modelToResourceMetrics, resourceMetricsToModel } from './convert-metrics.js';
import { OttlRules, type OttlRulesOptions } from './rules.js';

/** Options of {@link OttlMetricExporter}. */
export interface OttlMetricExporterOptions extends OttlRulesOptions {
  /** The exporter that receives the transformed metrics. */
  exporter: PushMetricExporter;
}

/** Applies transform then filter rules to each exported batch of metrics. */
export class OttlMetricExporter implements PushMetricExporter {
  private readonly rules: OttlRules;
  private readonly exporter: PushMetricExporter;

  /** @throws RuleSetError / ConfigError when rules given as text do not compile. */
  constructor(options: OttlMetricExporterOptions) {
    this.rules = new OttlRules(options);
    this.exporter = options.exporter;
    // Keep the wrapped exporter's temporality and aggregation preferences.
    if (options.exporter.selectAggregationTemporality) {
      this.selectAggregationTemporality = (t: InstrumentType): AggregationTemporality => options.exporter.selectAggregationTemporality!(t);
    }
    if (options.exporter.selectAggregation) this.selectAggregation = options.exporter.selectAggregation.bind(options.exporter);
  }

  selectAggregationTemporality?: (instrumentType: InstrumentType) => AggregationTemporality;
  selectAggregation?: PushMetricExporter['selectAggregation'];

  export(metrics: ResourceMetrics, resultCallback: (result: ExportResult) => void): void {
    const doc = { signal: 'metrics' as const, data: resourceMetricsToModel(metrics) };
    if (!this.rules.apply(doc)) {
      this.exporter.export(metrics, resultCallback);
      return;
    }
    const batches = modelToResourceMetrics(doc.data).filter((rm) => rm.scopeMetrics.some((sm) => sm.metrics.length > 0));
    if (batches.length === 0) {
      resultCallback({ code: 0 }); // ExportResultCode.SUCCESS: nothing left to send
      return;
    }
    // One call per resource; the batch succeeds when every call does.
    let pending = batches.length;
    let failed: ExportResult | null = null;
    for (const rm of batches) {
      this.exporter.export(rm, (result) => {
        if (result.code !== 0 && failed === null) failed = result;
        if (--pending === 0) resultCallback(failed ?? { code: 0 });
      });
    }
  }

  forceFlush(): Promise<void> {
    return this.exporter.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.exporter.shutdown();
  }
}
