/**
 * The parser's fast path (`src/parser/fast-parse.ts`) against the Chevrotain path it stands in
 * for: on every text, either the fast path declines (undefined) or it gives the very tree the
 * Chevrotain path builds (same nodes, values, spans and key order); and it never accepts a text
 * the Chevrotain path rejects. Inputs: every string literal of the parser, compiler and e2e tests,
 * the fuzz corpus (catalog examples, example configs, reference e2e statements), its mutations,
 * token soup, the extreme shapes and arbitrary text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse, type FastEntry } from '../../src/parser/fast-parse.js';
import { parseByGrammar, parseCondition, parseStatement } from '../../src/parser/parse.js';
import { formatDiagnostics } from '../../src/core/diagnostics/format.js';
import { arbitraryRule, catalogCall, CORPUS, extremeRule, mutatedRule, tokenSoup } from '../compiler/rule-arbitraries.js';
import { fuzzFamily, fuzzTimeout } from '../support/fuzz.js';

const runs = fuzzFamily(3000);
const GRAMMAR_ENTRY = { statement: 'statementEntry', condition: 'conditionEntry', value: 'valueEntry' } as const;

/** The tree as text that tells apart what `toStrictEqual` may not: key order, bigint vs number, -0. */
function exact(ast: unknown): string {
  return JSON.stringify(ast, (_k, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'number' && Object.is(v, -0)) return '-0';
    if (v instanceof Uint8Array) return `bytes:${Array.from(v).join(',')}`;
    return v;
  });
}

/** Checks the property on one text and says whether the fast path took it. */
function agree(text: string, entry: FastEntry): boolean {
  const fast = fastParse(text, entry);
  const slow = parseByGrammar(text, GRAMMAR_ENTRY[entry]);
  if (fast === undefined) return false;
  expect(slow.ok, `the fast path accepted a text the grammar rejects: ${JSON.stringify(text)}`).toBe(true);
  if (!slow.ok) return true;
  expect(exact(fast), JSON.stringify(text)).toBe(exact(slow.ast));
  expect(fast).toStrictEqual(slow.ast);
  return true;
}

/** Every quoted string in the parser, compiler and e2e test files (decoded loosely: any text is a fair input). */
function testLiterals(): string[] {
  const out = new Set<string>();
  for (const dir of ['parser', 'compiler', 'e2e', 'lexer', 'engine']) {
    const folder = new URL(`../${dir}/`, import.meta.url);
    for (const f of readdirSync(folder)) {
      if (!f.endsWith('.ts')) continue;
      const source = readFileSync(new URL(f, folder), 'utf8');
      for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g)) {
        const body = m[1] ?? m[2] ?? m[3];
        if (/[(=<>]/.test(body)) out.add(body.replace(/\\(["'`\\])/g, '$1').replace(/\\n/g, '\n'));
      }
    }
  }
  return [...out];
}

describe('the fast path builds the Chevrotain tree or declines', () => {
  it('on the string literals of the parser, compiler and e2e tests, as statements, conditions and values', () => {
    const literals = testLiterals();
    let taken = 0;
    for (const text of literals) for (const entry of ['statement', 'condition', 'value'] as const) if (agree(text, entry)) taken++;
    expect(literals.length).toBeGreaterThan(500);
    // Most of them are valid rules of one entry or another, which the fast path must take.
    expect(taken).toBeGreaterThan(literals.length / 3);
  });

  it('takes every rule of the corpus the Chevrotain path accepts, except lambdas', () => {
    for (const { kind, text } of CORPUS) {
      const took = agree(text, kind);
      if (!text.includes('=>') && parseByGrammar(text, GRAMMAR_ENTRY[kind]).ok) expect(took, text).toBe(true);
    }
  });

  it('on mutations of the corpus, token soup, catalog calls, extreme shapes and arbitrary text', () => {
    const rule = fc.oneof(mutatedRule, catalogCall, extremeRule, arbitraryRule, tokenSoup.map((text) => ({ kind: 'statement' as const, text })));
    fc.assert(
      fc.property(rule, fc.constantFrom<FastEntry>('statement', 'condition', 'value'), (r, other) => {
        agree(r.text, r.kind);
        agree(r.text, other);
      }),
      runs(3000),
    );
  }, fuzzTimeout);
});

describe('the fast path', () => {
  it.each([
    ['a counter', 'set(log.attributes["count"], log.attributes["count"] + 1)'],
    ['an exported function', 'set(log.attributes["h"], SHA256(log.body)) where IsMatch(log.body, "^\\\\d+$")'],
    ['keys, maps, lists and math', 'merge_maps(cache, {"a": [1, -2.5, 0xFF, nil], "b": Split(body, ",")[0]}, "upsert") where not (x * -y >= 3 or z != true)'],
    ['named arguments and a function reference', 'replace_pattern(body, "a", "b", SHA256, replacementFormat = "x%s")'],
  ])('is taken for %s', (_name, text) => {
    expect(fastParse(text, 'statement')).toBeDefined();
    expect(agree(text, 'statement')).toBe(true);
  });

  it.each([
    ['a syntax error', 'set(x, 1) where a == b == c'],
    ['a lower-case converter', 'set(x, len(y))'],
    ['an upper-case editor', 'Set(x, 1)'],
    ['a bad escape', 'set(x, "\\d")'],
    ['an int out of range', 'set(x, 9223372036854775808)'],
    ['a lambda', 'set(x, Filter(y, (_, v) => v > 1))'],
    ['a rule nested too deeply', `set(x, ${'['.repeat(600)}1${']'.repeat(600)})`],
  ])('declines %s, which keeps the Chevrotain message', (_name, text) => {
    expect(fastParse(text, 'statement')).toBeUndefined();
    const viaFront = parseStatement(text);
    const viaGrammar = parseByGrammar(text, 'statementEntry');
    expect(viaFront.ok).toBe(viaGrammar.ok);
    if (!viaFront.ok && !viaGrammar.ok) expect(formatDiagnostics(viaFront.errors)).toBe(formatDiagnostics(viaGrammar.errors));
  });

  it('an invalid statement still gives the old message and caret', () => {
    const r = parseStatement('set(x, 1,)');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatDiagnostics(r.errors)).toBe("<input>:1:10: unexpected ')': expected an argument\nset(x, 1,)\n         ^");
    const c = parseCondition('a == ');
    expect(c.ok).toBe(false);
  });

  it('joins a name written as several tokens, as the grammar does', () => {
    expect(agree('set(x, Is Match(y, "a"))', 'statement')).toBe(true);
    // `notx`, `android` and `nil_x` are names, not keywords; `where` is a name where one is expected.
    expect(agree('set(notx, android) where nil_x == nil and not where', 'statement')).toBe(false);
    expect(agree('set(notx, android) where nil_x == nil and not (where == 1)', 'statement')).toBe(true);
    // A keyword right after a word character is a name: `[1nil]` lists 1 and the path `nil`.
    expect(agree('set(x, [1nil 0xABnot 2 true])', 'statement')).toBe(true);
  });
});
