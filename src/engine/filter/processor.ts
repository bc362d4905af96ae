/**
 * The filter processor: a compiled, immutable set of conditions that removes matching telemetry
 * from OTLP payloads in place.
 */
import type { Problem } from '../../core/diagnostics/problem.js';
import { toRequestMetadata, type ProcessOptions } from '../../core/request-metadata.js';
import type { LogsData, MetricsData, Signal, TelemetryDocument, TracesData } from '../../core/model.js';
import { parseConfigText } from '../config/yaml.js';
import { readingConfig, result, unwrap, type CompileResult, type Environment } from '../environment.js';
import { PropagatedError } from '../error-mode.js';
import { keepTreesFor, runSteps, type Steps } from '../rules/compile-group.js';
import { environmentOf, type TransformOptions } from '../transform/processor.js';
import { selectProcessor } from '../transform/config.js';
import { readFilterConfig, type FilterConfig } from './config.js';
import { countItems, subtractCounts, type ItemCounts } from './counts.js';
import { WalkRunner } from './execute.js';
import { filterRuleSpecs, WalkBuilder, type Walk } from './rules.js';

export type FilterOptions = TransformOptions;

/** Compiles a filter config in an environment: each condition through the one group compiler, into walks. */
export function compileFilterConfig(env: Environment, config: FilterConfig): CompileResult<FilterProcessor> {
  return runSteps(filterConfigSteps(env, config));
}

/** Reads (when given text) and compiles a filter config, in steps. */
export function* filterSteps(env: Environment, config: string | FilterConfig, file: string, processor?: string): Steps<CompileResult<FilterProcessor>> {
  if (typeof config !== 'string') return yield* filterConfigSteps(env, config);
  const read = readingConfig(() => readFilterConfig(selectProcessor(parseConfigText(config, file), 'filter', processor), file));
  return read.ok ? yield* filterConfigSteps(env, read.program) : read;
}

function* filterConfigSteps(env: Environment, config: FilterConfig): Steps<CompileResult<FilterProcessor>> {
  const problems: Problem[] = [...(config.warnings ?? [])];
  const builders: Record<Signal, WalkBuilder> = { traces: new WalkBuilder(), metrics: new WalkBuilder(), logs: new WalkBuilder() };
  const rules = filterRuleSpecs(config, env.gates);
  keepTreesFor(rules.map((r) => r.spec));
  for (const { signal, walk, spec } of rules) {
    const r = yield* env.compileGroupsSteps([spec]);
    problems.push(...r.diagnostics);
    if (r.ok) builders[signal].add(walk, r.program[0].context, r.program[0].conditions, env.logger);
  }
  const walks = (s: Signal): SignalWalks => ({ form: config.signals[s].form, walks: builders[s].build() });
  return result(new FilterProcessor(config, { traces: walks('traces'), metrics: walks('metrics'), logs: walks('logs') }, PRIVATE), problems);
}

/** Reads and compiles filter config text (a processor body or a whole collector config). */
export function compileFilterText(env: Environment, text: string, file: string, processor?: string): CompileResult<FilterProcessor> {
  return runSteps(filterSteps(env, text, file, processor));
}

const PRIVATE: unique symbol = Symbol('FilterProcessor');

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
  /** @internal Built by {@link compileFilterConfig}; use `FilterProcessor.fromText` or an environment. */
  constructor(
    readonly config: FilterConfig,
    private readonly signals: Readonly<Record<Signal, SignalWalks>>,
    token: typeof PRIVATE,
  ) {
    if (token !== PRIVATE) throw new TypeError('use FilterProcessor.fromText or Environment.compileFilter');
  }

  /**
   * Compiles every condition of a config. Throws {@link RuleSetError} listing every bad condition
   * (file, line, column, caret), not only the first.
   */
  static compile(config: FilterConfig, options: FilterOptions = {}): FilterProcessor {
    return unwrap(compileFilterConfig(environmentOf(options), config));
  }

  /** Loads YAML/JSON config text (a processor body or a whole collector config) and compiles it. */
  static fromText(text: string, file = '<config>', options: FilterOptions & { processor?: string } = {}): FilterProcessor {
    return unwrap(compileFilterText(environmentOf(options), text, file, options.processor));
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
