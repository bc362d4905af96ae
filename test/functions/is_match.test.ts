import { describe, expect, it } from 'vitest';
import { IsMatch } from '../../src/functions/is_match.js';
import { ArgumentError } from '../../src/functions/signature.js';
import { toStringLike } from '../../src/core/values/coerce.js';
import type { Value } from '../../src/core/values/types.js';
import { runOnLog } from './statement-support.js';
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
  { name: 'bytes as hex (StringLikeGetter)', target: new Uint8Array([1, 2, 3, 4]), pattern: '^01020304$', want: true },
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
    // The compiler hands the target over already converted, as the StringLikeGetter does.
    const stringLike = () => toStringLike(target);
    expect(IsMatch.create({ target: stringLike, pattern: lit(pattern) }, { context: 'log' })(newContext())).toBe(want);
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

describe('IsMatch through the compiler', () => {
  it('takes a StringLikeGetter target: ints as text, bytes as hex, nil is false', () => {
    const attrs = runOnLog(
      'set(log.attributes["r"], [IsMatch(log.attributes["n"], "^42$"), IsMatch(log.attributes["b"], "^0aff$"), IsMatch(log.attributes["missing"], ".*")])',
      { attributes: { n: 42n, b: new Uint8Array([10, 255]) } },
    );
    expect(attrs.get('r')).toEqual([true, true, false]);
  });

  it('a non-string pattern is a StringGetter type error', () => {
    expect(() => runOnLog('set(log.attributes["r"], IsMatch("a", log.attributes["p"]))', { attributes: { p: 1n } })).toThrow('expected string but got int64');
  });
});
