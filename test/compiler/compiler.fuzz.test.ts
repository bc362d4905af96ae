/**
 * Fuzzing the front end and the compiler through every library entry point: the parse functions,
 * the environment's compileStatements / compileConditions / compileTransform / compileFilter /
 * check, the throwing shorthands and `fromText`. On any rule text the result-returning entry points
 * throw nothing and report well-formed problems; the throwing ones throw only RuleSetError (or
 * ConfigError); a rule that compiles runs under its error mode as the mode promises. Never a
 * RangeError, a TypeError or a stack overflow.
 *
 * Bounded here (1,400 cases); `FUZZ_RUNS=N npm run fuzz` runs N (see test/support/fuzz.ts).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/codec/otlpjson/decode.js';
import type { ContextName } from '../../src/core/contexts.js';
import type { TelemetryDocument } from '../../src/core/model.js';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { FeatureGates } from '../../src/core/feature-gates.js';
import { renderProblem, type Problem } from '../../src/core/diagnostics/problem.js';
import { ConfigError } from '../../src/engine/config/yaml.js';
import { createEnvironment, RuleSetError, type CompileResult } from '../../src/engine/environment.js';
import { PropagatedError, type ErrorMode } from '../../src/engine/error-mode.js';
import { FilterProcessor } from '../../src/engine/filter/processor.js';
import { compileConditions, compileStatements } from '../../src/engine/rules/standalone.js';
import { TransformProcessor } from '../../src/engine/transform/processor.js';
import { parseCondition, parseStatement, parseStatements, parseValueExpression, type ParseResult } from '../../src/parser/parse.js';
import { fuzzFamily, fuzzTimeout } from '../support/fuzz.js';
import { arbitraryRule, catalogCall, extremeRule, mutatedConfig, mutatedRule, type RuleText } from './rule-arbitraries.js';

const runs = fuzzFamily(1400);
const timeout = fuzzTimeout;

const gates = FeatureGates.parse('pkg.ottl.functions.enableExperimental,ottl.functions.enableLambda');
const env = createEnvironment({ featureGates: gates });

/** Where a rule runs: the signal, its config keys and one of its contexts (the log context most often, as the corpus is about logs). */
interface Placement {
  readonly signal: 'logs' | 'traces' | 'metrics';
  readonly context: ContextName;
}
const PLACEMENTS: readonly Placement[] = [
  ...Array<Placement>(6).fill({ signal: 'logs', context: 'log' }),
  { signal: 'logs', context: 'resource' },
  { signal: 'logs', context: 'scope' },
  { signal: 'traces', context: 'span' },
  { signal: 'traces', context: 'spanevent' },
  { signal: 'metrics', context: 'metric' },
  { signal: 'metrics', context: 'datapoint' },
];
const PREFIX: Record<Placement['signal'], string> = { logs: 'log', traces: 'trace', metrics: 'metric' };
const EXAMPLE: Record<Placement['signal'], string> = Object.fromEntries(
  (['logs', 'traces', 'metrics'] as const).map((s) => [s, readFileSync(new URL(`../../examples/${s}.json`, import.meta.url), 'utf8')]),
) as Record<Placement['signal'], string>;
/** A fresh copy of the example document of a signal (processing edits it in place). */
const exampleDocument = (signal: Placement['signal']): TelemetryDocument => decodeDocument(EXAMPLE[signal], `${signal}.json`);

/** Runs `f`; anything thrown must be one of `allowed`, and is returned for further checks. */
function onlyThrows(f: () => unknown, allowed: readonly (abstract new (...a: never[]) => Error)[], what: string): unknown {
  try {
    f();
    return undefined;
  } catch (e) {
    if (!allowed.some((t) => e instanceof t)) throw new Error(`${what} threw ${String((e as Error)?.stack ?? e)}`);
    return e;
  }
}

/**
 * A RuleSetError's message starts with `file`, then the position of its first problem (a problem
 * with the config's shape, such as an unknown key, may have none yet).
 */
