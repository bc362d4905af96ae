/**
 * Runs a statement through the whole compiler (argument binding, parameter kinds, named arguments)
 * on a fresh log record, for the signature-audit rows of the function tests.
 */
import { newLogRecord, type LogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { FeatureGates } from '../../src/core/feature-gates.js';
import { evalContext } from '../../src/testing/index.js';
import type { Value } from '../../src/core/values/types.js';

export interface RunOptions {
  /** Attributes the log record starts with. */
  readonly attributes?: Record<string, Value>;
  /** Feature gates to enable (e.g. the lambda gate). */
  readonly gates?: readonly string[];
}

function gatesOf(ids: readonly string[] | undefined): FeatureGates | undefined {
  if (ids === undefined) return undefined;
  return FeatureGates.of(ids);
}

/** Compiles and runs `statement` in the log context; returns the log record's attributes afterwards. */
export function runOnLog(statement: string, options: RunOptions = {}): Map<string, Value> {
  const log: LogRecord = newLogRecord();
  for (const [k, v] of Object.entries(options.attributes ?? {})) log.attributes.set(k, v);
  const gates = gatesOf(options.gates);
  const rules = compileStatements([statement], { context: 'log', ...(gates ? { gates } : {}) });
  rules.execute(evalContext({ log }));
  return log.attributes;
}

/** The compile-time error message of `statement` (throws when it compiles). */
export function compileErrorOf(statement: string, options: RunOptions = {}): string {
  const gates = gatesOf(options.gates);
  try {
    compileStatements([statement], { context: 'log', ...(gates ? { gates } : {}) });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error(`expected a compile error for: ${statement}`);
}
