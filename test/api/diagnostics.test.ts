/**
 * Problems reach a library user structured: positions in the config file, a code, the message and
 * a hint built from the candidates (not from message text), sorted by position.
 */
import { createEnvironment, renderProblem, RuleSetError, TransformProcessor } from 'ottl';
import { describe, expect, it } from 'vitest';

const CONFIG = [
  'log_statements:',
  '  - context: log',
  '    statements:',
  '      - set(attributes["a"], Concatt(["x", "y"], "-"))',
  '      - set(attributes["b"], severty_text)',
  '',
].join('\n');

describe('structured diagnostics', () => {
  it('a typo\'d function and a typo\'d path in one config: both reported, both with did-you-mean', () => {
    let error: unknown;
    try {
      TransformProcessor.fromText(CONFIG, 'transform.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    const diagnostics = (error as RuleSetError).diagnostics;
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'transform.yaml',
        line: 4,
        column: 30,
        endLine: 4,
        endColumn: 37,
        severity: 'error',
        code: 'unknown-function',
        message: 'undefined function "Concatt"',
        hint: 'did you mean "Concat"?',
        suggestions: ['Concat'],
      }),
      expect.objectContaining({
        file: 'transform.yaml',
        line: 5,
        column: 30,
        severity: 'error',
        code: 'unknown-path',
        hint: 'did you mean "severity_text"?',
        suggestions: ['severity_text'],
      }),
    ]);
    expect(diagnostics[1].message).toMatch(/^segment "severty_text" from path "severty_text" is not a valid path/);
    // The message of the error is the rendering, with carets, in file order.
    expect((error as Error).message.split('\n').slice(0, 3)).toEqual([
      'transform.yaml:4:30: undefined function "Concatt" (did you mean "Concat"?)',
      'set(attributes["a"], Concatt(["x", "y"], "-"))',
      '                     ^',
    ]);
  });

  it('a prefixed path is suggested with its prefix', () => {
    const r = createEnvironment().compileTransform('log_statements:\n  - set(log.attributes["x"], log.severity)\n', { file: 'c.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'unknown-path',
      line: 2,
      suggestions: ['log.severity_number', 'log.severity_text'],
      hint: 'did you mean "log.severity_number" or "log.severity_text"?',
    });
  });

  it('YAML and config problems are positioned too', () => {
    const env = createEnvironment();
    const yaml = env.compileTransform('log_statements:\n  - set(a, 1)\n   bad: [\n', { file: 'y.yaml' });
    expect(yaml.ok).toBe(false);
    expect(yaml.diagnostics[0]).toMatchObject({ file: 'y.yaml', code: 'yaml', severity: 'error' });
    expect(yaml.diagnostics[0].line).toBeGreaterThan(1);
    const mode = env.compileTransform('error_mode: ignroe\nlog_statements: []\n', { file: 'm.yaml' });
    expect(mode.diagnostics).toMatchObject([{ file: 'm.yaml', line: 1, column: 13, code: 'config', message: expect.stringContaining('invalid error_mode "ignroe"') }]);
    expect(renderProblem(mode.diagnostics[0])).toMatch(/^m\.yaml:1:13: invalid error_mode "ignroe"/);
  });

  it('rules given directly are positioned by rule number', () => {
    const r = createEnvironment().compileStatements(['set(body, "ok")', 'set(body, Lenn(body))'], { context: 'log', name: 'rules' });
    expect(r.diagnostics).toMatchObject([{ file: 'rules', line: 2, column: 11, hint: 'did you mean "Len"?' }]);
  });
});

describe('deprecated functions', () => {
  it('compile and run, with a warning at the call (check shows it; the compile still succeeds)', () => {
    const env = createEnvironment();
    const r = env.compileTransform('log_statements:\n  - set(log.attributes["d"], Base64Decode("aGk="))\n', { file: 'c.yaml' });
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', code: 'deprecated', line: 2, column: 30, message: expect.stringContaining('"Base64Decode" is deprecated') }]);
    const checked = env.check('log_statements:\n  - set(log.attributes["d"], Base64Decode("aGk="))\n', { file: 'c.yaml' });
    expect(checked.ok).toBe(true);
    expect(checked.diagnostics[0].severity).toBe('warning');
  });
});
