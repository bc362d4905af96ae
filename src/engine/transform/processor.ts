/**
 * The transform processor: a compiled, immutable rule set that edits OTLP payloads in place.
 */
import type { LogsData, MetricsData, Signal, TelemetryDocument, TracesData } from '../../core/model.js';
import { signalContexts } from '../../core/contexts.js';
import type { Problem } from '../../core/diagnostics/problem.js';
import type { FeatureGates } from '../../core/feature-gates.js';
import { parseConfigText } from '../config/yaml.js';
import { createEnvironment, readingConfig, result, unwrap, type CompileResult, type Environment } from '../environment.js';
import type { ErrorMode, Logger } from '../error-mode.js';
import { keepTreesFor, runSteps, type Steps } from '../rules/compile-group.js';
import { fileProblem, problemAt } from '../rules/problems.js';
import type { ExecutionObserver } from '../sequences.js';
import { toRequestMetadata, type ProcessOptions } from '../../core/request-metadata.js';
import { readTransformConfig, selectProcessor, SIGNAL_KEYS, type TransformConfig } from './config.js';
import { BatchState, runLogsGroup, runMetricsGroup, runTracesGroup, type RunnableGroup } from './execute.js';
import { flattenLogs, regroupLogs } from './flatten.js';

export interface TransformOptions {
  /** The environment to compile in (functions, gates, logger); one is made from `gates` and `logger` when absent. */
  readonly environment?: Environment;
  /** Feature gates; the reference's defaults when absent (ignored when `environment` is given). */
  readonly gates?: FeatureGates;
  /** Receives the warnings that `error_mode: ignore` logs (ignored when `environment` is given). */
  readonly logger?: Logger;
}

/** The environment named by options, or one made from their gates and logger. */
export function environmentOf(options: TransformOptions): Environment {
  return options.environment ?? createEnvironment({ featureGates: options.gates, logger: options.logger });
}

/** The signals in the order the reference's processor runs their groups. */
const SIGNAL_ORDER: readonly Signal[] = ['traces', 'metrics', 'logs'];

/**
 * Compiles a transform config in an environment: every group of every signal through the one
 * group compiler, plus the processor's own settings (`flatten`, `flatten_data`).
 */
export function compileTransformConfig(env: Environment, config: TransformConfig): CompileResult<TransformProcessor> {
  return runSteps(transformConfigSteps(env, config));
}

/** Reads (when given text) and compiles a transform config, in steps. */
export function* transformSteps(env: Environment, config: string | TransformConfig, file: string, processor?: string): Steps<CompileResult<TransformProcessor>> {
  if (typeof config !== 'string') return yield* transformConfigSteps(env, config);
  const read = readingConfig(() => readTransformConfig(selectProcessor(parseConfigText(config, file), 'transform', processor), file));
  return read.ok ? yield* transformConfigSteps(env, read.program) : read;
}

function* transformConfigSteps(env: Environment, config: TransformConfig): Steps<CompileResult<TransformProcessor>> {
  const problems: Problem[] = [...(config.warnings ?? [])];
  const defaultMode: ErrorMode =
    config.errorMode ?? (env.gates.isEnabled('processor.transform.defaultErrorModeIgnore') ? 'ignore' : 'propagate');
  if (config.flattenData && !env.gates.isEnabled('transform.flatten.logs')) {
    problems.push(fileProblem(config.file, 'config', `'flatten_data' requires the 'transform.flatten.logs' feature gate to be enabled`));
  }
  const groups: Record<Signal, RunnableGroup[]> = { traces: [], metrics: [], logs: [] };
  keepTreesFor(SIGNAL_ORDER.flatMap((signal) => config.groups[signal]));
  for (const signal of SIGNAL_ORDER) {
    for (const g of config.groups[signal]) {
      const r = yield* env.compileGroupsSteps([
        { context: g.context, statements: g.statements, conditions: g.conditions, errorMode: g.errorMode ?? defaultMode, available: signalContexts(signal), host: 'transform' },
      ]);
      problems.push(...r.diagnostics);
      const compiled = r.ok ? r.program[0] : null;
      if (g.flatten) {
        const at = g.statements[0];
        const flattenProblem = (message: string) => problems.push(at ? problemAt(at, { start: 0, end: 0 }, 'config', message) : fileProblem(config.file, 'config', message));
        if (signal !== 'logs') flattenProblem(`'flatten' is not supported in ${SIGNAL_KEYS[signal]}, only in log_statements`);
        else if (!env.gates.isEnabled('transform.flatten.logs')) flattenProblem(`'flatten' requires the 'transform.flatten.logs' feature gate to be enabled`);
        else if (compiled && compiled.context !== 'log') flattenProblem(`'flatten' is only supported for statement groups in the "log" context, got "${compiled.context}"`);
      }
      if (compiled) groups[signal].push({ ...compiled, sharedCache: g.sharedCache, flatten: g.flatten });
    }
  }
  return result(new TransformProcessor(config, groups, PRIVATE), problems);
}

/** Reads and compiles transform config text (a processor body or a whole collector config). */
export function compileTransformText(env: Environment, text: string, file: string, processor?: string): CompileResult<TransformProcessor> {
  return runSteps(transformSteps(env, text, file, processor));
}

const PRIVATE: unique symbol = Symbol('TransformProcessor');

export class TransformProcessor {
  /** @internal Built by {@link compileTransformConfig}; use `TransformProcessor.fromText` or an environment. */
  constructor(
    readonly config: TransformConfig,
    private readonly groups: Readonly<Record<Signal, readonly RunnableGroup[]>>,
    token: typeof PRIVATE,
  ) {
    if (token !== PRIVATE) throw new TypeError('use TransformProcessor.fromText or Environment.compileTransform');
  }

  /**
   * Compiles every group of a config. Throws {@link RuleSetError} listing every bad statement or
   * condition (file, line, column, caret), not only the first.
   */
  static compile(config: TransformConfig, options: TransformOptions = {}): TransformProcessor {
    return unwrap(compileTransformConfig(environmentOf(options), config));
  }

  /** Loads YAML/JSON config text (a processor body or a whole collector config) and compiles it. */
  static fromText(text: string, file = '<config>', options: TransformOptions & { processor?: string } = {}): TransformProcessor {
    return unwrap(compileTransformText(environmentOf(options), text, file, options.processor));
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

  /**
   * {@link process}, all or nothing: the rules run on a deep copy, which replaces `doc.data` only
   * when they finish. Under `error_mode: propagate` a failing statement then leaves the document
   * exactly as it was (plain {@link process} leaves it half-edited, as the reference does). Costs
   * one copy of the document (`structuredClone`); references into the old `doc.data` keep the old data.
   */
  processAtomic(doc: TelemetryDocument, observer?: ExecutionObserver, options?: ProcessOptions): void {
    const copy = { signal: doc.signal, data: structuredClone(doc.data) } as TelemetryDocument;
    this.process(copy, observer, options);
    (doc as { data: TelemetryDocument['data'] }).data = copy.data;
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
