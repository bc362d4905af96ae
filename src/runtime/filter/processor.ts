/**
 * The filter processor: a compiled, immutable set of conditions that removes matching telemetry
 * from OTLP payloads in place.
 */
import { toRequestMetadata, type ProcessOptions } from '../contexts/request-metadata.js';
import type { LogsData, MetricsData, Signal, TelemetryDocument, TracesData } from '../../model/types.js';
import { parseConfigText } from '../config/yaml.js';
import { NO_LOGGER, PropagatedError, type Logger } from '../error-mode.js';
import { FeatureGates } from '../feature-gates.js';
import { compileGroup, RuleSetError } from '../rules/compile-group.js';
import { selectProcessor } from '../transform/config.js';
import { readFilterConfig, type FilterConfig } from './config.js';
import { countItems, subtractCounts, type ItemCounts } from './counts.js';
import { WalkRunner } from './execute.js';
import { filterRuleSpecs, WalkBuilder, type Walk } from './rules.js';

export interface FilterOptions {
  /** Feature gates; the reference's defaults when absent. */
  readonly gates?: FeatureGates;
  /** Receives the warnings that `error_mode: ignore` logs. */
  readonly logger?: Logger;
}

/** What one call of {@link FilterProcessor.process} did. */
export interface FilterResult {
  readonly before: ItemCounts;
  readonly after: ItemCounts;
  /** `before - after`: every removed item, whether a condition matched it or its parent went. */
  readonly dropped: ItemCounts;
}

interface SignalWalks {
  readonly form: 'classic' | 'inferred';
  readonly walks: readonly Walk[];
}

const MAX_QUOTED_ERRORS = 5;

function combined(errors: readonly PropagatedError[]): PropagatedError {
  const shown = errors.slice(0, MAX_QUOTED_ERRORS).map((e) => e.message);
  if (errors.length > MAX_QUOTED_ERRORS) shown.push(`and ${errors.length - MAX_QUOTED_ERRORS} more`);
  return new PropagatedError(shown.join('; '), errors[0].statement, errors[0].cause);
}

/**
 * The filter processor (the reference's `processor/filterprocessor`): telemetry matching any
 * condition is removed, top down, and parents left empty go with it. Build one with
 * {@link FilterProcessor.fromText} or {@link FilterProcessor.compile}; it is immutable and can be
 * reused for any number of payloads.
 */
export class FilterProcessor {
  private constructor(
    readonly config: FilterConfig,
    private readonly signals: Readonly<Record<Signal, SignalWalks>>,
  ) {}

  /**
   * Compiles every condition of a config. Throws {@link RuleSetError} listing every bad condition
   * (file, line, column, caret), not only the first.
   */
  static compile(config: FilterConfig, options: FilterOptions = {}): FilterProcessor {
    const gates = options.gates ?? FeatureGates.defaults();
    const logger = options.logger ?? NO_LOGGER;
    const errors: string[] = [];
    const builders: Record<Signal, WalkBuilder> = { traces: new WalkBuilder(), metrics: new WalkBuilder(), logs: new WalkBuilder() };
    for (const { signal, walk, spec } of filterRuleSpecs(config, { gates, logger })) {
      const compiled = compileGroup(spec, errors);
      if (compiled) builders[signal].add(walk, compiled.context, compiled.conditions, logger);
    }
    if (errors.length > 0) throw new RuleSetError(errors);
    const walks = (s: Signal): SignalWalks => ({ form: config.signals[s].form, walks: builders[s].build() });
    return new FilterProcessor(config, { traces: walks('traces'), metrics: walks('metrics'), logs: walks('logs') });
  }

  /** Loads YAML/JSON config text (a processor body or a whole collector config) and compiles it. */
  static fromText(text: string, file = '<config>', options: FilterOptions & { processor?: string } = {}): FilterProcessor {
    const loaded = parseConfigText(text, file);
    const body = selectProcessor(loaded, 'filter', options.processor);
    return FilterProcessor.compile(readFilterConfig(body, file), options);
  }

  /**
   * Removes matching items in place and reports what went.
   * @throws PropagatedError when a condition failed under `propagate`: the reference then fails
   * the whole payload. With the `*_conditions` form a payload left empty is not an error (the
   * reference's "skip processing" signal wins). `options.metadata` is the batch's request metadata
   * (`otelcol.client.metadata`).
   */
  process(doc: TelemetryDocument, options?: ProcessOptions): FilterResult {
    const { form, walks } = this.signals[doc.signal];
    const before = countItems(doc);
    if (walks.length > 0) {
      const runner = new WalkRunner(toRequestMetadata(options?.metadata));
      for (const w of walks) {
        switch (doc.signal) {
          case 'logs':
            runner.logs(w, doc.data);
            break;
          case 'traces':
            runner.traces(w, doc.data);
            break;
          case 'metrics':
            runner.metrics(w, doc.data);
            break;
        }
      }
      if (runner.errors.length > 0 && !(form === 'inferred' && isEmpty(doc))) throw combined(runner.errors);
    }
    const after = countItems(doc);
    return { before, after, dropped: subtractCounts(before, after) };
  }

  /** Filters logs in place. */
  processLogs(data: LogsData, options?: ProcessOptions): FilterResult {
    return this.process({ signal: 'logs', data }, options);
  }

  /** Filters traces in place. */
  processTraces(data: TracesData, options?: ProcessOptions): FilterResult {
    return this.process({ signal: 'traces', data }, options);
  }

  /** Filters metrics in place. */
  processMetrics(data: MetricsData, options?: ProcessOptions): FilterResult {
    return this.process({ signal: 'metrics', data }, options);
  }

  /** How many conditions the processor holds. */
  get size(): number {
    let n = 0;
    for (const s of Object.values(this.signals)) {
      for (const w of s.walks) {
        for (const seq of [w.resource, w.scope, w.item, w.sub]) n += seq?.conditions.length ?? 0;
      }
    }
    return n;
  }
}

function isEmpty(doc: TelemetryDocument): boolean {
  switch (doc.signal) {
    case 'logs':
      return doc.data.resourceLogs.length === 0;
    case 'traces':
      return doc.data.resourceSpans.length === 0;
    case 'metrics':
      return doc.data.resourceMetrics.length === 0;
  }
}
