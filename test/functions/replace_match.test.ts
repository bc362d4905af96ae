import { describe, expect, it } from 'vitest';
import { replace_match } from '../../src/functions/replace_match.js';
import { ArgumentError } from '../../src/functions/signature.js';
import type { Value } from '../../src/core/values/types.js';
import { box, constant } from '../support/getters.js';
import { intRef, lit, newContext, sha256, sha256Ref } from './text-helpers.js';

interface Case {
  name: string;
  input: Value;
  pattern: string;
  replacement: string;
  withHash?: boolean;
  format?: string;
  want: Value;
}

// Rows of the reference's Test_replaceMatch, plus edge cases.
const cases: Case[] = [
  { name: 'replace match', input: 'hello world', pattern: 'hello*', replacement: 'hello {universe}', want: 'hello {universe}' },
  { name: 'replace match with hash', input: 'hello world', pattern: 'hello*', replacement: 'hello {universe}', withHash: true, want: sha256('hello {universe}') },
  { name: 'replace match with hash and format', input: 'hello world', pattern: 'hello*', replacement: 'hello {universe}', withHash: true, format: 'passwd=%s', want: `passwd=${sha256('hello {universe}')}` },
  { name: 'format without a function is ignored', input: 'hello world', pattern: 'hello*', replacement: 'x', format: 'f=%s', want: 'x' },
  { name: 'no match', input: 'hello world', pattern: 'goodbye*', replacement: 'goodbye {universe}', want: 'hello world' },
  { name: 'glob * crosses /', input: '/user/a/b/list/c', pattern: '/user/*/list/*', replacement: '/user/{userId}/list/{listId}', want: '/user/{userId}/list/{listId}' },
  { name: 'whole string must match', input: 'xhello', pattern: 'hello*', replacement: 'y', want: 'xhello' },
  { name: 'alternatives', input: 'GET', pattern: '{GET,POST}', replacement: 'read-or-write', want: 'read-or-write' },
  { name: 'empty string', input: '', pattern: '*', replacement: 'empty', want: 'empty' },
  { name: 'non-string target untouched', input: 1n, pattern: '*', replacement: 'x', want: 1n },
  { name: 'nil target untouched', input: null, pattern: '*', replacement: 'x', want: null },
];

describe('replace_match', () => {
  it.each(cases)('$name', ({ input, pattern, replacement, withHash, format, want }) => {
    const target = box(input);
    replace_match.create(
      { target, pattern: lit(pattern), replacement: constant(replacement), function: withHash ? sha256Ref : undefined, replacement_format: format === undefined ? undefined : constant(format) },
      { context: 'log' },
    )(newContext());
    expect(target.value).toBe(want);
  });

  it('rejects an invalid literal glob at compile time', () => {
    expect(() =>
      replace_match.create({ target: box('x'), pattern: lit('[a'), replacement: constant('y'), function: undefined, replacement_format: undefined }, { context: 'log' }),
    ).toThrow(ArgumentError);
  });

  it('errors when the converter returns a non-string', () => {
    const fn = replace_match.create({ target: box('x'), pattern: lit('*'), replacement: constant('y'), function: intRef, replacement_format: undefined }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('replacement value is not a string');
  });
});
