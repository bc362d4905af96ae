/**
 * Every function that takes a user pattern runs in linear time: the classic catastrophic pattern
 * `(a+)+$` over 50,000 `a`s and a `!` (exponential under a backtracking engine such as JS RegExp)
 * finishes well under a second, whether the pattern is a literal (compiled in `create`) or
 * computed per record. Globs get the same treatment with a many-star pattern.
 */
import { describe, expect, it } from 'vitest';
import { delete_matching_keys } from '../../src/functions/delete_matching_keys.js';
import { ExtractGrokPatterns } from '../../src/functions/extract_grok_patterns.js';
import { ExtractPatterns } from '../../src/functions/extract_patterns.js';
import { IsMatch } from '../../src/functions/is_match.js';
import { keep_matching_keys } from '../../src/functions/keep_matching_keys.js';
import { replace_all_matches } from '../../src/functions/replace_all_matches.js';
import { replace_all_patterns } from '../../src/functions/replace_all_patterns.js';
import { replace_match } from '../../src/functions/replace_match.js';
import { replace_pattern } from '../../src/functions/replace_pattern.js';
import { allFunctions } from '../../src/functions/index.js';
import type { AnyFunctionDefinition, ParamSpec } from '../../src/functions/signature.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileConditions, compileStatements } from '../../src/engine/rules/standalone.js';
import { callEditor, dynamic, evalContext, type ArgInputs } from '../../src/testing/index.js';
import type { Value } from '../../src/core/values/types.js';

const EVIL = '(a+)+$';
const INPUT = 'a'.repeat(50_000) + '!';
const LIMIT_MS = 1000;

const inMap = (): Map<string, Value> => new Map([[INPUT, INPUT]]);

interface Case {
  readonly def: AnyFunctionDefinition;
  /** The pattern's parameter; the other arguments are `args`. */
  readonly param: string;
  readonly pattern: string;
  readonly args: () => ArgInputs;
}

const REGEX_CASES: Case[] = [
  { def: IsMatch, param: 'pattern', pattern: EVIL, args: () => ({ target: INPUT }) },
  { def: replace_pattern, param: 'regex_pattern', pattern: EVIL, args: () => ({ target: INPUT, replacement: 'x' }) },
  { def: replace_all_patterns, param: 'regex_pattern', pattern: EVIL, args: () => ({ target: inMap(), mode: 'value', replacement: 'x' }) },
  { def: replace_all_patterns, param: 'regex_pattern', pattern: EVIL, args: () => ({ target: inMap(), mode: 'key', replacement: 'x' }) },
  { def: delete_matching_keys, param: 'pattern', pattern: EVIL, args: () => ({ target: inMap() }) },
  { def: keep_matching_keys, param: 'pattern', pattern: EVIL, args: () => ({ target: inMap() }) },
  // ExtractPatterns requires a named group.
  { def: ExtractPatterns, param: 'pattern', pattern: `(?P<run>${EVIL})`, args: () => ({ target: INPUT }) },
  // A grok pattern is a regex with %{NAME} references; both the pattern and a definition may be evil.
  { def: ExtractGrokPatterns, param: 'pattern', pattern: `(?P<run>${EVIL})`, args: () => ({ target: INPUT }) },
  { def: ExtractGrokPatterns, param: 'pattern', pattern: '%{EVIL:run}$', args: () => ({ target: INPUT, pattern_definitions: ['EVIL=(a+)+'] }) },
];

/** Many stars before a character that never comes: a naive backtracking glob matcher takes O(n^k). */
const EVIL_GLOB = '*a*a*a*a*a*a*a*a*b';

const GLOB_CASES: Case[] = [
  { def: replace_match, param: 'pattern', pattern: EVIL_GLOB, args: () => ({ target: INPUT, replacement: 'x' }) },
  { def: replace_all_matches, param: 'pattern', pattern: EVIL_GLOB, args: () => ({ target: inMap(), replacement: 'x' }) },
];

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const label = (c: Case) => `${c.def.name}(${c.param}: ${JSON.stringify(c.pattern)}${'mode' in c.args() ? `, mode ${String(c.args().mode)}` : ''})`;

describe.each([
  ['literal', (p: string) => p],
  ['per-record', (p: string) => dynamic(p)],
] as const)('a %s pathological pattern runs in linear time', (_how, asPattern) => {
  it.each([...REGEX_CASES, ...GLOB_CASES].map((c) => [label(c), c] as const))('%s', (_name, c) => {
    const args = { ...c.args(), [c.param]: asPattern(c.pattern) };
    const ms = timeMs(() => callEditor(c.def, args, evalContext({ log: newLogRecord() })));
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});

describe('coverage', () => {
  it('includes every function with a pattern parameter (add new ones to the tables above)', () => {
    const takesPattern = (d: AnyFunctionDefinition) =>
      (d.params as readonly ParamSpec[]).some((p) => /pattern/.test(p.name) || /\b(regex|glob|grok)\b/i.test(p.doc ?? ''));
    const expected = allFunctions('transform').filter(takesPattern).map((d) => d.name);
    const covered = new Set([...REGEX_CASES, ...GLOB_CASES].map((c) => c.def.name));
    expect(expected.filter((n) => !covered.has(n))).toEqual([]);
  });
});

describe('pathological patterns through the compiler', () => {
  it('replace_pattern in a statement', () => {
    const log = newLogRecord();
    log.body = INPUT;
    const rules = compileStatements([`replace_pattern(log.body, "${EVIL}", "x")`], { context: 'log' });
    expect(timeMs(() => rules.execute(evalContext({ log })))).toBeLessThan(LIMIT_MS);
    // `$` never follows an `a` (the text ends in `!`): nothing matches, nothing changes.
    expect(log.body === INPUT).toBe(true);
  });

  it('IsMatch in a condition', () => {
    const log = newLogRecord();
    log.body = INPUT;
    const cond = compileConditions([`IsMatch(log.body, "${EVIL}")`], { context: 'log' });
    let result: boolean | undefined;
    expect(timeMs(() => (result = cond.eval(evalContext({ log }))))).toBeLessThan(LIMIT_MS);
    expect(result).toBe(false);
  });
});
