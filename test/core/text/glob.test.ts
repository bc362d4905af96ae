import { describe, expect, it } from 'vitest';
import { compileFilepathGlob, compileGlob, GlobSyntaxError } from '../../../src/core/text/glob.js';

describe('compileGlob (gobwas/glob, as replace_match uses it)', () => {
  const cases: [string, string, boolean][] = [
    ['hello*', 'hello world', true],
    ['hello*', 'goodbye world', false],
    ['/user/*/list/*', '/user/42/list/7', true],
    // No separators: * crosses /.
    ['/user/*/list/*', '/user/a/b/list/c/d', true],
    ['*', '', true],
    ['?', 'é', true],
    ['?', '🎉', true],
    ['?', 'ab', false],
    ['[abc]x', 'bx', true],
    ['[a-c]x', 'dx', false],
    ['[!a-c]x', 'dx', true],
    ['[!a-c]x', 'ax', false],
    ['{cat,dog}s', 'dogs', true],
    ['{cat,dog}s', 'cows', false],
    ['{a,b{c,d}}', 'bd', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['a.b', 'axb', false],
    ['a+b(c)$^', 'a+b(c)$^', true],
    ['**', 'a/b/c', true],
    ['a,b}', 'a,b}', true],
    ['line1*', 'line1\nline2', true],
  ];
  it.each(cases)('%s matches %j: %s', (pattern, input, expected) => {
    expect(compileGlob(pattern).match(input)).toBe(expected);
  });

  it.each(['[abc', '{a,b', 'abc\\', '[]', '[z-a]'])('rejects %j', (pattern) => {
    expect(() => compileGlob(pattern)).toThrow(GlobSyntaxError);
  });

  it('is linear on long inputs', () => {
    const g = compileGlob('*a*a*a*a*a*a*b');
    const t0 = performance.now();
    expect(g.match('a'.repeat(100_000))).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('compileFilepathGlob (Go filepath.Match)', () => {
  const cases: [string, string, boolean][] = [
    // Rows of Go's path/filepath match_test.go.
    ['abc', 'abc', true],
    ['*', 'abc', true],
    ['*c', 'abc', true],
    ['a*', 'a', true],
    ['a*', 'abc', true],
    ['a*', 'ab/c', false],
    ['a*/b', 'abc/b', true],
    ['a*/b', 'a/c/b', false],
    ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
    ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
    ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
    ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
    ['a*b?c*x', 'abxbbxdbxebxczzx', true],
    ['a*b?c*x', 'abxbbxdbxebxczzy', false],
    ['ab[c]', 'abc', true],
    ['ab[b-d]', 'abc', true],
    ['ab[e-g]', 'abc', false],
    ['ab[^c]', 'abc', false],
    ['ab[^b-d]', 'abc', false],
    ['ab[^e-g]', 'abc', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'ab', false],
    ['a?b', 'a☺b', true],
    ['a[^a]b', 'a☺b', true],
    ['a???b', 'a☺b', false],
    ['a[^a][^a][^a]b', 'a☺b', false],
    ['[a-ζ]*', 'α', true],
    ['*[a-ζ]', 'A', false],
    ['a?b', 'a/b', false],
    ['a*b', 'a/b', false],
    ['[\\]a]', ']', true],
    ['[\\-]', '-', true],
    ['[x\\-]', 'x', true],
    ['[x\\-]', '-', true],
    ['[x\\-]', 'z', false],
    ['[\\-x]', 'x', true],
    ['[\\-x]', '-', true],
    ['[\\-x]', 'a', false],
    ['*x', 'xxx', true],
  ];
  it.each(cases)('%s matches %j: %s', (pattern, input, expected) => {
    expect(compileFilepathGlob(pattern).match(input)).toBe(expected);
  });

  // Go's ErrBadPattern rows.
  it.each(['[]a]', '[-]', '[x-]', '[-x]', '\\', '[a-b-c]', '[', '[^', '[^bc', 'a[', '[]', 'a\\'])('rejects %j', (pattern) => {
    expect(() => compileFilepathGlob(pattern)).toThrow(GlobSyntaxError);
  });
});
