/**
 * `OttlSpanExporter`: wraps a `SpanExporter`. The SDK's spans are read-only once ended, so the
 * rules run where spans leave the process: each exported batch is converted to the model, the
 * transform and filter rules run on it, and the result is converted back and handed to the wrapped
 * exporter. Spans the filter dropped are not exported (and count as exported successfully).
 */
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { ResourceCache, modelToSpans, spansToModel } from './convert-traces.js';
import { OttlRules, type OttlRulesOptions } from './rules.js';

/** Options of {@link OttlSpanExporter}. */
export interface OttlSpanExporterOptions extends OttlRulesOptions {
  /** The exporter that receives the transformed spans. */
  exporter: SpanExporter;
}

/** Applies transform then filter rules to each exported batch of spans. */
export class OttlSpanExporter implements SpanExporter {
  private readonly rules: OttlRules;
  private readonly exporter: SpanExporter;
  private readonly resources = new ResourceCache();

  /** @throws RuleSetError / ConfigError when rules given as text do not compile. */
  constructor(options: OttlSpanExporterOptions) {
    this.rules = new OttlRules(options);
    this.exporter = options.exporter;
  }

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    const doc = { signal: 'traces' as const, data: spansToModel(spans) };
    if (!this.rules.apply(doc)) {
      this.exporter.export(spans, resultCallback);
      return;
    }
    const out = modelToSpans(doc.data, this.resources);
    if (out.length === 0) {
      resultCallback({ code: 0 }); // ExportResultCode.SUCCESS: nothing left to send
      return;
    }
    this.exporter.export(out, resultCallback);
  }

  shutdown(): Promise<void> {
    return this.exporter.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.exporter.forceFlush?.() ?? Promise.resolve();
  }
}
