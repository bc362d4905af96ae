/**
 * `expect:` assertions of `ottl test`: OTTL conditions, compiled by the library itself and checked
 * on every record of their context in the output (or on one record, `{ that, record: N }`).
 */
import { compileCondition, createEvalContext, type EvalContext, RuleSetError, type ContextName, type FeatureGates } from '../../api/index.js';
import type { RecordUnit } from '../records.js';

/** One assertion as written in the test file. */
export interface Assertion {
  readonly that: string;
  /** 1-based position among the output's records of the context; every record when absent. */
  readonly record?: number;
  /** The context to evaluate in; taken from the condition's paths when absent. */
  readonly context?: string;
}

// Most specific first: a condition on `log.body` and `resource.attributes` runs per log record.
const CONTEXTS: readonly ContextName[] = ['datapoint', 'exemplar', 'spanevent', 'spanlink', 'log', 'span', 'metric', 'scope', 'resource'];

/** The context a condition is about: the most specific path prefix it uses outside string literals. */
export function assertionContext(condition: string): ContextName | null {
  const code = condition.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const used = new Set([...code.matchAll(/\b([a-z]+)\./g)].map((m) => m[1]));
  return CONTEXTS.find((c) => used.has(c)) ?? null;
}

/** Each failure: the record and the fields the condition mentions, as they are. */
export interface AssertionFailure {
  readonly assertion: string;
  readonly problem: string;
  readonly records: readonly { label: string; fields: readonly string[] }[];
}

/** The paths a condition mentions (`log.attributes["user.id"]`), to show their values on failure. */
function mentionedPaths(condition: string): string[] {
  return [...condition.matchAll(/\b[a-z]+\.[a-z_.]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])*/g)].map((m) => m[0]);
}

function describeFields(unit: RecordUnit, paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const hits = [...unit.fields].filter(([k]) => k === p || k.startsWith(`${p}[`) || k.startsWith(`${p}.`));
    if (hits.length === 0) out.push(`${p}: (absent)`);
    for (const [k, v] of hits.slice(0, 5)) out.push(`${k}: ${v}`);
  }
  return [...new Set(out)];
}

/** Checks the assertions on a processed document; returns the failures (empty when all hold). */
export function checkAssertions(assertions: readonly Assertion[], units: readonly RecordUnit[], gates: FeatureGates): AssertionFailure[] {
  const failures: AssertionFailure[] = [];
  for (const a of assertions) {
    const context = (a.context as ContextName | undefined) ?? assertionContext(a.that);
    if (context === null) {
      failures.push({ assertion: a.that, problem: 'no context: start its paths with log., span., datapoint., resource.… or give context:', records: [] });
      continue;
    }
    let predicate: (ctx: EvalContext) => boolean;
    try {
      predicate = compileCondition(a.that, { context, gates, name: 'expect' });
    } catch (e) {
      if (!(e instanceof RuleSetError)) throw e;
      failures.push({ assertion: a.that, problem: `does not compile: ${e.message}`, records: [] });
      continue;
    }
    const candidates = units.filter((u) => u.context === context);
    const targets = a.record === undefined ? candidates : candidates.slice(a.record - 1, a.record);
    if (targets.length === 0) {
      const which = a.record === undefined ? `no ${context} records` : `no ${context} record ${a.record} (${candidates.length} in all)`;
      failures.push({ assertion: a.that, problem: `${which} in the output to check`, records: [] });
      continue;
    }
    const failed: { label: string; fields: string[] }[] = [];
    for (const u of targets) {
      const ctx = createEvalContext();
      u.bind(ctx);
      let ok: boolean;
      let error = '';
      try {
        ok = predicate(ctx);
      } catch (e) {
        ok = false;
        error = ` (error: ${(e as Error).message})`;
      }
      if (!ok) failed.push({ label: u.label + error, fields: describeFields(u, mentionedPaths(a.that)) });
    }
    if (failed.length > 0) failures.push({ assertion: a.that, problem: `false for ${failed.length} of ${targets.length} ${context} records`, records: failed });
  }
  return failures;
}

