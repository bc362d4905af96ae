/**
 * The environment: one object that owns what compiling rules depends on — the function tables
 * (built-ins plus an embedder's own functions), the feature gates and the logger — and compiles
 * transform configs, filter configs and bare statements or conditions through one path. Each
 * compile returns the program, or every problem as a positioned {@link Problem}.
 *
 * The collector does the same with `ottl.NewParser(functions, pathParser, …)` per component;
 * cel-es with `createEnv`. An environment is immutable and can be shared.
 */
import { CONTEXT_NAMES, type ContextName } from '../core/contexts.js';
import { renderProblem, sortProblems, type Problem } from '../core/diagnostics/problem.js';
import { FeatureGates } from '../core/feature-gates.js';
import { allFunctions, functionTable, gatedFunctions, type FunctionHost } from '../functions/index.js';
import type { AnyFunctionDefinition, FunctionTable } from '../functions/signature.js';
import { ConfigError, LocatedText, parseConfigText, type ConfigObject, type LoadedConfig } from './config/yaml.js';
import { NO_LOGGER, type ErrorMode, type Logger } from './error-mode.js';
import { compileGroupSteps, runSteps, runStepsSliced, type CompiledGroup, type GroupHost, type GroupSpec, type Steps } from './rules/compile-group.js';
import type { ConditionSequence, StatementSequence } from './sequences.js';
import { checkConfig, type CheckOptions, type CheckResult } from './check.js';
import type { FilterConfig } from './filter/config.js';
import { compileFilterConfig, compileFilterText, filterSteps, type FilterProcessor } from './filter/processor.js';
import type { TransformConfig } from './transform/config.js';
import { compileTransformConfig, compileTransformText, transformSteps, type TransformProcessor } from './transform/processor.js';

/** What {@link createEnvironment} takes. */
export interface EnvironmentOptions {
  /**
   * Extra functions, declared with `defineFunction`, offered wherever the built-ins are (a function
   * of a built-in's name replaces it). `contexts` on a definition limits where it is offered.
   */
  readonly functions?: readonly AnyFunctionDefinition[];
  /** Feature gates: a {@link FeatureGates} or the `--feature-gates` form (`a,-b`); the reference's defaults when absent. */
  readonly featureGates?: FeatureGates | string;
  /** Receives the warnings that `error_mode: ignore` logs. */
  readonly logger?: Logger;
}

/** A compile's outcome: the program and any warnings, or every problem. */
export type CompileResult<T> =
  | { readonly ok: true; readonly program: T; readonly diagnostics: readonly Problem[] }
  | { readonly ok: false; readonly diagnostics: readonly Problem[] };

/** Options for compiling rules given directly, for one context. */
export interface RulesOptions {
  /** The context the rules run in, e.g. `log`. Paths may then omit the prefix. */
  readonly context: ContextName;
  /** Default `propagate`: an embedding program usually wants to see failures. */
  readonly errorMode?: ErrorMode;
  /** Which processor's function set (default `transform`). */
  readonly host?: FunctionHost;
  /** Name used in positions (default `<rules>`); the n-th rule is reported on line n. */
  readonly name?: string;
}

/** One group of a compile, before it becomes a processor: the group and the host whose functions it uses. */
export interface GroupRequest extends GroupSpec {
  readonly host: FunctionHost;
}

/** Every problem of a rule set; `diagnostics` holds them structured, sorted by position. */
export class RuleSetError extends Error {
  override readonly name = 'RuleSetError';
  readonly diagnostics: readonly Problem[];
  constructor(diagnostics: readonly Problem[]) {
    const sorted = sortProblems(diagnostics);
    super(sorted.map(renderProblem).join('\n'));
    this.diagnostics = sorted;
  }
}

/** The program of a successful result; throws {@link RuleSetError} with every problem otherwise. */
export function unwrap<T>(r: CompileResult<T>): T {
  if (!r.ok) throw new RuleSetError(r.diagnostics);
  return r.program;
}

export class Environment {
  readonly gates: FeatureGates;
  readonly logger: Logger;
  private readonly custom: readonly AnyFunctionDefinition[];
  private readonly hosts = new Map<FunctionHost, GroupHost & { readonly definitions: readonly AnyFunctionDefinition[] }>();

  constructor(options: EnvironmentOptions = {}) {
    const gates = options.featureGates;
    this.gates = gates instanceof FeatureGates ? gates : gates === undefined ? FeatureGates.defaults() : FeatureGates.parse(gates);
    this.logger = options.logger ?? NO_LOGGER;
    this.custom = options.functions ?? [];
  }

  /** Every function a host offers (built-ins and this environment's own), whatever the gates. */
  functions(host: FunctionHost = 'transform'): readonly AnyFunctionDefinition[] {
    return this.host(host).definitions;
  }

  /** The functions callable in one context of a host, with the gates applied. */
  functionsIn(context: ContextName, host: FunctionHost = 'transform'): FunctionTable {
    return this.host(host).functionsIn(context);
  }

  /** What the group compiler needs of a host, built once per host. */
  private host(host: FunctionHost): GroupHost & { readonly definitions: readonly AnyFunctionDefinition[] } {
    let h = this.hosts.get(host);
    if (h === undefined) {
      const own = new Set(this.custom.map((d) => d.name));
      const definitions = [...allFunctions(host).filter((d) => !own.has(d.name)), ...this.custom];
      const tables = new Map<ContextName, FunctionTable>();
      const gates = this.gates;
      h = {
        definitions,
        functionsIn(context) {
          let t = tables.get(context);
          if (t === undefined) tables.set(context, (t = functionTable(context, host, gates, definitions)));
          return t;
        },
        gatedFunctions: gatedFunctions(host, gates, definitions),
        allowLambdas: gates.isEnabled('ottl.functions.enableLambda') || gates.isEnabled('pkg.ottl.functions.enableExperimental'),
        allowOtelcol: gates.isEnabled('ottl.contexts.enableOTelColContext'),
        logger: this.logger,
      };
      this.hosts.set(host, h);
    }
    return h;
  }

