/**
 * Compiling statements or conditions given directly by an embedding program (no config file), for
 * one explicit context: shorthands over an environment that throw {@link RuleSetError}.
 */
import type { ContextName } from '../../core/contexts.js';
import type { EvalContext } from '../../core/eval-context.js';
import type { FeatureGates } from '../../core/feature-gates.js';
import type { FunctionHost } from '../../functions/index.js';
import { createEnvironment, unwrap, type Environment } from '../environment.js';
import type { ErrorMode, Logger } from '../error-mode.js';
import type { ConditionSequence, StatementSequence } from '../sequences.js';

export interface StandaloneOptions {
  /** The context the rules run in, e.g. `log`. Paths may then omit the prefix. */
  readonly context: ContextName;
  readonly errorMode?: ErrorMode;
  readonly host?: FunctionHost;
  /** The environment to compile in; one is made from `gates` and `logger` when absent. */
  readonly environment?: Environment;
  readonly gates?: FeatureGates;
  readonly logger?: Logger;
  /** Name used in error messages. */
  readonly name?: string;
}

const envOf = (o: StandaloneOptions) => o.environment ?? createEnvironment({ featureGates: o.gates, logger: o.logger });

/** Compiles statements for one context; run them with `.execute(ctx)`. Throws RuleSetError. */
export function compileStatements(statements: readonly string[], options: StandaloneOptions): StatementSequence {
  return unwrap(envOf(options).compileStatements(statements, options));
}

/** Compiles conditions for one context (ORed); test them with `.eval(ctx)`. Throws RuleSetError. */
export function compileConditions(conditions: readonly string[], options: StandaloneOptions): ConditionSequence {
  return unwrap(envOf(options).compileConditions(conditions, options));
}

/** Compiles one condition to a predicate over an {@link EvalContext}. */
export function compileCondition(condition: string, options: StandaloneOptions): (ctx: EvalContext) => boolean {
  const seq = compileConditions([condition], options);
  return (ctx) => seq.eval(ctx);
}