function positioned(e: unknown, file: string): unknown {
  if (e instanceof RuleSetError) expect(e.message.slice(0, 200)).toMatch(new RegExp(`^${file.replace('.', '\\.')}(:\\d+:\\d+)?: `));
  return e;
}

/** Problems carry a position, a message, and render without throwing. */
function wellFormedProblems(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.column) && p.column >= 0, JSON.stringify(p)).toBe(true);
    expect(typeof p.message === 'string' && p.message.length > 0).toBe(true);
    expect(typeof renderProblem(p)).toBe('string');
  }
}

/** A result never throws; a failed one has at least one error, each well formed. */
function wellFormedResult<T>(r: CompileResult<T>): T | null {
  wellFormedProblems(r.diagnostics);
  if (!r.ok) expect(r.diagnostics.some((p) => p.severity === 'error')).toBe(true);
  return r.ok ? r.program : null;
}

/** Parse results: an AST, or errors whose spans lie inside the text. */
function wellFormedParse(text: string, r: ParseResult<unknown> | ReturnType<typeof parseStatements>): void {
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= text.length, `${e.message} at ${e.span.start}-${e.span.end}`).toBe(true);
  }
}

/** The rule in a transform (statement) or filter (condition) config, in a group of its context. */
function configOf(rule: RuleText, where: Placement, mode: ErrorMode, flat: boolean): string {
  const key = `${PREFIX[where.signal]}_${rule.kind === 'statement' ? 'statements' : 'conditions'}`;
  const quoted = JSON.stringify(rule.text);
  if (flat) return `error_mode: ${mode}\n${key}:\n  - ${quoted}\n`;
  return `error_mode: ${mode}\n${key}:\n  - context: ${where.context}\n    ${rule.kind}s:\n      - ${quoted}\n`;
}

/** Processing under `mode`: ignore and silent never abort; propagate fails only with a PropagatedError over a runtime error. */
function runsAsModePromises(process: () => unknown, mode: ErrorMode, text: string): Outcome {
  const e = onlyThrows(process, [PropagatedError], `processing ${JSON.stringify(text.slice(0, 200))}`);
  if (e === undefined) return 'ran';
  expect(mode, `${mode} must not abort: ${text.slice(0, 200)}`).toBe('propagate');
  const cause = (e as PropagatedError).cause;
  expect(cause instanceof OttlRuntimeError ? 'runtime error' : String((cause as Error)?.stack ?? cause), text.slice(0, 200)).toBe('runtime error');
  return 'failed at run time';
}

/** What became of a rule in a config, counted so that a test can tell its generator reaches every path. */
type Outcome = 'rejected' | 'ran' | 'failed at run time';

/** Every entry point on one rule text. */
function exercise(rule: RuleText, where: Placement, mode: ErrorMode, flat: boolean): Outcome {
  const { text, kind } = rule;
  const what = JSON.stringify(text.slice(0, 200));
  // The parser: results only, never an exception.
  wellFormedParse(text, kind === 'statement' ? parseStatement(text) : parseCondition(text));
  wellFormedParse(text, parseValueExpression(text));
  wellFormedParse(text, parseStatements([text, 'set(x, 1)']));

  // Rules given directly: the environment returns results; the shorthands throw RuleSetError only.
  const options = { context: where.context, errorMode: mode, name: 'rules' };
  if (kind === 'statement') {
    wellFormedResult(env.compileStatements([text], options));
    positioned(onlyThrows(() => compileStatements([text], { ...options, environment: env }), [RuleSetError], `compileStatements(${what})`), 'rules');
  } else {
    wellFormedResult(env.compileConditions([text], options));
    positioned(onlyThrows(() => compileConditions([text], { ...options, environment: env }), [RuleSetError], `compileConditions(${what})`), 'rules');
  }

  // Configs: compile, check and fromText; a compiled one runs on the signal's example document.
  const config = configOf(rule, where, mode, flat);
  wellFormedProblems(env.check(config, { file: 'c.yaml' }).diagnostics);
  if (kind === 'statement') {
    const program = wellFormedResult(env.compileTransform(config, { file: 'c.yaml' }));
    const e = positioned(onlyThrows(() => TransformProcessor.fromText(config, 'c.yaml', { environment: env }), [RuleSetError, ConfigError], `fromText(${what})`), 'c.yaml');
    expect(e === undefined, what).toBe(program !== null);
    return program === null ? 'rejected' : runsAsModePromises(() => program.process(exampleDocument(where.signal)), mode, text);
  } else {
    const program = wellFormedResult(env.compileFilter(config, { file: 'c.yaml' }));
    const e = positioned(onlyThrows(() => FilterProcessor.fromText(config, 'c.yaml', { environment: env }), [RuleSetError, ConfigError], `fromText(${what})`), 'c.yaml');
    expect(e === undefined, what).toBe(program !== null);
    return program === null ? 'rejected' : runsAsModePromises(() => program.process(exampleDocument(where.signal)), mode, text);
  }
}

