import { describe, expect, it } from 'vitest';
import { IsMatch } from '../../src/functions/is_match.js';
import { ArgumentError } from '../../src/functions/signature.js';
import type { Value } from '../../src/values/types.js';
import { constant } from '../support/getters.js';
import { lit, map, newContext } from './text-helpers.js';

// Rows of the reference's Test_isMatch, the conformance rows, and edge cases.
const cases: { name: string; target: Value; pattern: string; want: boolean }[] = [
  { name: 'match true', target: 'hello world', pattern: 'hello.*', want: true },
  { name: 'match false', target: 'goodbye world', pattern: 'hello.*', want: false },
  { name: 'complex', target: '-12.001', pattern: '[-+]?\\d*\\.\\d+([eE][-+]?\\d+)?', want: true },
  { name: 'target bool', target: true, pattern: 'true', want: true },
  { name: 'target int', target: 1n, pattern: '\\d', want: true },
  { name: 'target float', target: 1.1, pattern: '\\d\\.\\d', want: true },
  { name: 'nil target', target: null, pattern: 'impossible to match', want: false },
  { name: 'nil never matches, even .*', target: null, pattern: '.*', want: false },
  { name: 'map as JSON (conformance)', target: map({ a: 'x', b: 1n }), pattern: '"a":"x"', want: true },
  { name: 'slice as JSON', target: ['a', 1n], pattern: '^\\["a",1\\]$', want: true },
  { name: 'bytes as base64', target: new Uint8Array([1, 2, 3, 4]), pattern: '^AQIDBA==$', want: true },
  { name: 'unanchored search', target: 'xxabcxx', pattern: 'abc', want: true },
  { name: 'anchors', target: 'xxabcxx', pattern: '^abc$', want: false },
  { name: 'empty pattern matches anything', target: '', pattern: '', want: true },
  { name: 'unicode class', target: 'Ωmega', pattern: '^\\p{Greek}', want: true },
  { name: 'dot does not match newline', target: 'a\nb', pattern: '^a.b$', want: false },
  { name: '(?s) dot matches newline', target: 'a\nb', pattern: '(?s)^a.b$', want: true },
  { name: 'pathological input stays linear', target: 'a'.repeat(50_000) + '!', pattern: '(a+)+$', want: false },
];

describe('IsMatch', () => {
  it.each(cases)('$name', ({ target, pattern, want }) => {
    expect(IsMatch.create({ target: constant(target), pattern: lit(pattern) }, { context: 'log' })(newContext())).toBe(want);
  });

  it('rejects an invalid literal pattern at compile time (conformance)', () => {
    const create = () => IsMatch.create({ target: constant('anything'), pattern: lit('\\K') }, { context: 'log' });
    expect(create).toThrow(ArgumentError);
    expect(create).toThrow('invalid escape sequence');
  });

  it('accepts a pattern computed per record', () => {
    let p = '^a';
    const fn = IsMatch.create({ target: constant('abc'), pattern: () => p }, { context: 'log' });
    expect(fn(newContext())).toBe(true);
    p = '^b';
    expect(fn(newContext())).toBe(false);
    p = '(';
    expect(() => fn(newContext())).toThrow('not a valid pattern');
  });
});
