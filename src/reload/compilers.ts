/**
 * What a reloadable processor reloads: anything compiled from a config into an immutable rule set
 * that processes one decoded document at a time. The transform and filter processors are the two
 * built-in kinds.
 */
import type { LoadedConfig } from '../engine/config/yaml.js';
import { ConfigError } from '../engine/config/yaml.js';
import { FilterProcessor, type FilterOptions } from '../engine/filter/processor.js';
import { readFilterConfig } from '../engine/filter/config.js';
import { RuleSetError, unwrap } from '../engine/environment.js';
import { readTransformConfig, selectProcessor } from '../engine/transform/config.js';
import { environmentOf, TransformProcessor, type TransformOptions } from '../engine/transform/processor.js';
import type { TelemetryDocument } from '../core/model.js';
import { renderProblem } from '../core/diagnostics/problem.js';

/**
 * A compiled, immutable rule set. `process` may edit the document in place and may throw (for
 * example PropagatedError under `error_mode: propagate`); it must not change the rule set itself,
 * so that one compiled set can serve any number of batches, before and after a reload.
 */
export interface RuleSet {
  process(doc: TelemetryDocument): unknown;
}

/** What {@link RuleSet.process} returns for a given rule set type. */
export type ProcessResult<P extends RuleSet> = ReturnType<P['process']>;

/**
 * Builds a rule set from a loaded config, completely or not at all. It throws (or rejects) with a
 * {@link RuleSetError} or {@link ConfigError} listing every problem. It may be async, e.g. to yield
 * to the event loop between groups of a large config.
 */
export type RuleSetCompiler<P extends RuleSet> = ((config: LoadedConfig) => P | Promise<P>) & {
  /**
   * The same compile spread over turns of the event loop (a few milliseconds of work at a time);
   * `update` uses it when present, so reloading a large config never blocks the process for long.
   */
  readonly sliced?: (config: LoadedConfig) => Promise<P>;
};

/** A synchronous compiler that also has a sliced (event-loop friendly) form. */
export type SyncCompiler<P extends RuleSet> = ((config: LoadedConfig) => P) & { readonly sliced: (config: LoadedConfig) => Promise<P> };

/** A synchronous {@link RuleSetCompiler} for transform processor configs; `processor` picks one of a collector config's transforms. */
export function transformCompiler(options: TransformOptions & { processor?: string } = {}): SyncCompiler<TransformProcessor> {
  const read = (loaded: LoadedConfig) => readTransformConfig(selectProcessor(loaded, 'transform', options.processor), loaded.file);
  // One environment for every reload: its function tables are built once, not per compile.
  const environment = environmentOf(options);
  return Object.assign((loaded: LoadedConfig) => TransformProcessor.compile(read(loaded), { ...options, environment }), {
    sliced: async (loaded: LoadedConfig) => unwrap(await environment.compileTransformAsync(read(loaded))),
  });
}

/** A synchronous {@link RuleSetCompiler} for filter processor configs; `processor` picks one of a collector config's filters. */
export function filterCompiler(options: FilterOptions & { processor?: string } = {}): SyncCompiler<FilterProcessor> {
  const read = (loaded: LoadedConfig) => readFilterConfig(selectProcessor(loaded, 'filter', options.processor), loaded.file);
  // One environment for every reload: its function tables are built once, not per compile.
  const environment = environmentOf(options);
  return Object.assign((loaded: LoadedConfig) => FilterProcessor.compile(read(loaded), { ...options, environment }), {
    sliced: async (loaded: LoadedConfig) => unwrap(await environment.compileFilterAsync(read(loaded))),
  });
}

/**
 * Every diagnostic an error carries, one rendered message each: a RuleSetError's list, or a
 * ConfigError's lines (invalid YAML reports one line per syntax error). Anything else is an
 * unexpected failure of the compiler and becomes one `internal error` message.
 */
export function diagnosticsOf(error: unknown): string[] {
  if (error instanceof RuleSetError) return error.diagnostics.map(renderProblem);
  if (error instanceof ConfigError) return error.problems.map(renderProblem);
  return [`internal error while compiling the config: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
}
