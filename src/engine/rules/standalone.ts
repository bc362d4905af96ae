/**
 * Compiling statements or conditions given directly by an embedding program (no config file),
 * for one explicit context.
 */
import { LocatedText } from '../config/yaml.js';
import type { ContextName } from '../../contexts/types.js';
import { NO_LOGGER, type ErrorMode, type Logger } from '../error-mode.js';
import { FeatureGates } from '../../core/feature-gates.js';
import type { FunctionHost } from '../../functions/index.js';
import type { EvalContext } from '../../core/eval-context.js';
import { compileGroup, RuleSetError, type CompiledGroup } from './compile-group.js';

export interface StandaloneOptions {
  /** The context the rules run in, e.g. `log`. Paths may then omit the prefix. */
  readonly context: ContextName;
  readonly errorMode?: ErrorMode;
  readonly host?: FunctionHost;
  readonly gates?: FeatureGates;
  readonly logger?: Logger;
  /** Name used in error messages. */
  readonly name?: string;
}

const ALL_CONTEXTS: readonly ContextName[] = ['resource', 'scope', 'span', 'spanevent', 'spanlink', 'metric', 'datapoint', 'exemplar', 'log'];

function compile(statements: readonly string[], conditions: readonly string[], options: StandaloneOptions): CompiledGroup {
  const name = options.name ?? '<rules>';
  const errors: string[] = [];
  const group = compileGroup(
    {
      context: options.context,
      statements: statements.map((t, i) => new LocatedText(t, name, statements.length > 1 ? i + 1 : 1, 1, 0)),
      conditions: conditions.map((t, i) => new LocatedText(t, name, conditions.length > 1 ? i + 1 : 1, 1, 0)),
      errorMode: options.errorMode ?? 'propagate',
      available: ALL_CONTEXTS,
      host: options.host ?? 'transform',
      gates: options.gates ?? FeatureGates.defaults(),
      logger: options.logger ?? NO_LOGGER,
    },
    errors,
  );
  if (group === null) throw new RuleSetError(errors);
  return group;
}

/** Compiles statements for one context; run them with `.execute(ctx)`. Throws RuleSetError. */
export function compileStatements(statements: readonly string[], options: StandaloneOptions) {
  return compile(statements, [], options).statements;
}

/** Compiles conditions for one context (ORed); test them with `.eval(ctx)`. Throws RuleSetError. */
export function compileConditions(conditions: readonly string[], options: StandaloneOptions) {
  return compile([], conditions, options).conditions;
}

/** Compiles one condition to a predicate over an {@link EvalContext}. */
export function compileCondition(condition: string, options: StandaloneOptions): (ctx: EvalContext) => boolean {
  const seq = compile([], [condition], options).conditions;
  return (ctx) => seq.eval(ctx);
}
