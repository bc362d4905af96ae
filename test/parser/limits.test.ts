/**
 * Issue 14 item 2: a rule nested deeper than the front end's bound is a positioned parse error,
 * never a RangeError from a later pass (builder, compiler, JSON output), whatever the entry point.
 */
import { describe, expect, it } from 'vitest';
import { createEnvironment, RuleSetError, TransformProcessor } from '../../src/api/index.js';
import { parseStatement } from '../../src/parser/parse.js';
import { MAX_RULE_DEPTH } from '../../src/parser/limits.js';

const sum = (n: number) => Array(n).fill('1').join(' + ');
const TOO_DEEP = /nested too deeply \(more than 500 levels/;

describe('rule depth bound', () => {
  it.each([
    ['10,000 added terms', `set(log.attributes["a"], ${sum(10_000)})`],
    ['5,000 parentheses', `set(log.attributes["a"], ${'('.repeat(5000)}1${')'.repeat(5000)})`],
    ['a 3,000-key path', `set(log.attributes${'["k"]'.repeat(3000)}, 1)`],
    ['nested lists', `set(log.attributes["a"], ${'['.repeat(2000)}1${']'.repeat(2000)})`],
    ['nested converter calls', `set(log.attributes["a"], ${'Len('.repeat(2000)}"x"${')'.repeat(2000)})`],
  ])('%s: a parse error, not a RangeError', (_name, statement) => {
    const r = parseStatement(statement);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(TOO_DEEP);
  });

  it('just below the bound parses, compiles and runs', () => {
    const r = createEnvironment().compileStatements([`set(attributes["a"], ${sum(MAX_RULE_DEPTH - 10)})`], { context: 'log' });
    expect(r.ok).toBe(true);
    expect(JSON.stringify(parseStatement(`set(log.attributes["a"], ${sum(MAX_RULE_DEPTH - 10)})`), (_k, v) => (typeof v === 'bigint' ? String(v) : v))).toContain('"kind":"math"');
  });

  it('the library reports it as a RuleSetError at the rule, from every entry point', () => {
    const config = `log_statements:\n  - set(log.attributes["a"], ${sum(3_000)})\n`;
    expect(() => TransformProcessor.fromText(config, 'c.yaml')).toThrow(RuleSetError);
    const r = createEnvironment().compileTransform(config, { file: 'c.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ file: 'c.yaml', line: 2, code: 'syntax', message: expect.stringMatching(TOO_DEEP) });
    expect(createEnvironment().check(config, { file: 'c.yaml' }).ok).toBe(false);
  });
});
