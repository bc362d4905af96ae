/**
 * Each argument-binding check of the compiler, guarded by a test that fails when the check is
 * removed (the test's name says which check). Compiled through an environment, as users do.
 */
import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../src/engine/environment.js';
import type { Problem } from '../../src/core/diagnostics/problem.js';

const env = createEnvironment();

function problemsOf(statement: string): readonly Problem[] {
  return env.compileStatements([statement], { context: 'log' }).diagnostics;
}

function only(statement: string): Problem {
  const list = problemsOf(statement);
  expect(list).toHaveLength(1);
  return list[0];
}

describe('argument binding checks', () => {
  it('guards "positional after named": an unnamed argument after a named one is rejected at it', () => {
    const p = only('replace_pattern(target=attributes["a"], "x", "y")');
    expect(p.message).toBe('unnamed argument used after named argument in replace_pattern');
    expect(p.column).toBe(41);
  });

  it('guards "duplicate argument": a parameter given twice by name is rejected at the second', () => {
    const p = only('truncate_all(target=attributes, limit=1, limit=2)');
    expect(p.message).toBe('parameter "limit" of truncate_all is given more than once');
    expect(p.column).toBe(42);
  });

  it('guards "duplicate argument" across forms: positional then the same by name', () => {
    expect(only('truncate_all(attributes, 1, limit=2)').message).toBe('parameter "limit" of truncate_all is given more than once');
  });

  it('guards "unknown name": a named argument matching no parameter, with the closest one as hint', () => {
    const p = only('truncate_all(target=attributes, limt=1)');
    expect(p.message).toBe('error while parsing arguments for call to "truncate_all": no such parameter: limt');
    expect(p.hint).toBe('did you mean "limit"?');
  });

  it('guards "CamelCase names": names match in CamelCase as strcase.ToCamel does', () => {
    expect(problemsOf('replace_pattern(attributes["a"], regexPattern="x", replacement="y")')).toEqual([]);
    expect(problemsOf('replace_pattern(attributes["a"], regex_pattern="x", replacement="y")')).toEqual([]);
    expect(only('replace_pattern(attributes["a"], regexpattern="x", replacement="y")').message).toContain('no such parameter: regexpattern');
  });

  it('guards "too many arguments": more positional arguments than parameters', () => {
    expect(only('delete_key(attributes, "a", "b")').message).toBe(
      'error while parsing arguments for call to "delete_key": incorrect number of arguments. Expected: 2 Received: 3',
    );
  });

  it('guards "missing required": a required parameter left out, named or not', () => {
    expect(only('delete_key(attributes)').message).toBe(
      'error while parsing arguments for call to "delete_key": incorrect number of arguments. Expected: 2 Received: 1',
    );
    expect(only('truncate_all(limit=1)').message).toContain('incorrect number of arguments');
  });

  it('guards "optional may be omitted": an optional parameter left out is fine', () => {
    expect(problemsOf('set(attributes["a"], Substring("abc", 0, 1))')).toEqual([]);
    expect(problemsOf('set(attributes["a"], Split("a,b", ","))')).toEqual([]);
  });

  it('guards "argument form": a literal where a path is required, and a non-literal where a literal is', () => {
    expect(only('set("x", 1)').message).toMatch(/invalid argument at position 0 \(target\): must be a path/);
    expect(only('truncate_all(attributes, attributes["n"])').message).toMatch(/invalid argument at position 1 \(limit\): must be a int64 literal/);
  });
});