/** Runs `exercise` over `rules` and returns how often each outcome came up. */
function fuzz(rules: fc.Arbitrary<RuleText>, places: fc.Arbitrary<Placement>, numRuns: { numRuns: number }): Record<Outcome, number> {
  const seen: Record<Outcome, number> = { rejected: 0, ran: 0, 'failed at run time': 0 };
  fc.assert(
    fc.property(rules, places, mode, fc.boolean(), (rule, where, m, flat) => {
      seen[exercise(rule, where, m, flat)]++;
    }),
    numRuns,
  );
  return seen;
}

const placement = fc.constantFrom(...PLACEMENTS);
const mode = fc.constantFrom<ErrorMode>('ignore', 'silent', 'propagate');

// Each test also checks that its generator reaches the paths it is meant to: rules rejected, rules
// that run, and (for calls) rules that fail at run time.
describe('compiler fuzz: every entry point throws only the library\'s own errors', () => {
  it('arbitrary text and token soup', { timeout }, () => {
    const seen = fuzz(arbitraryRule, placement, runs(300));
    expect(seen.rejected).toBeGreaterThan(0);
  });

  it('mutated catalog, example and e2e statements', { timeout }, () => {
    const seen = fuzz(mutatedRule, placement, runs(400));
    expect(seen.rejected).toBeGreaterThan(0);
    expect(seen.ran).toBeGreaterThan(0);
  });

  it('calls of every built-in with pooled arguments, run on a log record', { timeout }, () => {
    const seen = fuzz(catalogCall, fc.constant<Placement>({ signal: 'logs', context: 'log' }), runs(350));
    expect(seen.rejected).toBeGreaterThan(0);
    expect(seen.ran).toBeGreaterThan(0);
    expect(seen['failed at run time']).toBeGreaterThan(0);
  });

  it('long chains, deep nesting, long paths, huge literals', { timeout }, () => {
    const seen = fuzz(extremeRule, placement, runs(150));
    expect(seen.rejected).toBeGreaterThan(0);
    expect(seen.ran).toBeGreaterThan(0);
  });

  it('mutated example configs (YAML-level mutations)', { timeout }, () => {
    const seen = { rejected: 0, compiled: 0 };
    fc.assert(
      fc.property(mutatedConfig, (config) => {
        wellFormedProblems(env.check(config, { file: 'c.yaml' }).diagnostics);
        wellFormedProblems(env.loadConfig(config, 'c.yaml').diagnostics);
        for (const [compile, fromText] of [
          [() => env.compileTransform(config, { file: 'c.yaml' }), () => TransformProcessor.fromText(config, 'c.yaml', { environment: env })],
          [() => env.compileFilter(config, { file: 'c.yaml' }), () => FilterProcessor.fromText(config, 'c.yaml', { environment: env })],
        ] as const) {
          const program = wellFormedResult<TransformProcessor | FilterProcessor>(compile());
          const e = positioned(onlyThrows(fromText, [RuleSetError, ConfigError], `fromText(${JSON.stringify(config)})`), 'c.yaml');
          expect(e === undefined, config).toBe(program !== null);
          seen[program === null ? 'rejected' : 'compiled']++;
        }
      }),
      runs(200),
    );
    expect(seen.rejected).toBeGreaterThan(0);
    expect(seen.compiled).toBeGreaterThan(0);
  });
});