  /**
   * Compiles groups; every problem of every group is collected. The result holds one compiled
   * group per request (in order) when there is no error.
   */
  compileGroups(groups: readonly GroupRequest[]): CompileResult<CompiledGroup[]> {
    return runSteps(this.compileGroupsSteps(groups));
  }

  /** {@link compileGroups} in steps (see `runStepsSliced`). */
  *compileGroupsSteps(groups: readonly GroupRequest[]): Steps<CompileResult<CompiledGroup[]>> {
    const problems: Problem[] = [];
    const out: CompiledGroup[] = [];
    for (const g of groups) {
      const compiled = yield* compileGroupSteps(g, this.host(g.host), problems);
      if (compiled !== null) out.push(compiled);
    }
    return result(out, problems);
  }

  /** Compiles statements for one context; run them with `.execute(ctx)`. */
  compileStatements(statements: readonly string[], options: RulesOptions): CompileResult<StatementSequence> {
    const r = this.compileGroups([this.directGroup(statements, [], options)]);
    return r.ok ? { ...r, program: r.program[0].statements } : r;
  }

  /** Compiles conditions for one context (ORed); test them with `.eval(ctx)`. */
  compileConditions(conditions: readonly string[], options: RulesOptions): CompileResult<ConditionSequence> {
    const r = this.compileGroups([this.directGroup([], conditions, options)]);
    return r.ok ? { ...r, program: r.program[0].conditions } : r;
  }

  private directGroup(statements: readonly string[], conditions: readonly string[], options: RulesOptions): GroupRequest {
    const name = options.name ?? '<rules>';
    const located = (list: readonly string[]) => list.map((t, i) => new LocatedText(t, name, list.length > 1 ? i + 1 : 1, 1, 0));
    return {
      context: options.context,
      statements: located(statements),
      conditions: located(conditions),
      errorMode: options.errorMode ?? 'propagate',
      available: CONTEXT_NAMES,
      host: options.host ?? 'transform',
    };
  }

  /**
   * Compiles a transform processor config: text (YAML or JSON: a processor body, or a whole
   * collector config with `processor` naming one of its transforms) or an already-read config.
   */
  compileTransform(config: string | TransformConfig, options: { file?: string; processor?: string } = {}): CompileResult<TransformProcessor> {
    return typeof config === 'string'
      ? compileTransformText(this, config, options.file ?? '<config>', options.processor)
      : compileTransformConfig(this, config);
  }

  /**
   * {@link compileTransform} spread over turns of the event loop: at most about `sliceMs` (default 2)
   * of synchronous work at a time, so a server keeps answering while a large config compiles.
   */
  compileTransformAsync(config: string | TransformConfig, options: { file?: string; processor?: string; sliceMs?: number } = {}): Promise<CompileResult<TransformProcessor>> {
    return runStepsSliced(transformSteps(this, config, options.file ?? '<config>', options.processor), options.sliceMs);
  }

  /** {@link compileFilter} spread over turns of the event loop, as {@link compileTransformAsync}. */
  compileFilterAsync(config: string | FilterConfig, options: { file?: string; processor?: string; sliceMs?: number } = {}): Promise<CompileResult<FilterProcessor>> {
    return runStepsSliced(filterSteps(this, config, options.file ?? '<config>', options.processor), options.sliceMs);
  }

  /** Compiles a filter processor config (text or an already-read config), as {@link compileTransform}. */
  compileFilter(config: string | FilterConfig, options: { file?: string; processor?: string } = {}): CompileResult<FilterProcessor> {
    return typeof config === 'string'
      ? compileFilterText(this, config, options.file ?? '<config>', options.processor)
      : compileFilterConfig(this, config);
  }

  /**
   * Checks config text without data: every transform and filter processor of a collector config
   * (or the one named), or a processor body; every problem, and what each processor holds.
   */
  check(text: string, options: CheckOptions = {}): CheckResult {
    return checkConfig(this, text, options);
  }

  /** Parses config text (YAML or JSON), reporting syntax errors as problems. */
  loadConfig(text: string, file: string): CompileResult<LoadedConfig> {
    try {
      return { ok: true, program: parseConfigText(text, file), diagnostics: [] };
    } catch (e) {
      if (e instanceof ConfigError) return { ok: false, diagnostics: e.problems };
      throw e;
    }
  }
}

/** Builds a {@link CompileResult}: errors make it fail; warnings ride along. */
export function result<T>(program: T, problems: readonly Problem[]): CompileResult<T> {
  const sorted = sortProblems(problems);
  return sorted.some((p) => p.severity === 'error') ? { ok: false, diagnostics: sorted } : { ok: true, program, diagnostics: sorted };
}

/** Runs `read`, turning a {@link ConfigError} into a failed result. */
export function readingConfig<T>(read: () => T): CompileResult<T> {
  try {
    return { ok: true, program: read(), diagnostics: [] };
  } catch (e) {
    if (e instanceof ConfigError) return { ok: false, diagnostics: e.problems };
    throw e;
  }
}

/** The config body of text or an already-parsed object. */
export type ConfigInput = string | ConfigObject;

/** Creates an environment. */
export function createEnvironment(options: EnvironmentOptions = {}): Environment {
  return new Environment(options);
}
