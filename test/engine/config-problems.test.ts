/**
 * Config reading reports every problem at its key or value, and carries warnings to every entry
 * point (issue #12): the library sees what `ottl check` prints.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, createEnvironment, readFilterConfig, readTransformConfig } from '../../src/api/index.js';
import { SETTINGS } from '../../src/engine/config/select.js';
import { parseConfigText, isObject } from '../../src/engine/config/yaml.js';
import { joinedStatements } from '../../src/engine/config/slips.js';
import { LocatedText } from '../../src/engine/config/yaml.js';

const body = (text: string) => {
  const root = parseConfigText(text, 'c.yaml').root;
  if (!isObject(root)) throw new Error('not a mapping');
  return root;
};

describe('readTransformConfig', () => {
  it('item 5 of issue #12: throws one ConfigError holding every problem, each positioned', () => {
    const error = (() => {
      try {
        readTransformConfig(body('error_mode: ignroe\nlog_statment: []\nflatten_data: 3\n'), 'c.yaml');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => [p.line, p.column, p.suggestions ?? []])).toEqual([
      [1, 13, ['ignore']],
      [2, 1, ['log_statements']],
      [3, 1, []],
    ]);
  });
});

describe('the library gets the config warnings', () => {
  it('item 4 of issue #12: compileTransform succeeds with the profile warning among its diagnostics', () => {
    const r = createEnvironment().compileTransform('profile_statements: ["set(profile.attributes[\\"a\\"], 1)"]\nlog_statements: ["set(log.body, 1)"]\n');
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((p) => [p.severity, p.line, p.message])).toEqual([
      ['warning', 1, 'profile statements are not run by this implementation: 1 statement ignored'],
    ]);
  });

  it('item 4 of issue #12: compileFilter likewise for profile conditions', () => {
    const r = createEnvironment().compileFilter('profile_conditions: ["true", "false"]\n');
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((p) => p.message)).toEqual(['profile conditions are not run by this implementation: 2 conditions ignored']);
  });
});

describe('joinedStatements (item 7 of issue #12)', () => {
  const first = (yaml: string) => {
    const root = parseConfigText(yaml, 'c.yaml').root;
    const list = isObject(root) ? root['s'] : null;
    const item = Array.isArray(list) ? list[0] : null;
    if (!(item instanceof LocatedText)) throw new Error('no statement');
    return item;
  };

  it('finds the line where a second editor call starts', () => {
    expect(joinedStatements(first('s:\n  - set(a, 1)\n    set(b, 2)\n'))).toEqual({ line: 3 });
    expect(joinedStatements(first('s:\n  - set(a, 1)\n    - set(b, 2)\n'))).toEqual({ line: 3 });
  });

  it('leaves a statement wrapped on purpose alone', () => {
    expect(joinedStatements(first('s:\n  - set(a, 1)\n    where b == 1\n'))).toBeNull();
    expect(joinedStatements(first('s:\n  - set(a,\n    Concat(["x"], "-"))\n'))).toBeNull();
    expect(joinedStatements(first('s:\n  - "set(a, 1)\n    set(b, 2)"\n'))).toBeNull();
  });
});

describe("SETTINGS, the one list of each processor's top-level settings", () => {
  it('matches what each reader accepts', () => {
    for (const key of SETTINGS.transform) expect(() => readTransformConfig(body(`${key}:\n`), 'c.yaml'), key).not.toThrow();
    for (const key of SETTINGS.filter) expect(() => readFilterConfig(body(`${key}:\n`), 'c.yaml'), key).not.toThrow();
    expect(() => readTransformConfig(body('log_conditions:\n'), 'c.yaml')).toThrow('use `ottl filter`');
    expect(() => readFilterConfig(body('flatten_data:\n'), 'c.yaml')).toThrow('use `ottl run`');
  });
});
