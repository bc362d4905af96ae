/**
 * The transform processor: a compiled, immutable rule set that edits OTLP payloads in place.
 */
import type { LogsData, MetricsData, Signal, TelemetryDocument, TracesData } from '../../model/types.js';
import { parseConfigText, type ConfigObject } from '../config/yaml.js';
import { NO_LOGGER, type ErrorMode, type Logger } from '../error-mode.js';
import { FeatureGates } from '../feature-gates.js';
import { compileGroup, RuleSetError, SIGNAL_CONTEXTS } from '../rules/compile-group.js';
import type { ExecutionObserver } from '../sequences.js';
import { toRequestMetadata, type ProcessOptions } from '../contexts/request-metadata.js';
import { readTransformConfig, selectProcessor, SIGNAL_KEYS, type TransformConfig } from './config.js';
import { BatchState, runLogsGroup, runMetricsGroup, runTracesGroup, type RunnableGroup } from './execute.js';
import { flattenLogs, regroupLogs } from './flatten.js';

export interface TransformOptions {
  /** Feature gates; the reference's defaults when absent. */
  readonly gates?: FeatureGates;
  /** Receives the warnings that `error_mode: ignore` logs. */
  readonly logger?: Logger;
}

export class TransformProcessor {
  private constructor(
    readonly config: TransformConfig,
    private readonly groups: Readonly<Record<Signal, readonly RunnableGroup[]>>,
  ) {}

  /**
   * Compiles every group of a config. Throws {@link RuleSetError} listing every bad statement or
   * condition (file, line, column, caret), not only the first.
   */
  static compile(config: TransformConfig, options: TransformOptions = {}): TransformProcessor {
    const gates = options.gates ?? FeatureGates.defaults();
    const logger = options.logger ?? NO_LOGGER;
    const defaultMode: ErrorMode =
      config.errorMode ?? (gates.isEnabled('processor.transform.defaultErrorModeIgnore') ? 'ignore' : 'propagate');
    if (config.flattenData && !gates.isEnabled('transform.flatten.logs')) {
      throw new RuleSetError([`${config.file}: 'flatten_data' requires the 'transform.flatten.logs' feature gate to be enabled`]);
    }
    const errors: string[] = [];
    const compileSignal = (signal: Signal): RunnableGroup[] => {
      const out: RunnableGroup[] = [];
      for (const g of config.groups[signal]) {
        const compiled = compileGroup(
          {
            context: g.context,
            statements: g.statements,
            conditions: g.conditions,
            errorMode: g.errorMode ?? defaultMode,
            available: SIGNAL_CONTEXTS[signal],
            host: 'transform',
            gates,
            logger,
          },
          errors,
        );
        if (g.flatten) {
          const where = g.statements[0] ? `${g.statements[0].file}:${g.statements[0].line}:${g.statements[0].column}` : config.file;
          if (signal !== 'logs') {
            errors.push(`${where}: 'flatten' is not supported in ${SIGNAL_KEYS[signal]}, only in log_statements`);
          } else if (!gates.isEnabled('transform.flatten.logs')) {
            errors.push(`${where}: 'flatten' requires the 'transform.flatten.logs' feature gate to be enabled`);
          } else if (compiled && compiled.context !== 'log') {
            errors.push(`${where}: 'flatten' is only supported for statement groups in the "log" context, got "${compiled.context}"`);
          }
        }
        if (compiled) out.push({ ...compiled, sharedCache: g.sharedCache, flatten: g.flatten });
      }
      return out;
    };
    const groups = { traces: compileSignal('traces'), metrics: compileSignal('metrics'), logs: compileSignal('logs') };
    if (errors.length > 0) throw new RuleSetError(errors);
    return new TransformProcessor(config, groups);
  }

  /** Loads YAML/JSON config text (a processor body or a whole collector config) and compiles it. */
  static fromText(text: string, file = '<config>', options: TransformOptions & { processor?: string } = {}): TransformProcessor {
    const loaded = parseConfigText(text, file);
    const body: ConfigObject = selectProcessor(loaded, 'transform', options.processor);
    return TransformProcessor.compile(readTransformConfig(body, file), options);
  }

  /**
   * Edits logs in place. Throws PropagatedError when a rule fails under `propagate`.
   * `options.metadata` is the batch's request metadata (`otelcol.client.metadata`).
   */
  processLogs(data: LogsData, observer?: ExecutionObserver, options?: ProcessOptions): void {
    const batch = new BatchState(observer, toRequestMetadata(options?.metadata));
    if (this.config.flattenData) flattenLogs(data);
    try {
      for (const g of this.groups.logs) {
        // A `flatten: true` group flattens around itself only (already flat under flatten_data).
        const own = g.flatten && !this.config.flattenData;
        if (own) flattenLogs(data);
        try {
          runLogsGroup(g, data, batch);
        } finally {
          if (own) regroupLogs(data);
        }
      }
    } finally {
      if (this.config.flattenData) regroupLogs(data);
    }
  }

  processTraces(data: TracesData, observer?: ExecutionObserver, options?: ProcessOptions): void {
    const batch = new BatchState(observer, toRequestMetadata(options?.metadata));
    for (const g of this.groups.traces) runTracesGroup(g, data, batch);
  }

  processMetrics(data: MetricsData, observer?: ExecutionObserver, options?: ProcessOptions): void {
    const batch = new BatchState(observer, toRequestMetadata(options?.metadata));
    for (const g of this.groups.metrics) runMetricsGroup(g, data, batch);
  }

  /**
   * Edits one decoded document in place. `options.metadata` is the batch's request metadata, read
   * by `otelcol.client.metadata["key"]` (a `Map` or object of key → value or values).
   */
  process(doc: TelemetryDocument, observer?: ExecutionObserver, options?: ProcessOptions): void {
    switch (doc.signal) {
      case 'logs':
        return this.processLogs(doc.data, observer, options);
      case 'traces':
        return this.processTraces(doc.data, observer, options);
      case 'metrics':
        return this.processMetrics(doc.data, observer, options);
    }
  }

  /** How many statements and conditions the rule set holds. */
  get size(): number {
    let n = 0;
    for (const list of Object.values(this.groups)) {
      for (const g of list) n += g.statements.statements.length + g.conditions.conditions.length;
    }
    return n;
  }
}
