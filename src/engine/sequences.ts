/**
 * Statement and condition sequences: run compiled rules in order against one record and apply the
 * error mode, quoting the failing text (the reference's `StatementSequence` / `ConditionSequence`).
 */
import type { Invocation, Getter } from '../core/getters.js';
import type { EvalContext } from '../core/eval-context.js';
import { PropagatedError, type ErrorMode, type Logger } from './error-mode.js';

export interface RunnableStatement {
  /** The statement as written, for messages. */
  readonly text: string;
  readonly condition: Getter<boolean> | null;
  readonly invoke: Invocation;
}

export interface RunnableCondition {
  readonly text: string;
  readonly test: Getter<boolean>;
}

/** Observes execution, for `ottl run --explain`. Absent in normal runs (no cost). */
export interface ExecutionObserver {
  statement(index: number, text: string, matched: boolean, error: unknown): void;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class StatementSequence {
  constructor(
    readonly statements: readonly RunnableStatement[],
    readonly errorMode: ErrorMode,
    private readonly logger: Logger,
  ) {}

  /** Runs every statement in order; throws {@link PropagatedError} under `propagate`. */
  execute(ctx: EvalContext, observer?: ExecutionObserver): void {
    const statements = this.statements;
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
      let matched = false;
      try {
        matched = s.condition === null || s.condition(ctx);
        if (matched) s.invoke(ctx);
        observer?.statement(i, s.text, matched, null);
      } catch (e) {
        observer?.statement(i, s.text, matched, e);
        this.fail(e, s.text, 'failed to execute statement');
      }
    }
  }

  private fail(e: unknown, text: string, what: string): void {
    if (this.errorMode === 'propagate') throw new PropagatedError(`${what}: ${text}: ${messageOf(e)}`, text, e);
    if (this.errorMode === 'ignore') this.logger.warn(what, { error: messageOf(e), statement: text });
  }
}

export class ConditionSequence {
  constructor(
    readonly conditions: readonly RunnableCondition[],
    readonly errorMode: ErrorMode,
    private readonly logger: Logger,
  ) {}

  /** True when any condition holds (ORed, first match wins); an empty sequence is true. */
  eval(ctx: EvalContext): boolean {
    const conditions = this.conditions;
    if (conditions.length === 0) return true;
    for (let i = 0; i < conditions.length; i++) {
      const c = conditions[i];
      try {
        if (c.test(ctx)) return true;
      } catch (e) {
        if (this.errorMode === 'propagate') {
          throw new PropagatedError(`failed to eval condition: ${c.text}: ${messageOf(e)}`, c.text, e);
        }
        if (this.errorMode === 'ignore') this.logger.warn('failed to eval condition', { error: messageOf(e), condition: c.text });
      }
    }
    return false;
  }
}
