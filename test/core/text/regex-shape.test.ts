import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { regexShape } from '../../../src/core/text/regex-shape.js';
import { compileRegex, GoRegex, RegexSyntaxError } from '../../../src/core/text/regex.js';

/** What re2js says about a pattern: its group names, or that it is invalid. */
function compiled(pattern: string): { subexpNames: string[] } | 'invalid' {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch {
    return 'invalid';
  }
  const names = new Array<string>(re.groupCount() + 1).fill('');
  const named = re.namedGroups();
  for (const name of Object.keys(named)) names[named[name] as number] = name;
  return { subexpNames: names };
}

describe('regexShape: certainly valid patterns, with their groups', () => {
  const recognized = [
    'x12_5=\\d+',
    'handled 4_5$',
    '^(\\d{4})-(\\d{2})-(\\d{2})T',
    '(?i)error|warn(ing)?',
    '(?P<user>[a-z0-9_.]+)@(?P<host>[^\\s>]+)',
    '(?:a|b)*?c+?d??',
    '[A-Za-z][A-Za-z0-9_]*=',
    '\\[(\\w+)\\] \\(.*\\)',
    '(?s:.+)\\bend\\b',
    'é+ü?',
    '()(|a)',
    '',
  ];
  it.each(recognized)('%j', (pattern) => {
    const shape = regexShape(pattern);
    expect(shape).not.toBeNull();
    expect(compiled(pattern)).toEqual({ subexpNames: shape?.subexpNames });
    expect(shape?.groupCount).toBe((shape?.subexpNames.length ?? 0) - 1);
  });

  // Each is either invalid, or valid in a way the recognizer does not try to prove.
  const unsure = [
    '(a',
    'a)',
    '[a',
    '[]a]',
    '[a-]',
    '[z-a]',
    '[[:alpha:]]',
    '\\K',
    '\\1',
    '\\pL',
    '\\Qa.b\\E',
    '(?=a)',
    '(?<name>a)',
    '(?P<a>x)(?P<a>y)',
    '(?P<git.sha>a)',
    '(?ii)a',
    '(?-i)a',
    '(?i)*',
    'a++',
    'a**',
    'a*??',
    'x{2}{3}',
    'x{1001}',
    'x{3,2}',
    '(x{2})*',
    '((a{500}))+',
    'a{',
    'a{,3}',
    '}',
    ']',
    '*a',
    'a|*',
    '\\b+',
    'a\\',
    '\ud83d\ude00',
    'a'.repeat(5000),
    '('.repeat(101) + ')'.repeat(101),
  ];
  it.each(unsure)('%j → null', (pattern) => {
    expect(regexShape(pattern)).toBeNull();
  });

  const pieces = ['a', 'b', '.', '^', '$', '|', '(', ')', '(?:', '(?i)', '(?P<n>', '(?P<m>', '*', '+', '?', '{2}', '{1,3}', '{2,}', '{999}', '{1001}', '{', '}', '[', ']', '[a-c]', '[^x\\d]', '-', '\\d', '\\b', '\\.', '\\', '\\1', ' '];
  // Syntax the check must leave to re2js (Unicode and POSIX classes, \Q…\E, hex escapes, lookarounds,
  // odd group names, surrogates), mixed with what it takes.
  const rarePieces = ['a', 'é', '0', '_', '-', '.', '^', '$', '|', '(', ')', '(?:', '(?i)', '(?s)', '(?U)', '(?-i)', '(?i:', '(?P<n>', '(?P<1>', '(?P<>', '(?<n>', '(?=', '(?!', '*', '+', '?', '*?', '{', '}', '{0}', '{2,1}', '{1000}', '{0,1000}', '{,2}', '[', ']', '[]', '[^]', '[z-a]', '[a-]', '[\\d-z]', '[[:alpha:]]', '[[:foo:]]', '[\\]]', '\\', '\\d', '\\b', '\\A', '\\z', '\\Z', '\\C', '\\pL', '\\p{Greek}', '\\p{Foo}', '\\x41', '\\x{41}', '\\x{110000}', '\\x', '\\0', '\\8', '\\Q', '\\E', '\\Qa*\\E', '\\n', '\\a', '\\e', '\\*', '\\_', '\\k', '\ud800', '\ud83d\ude00'];
  const joined = (from: string[], maxLength: number): fc.Arbitrary<string> =>
    fc.array(fc.constantFrom(...from), { minLength: 1, maxLength }).map((parts) => parts.join(''));

  /** Every pattern the check recognizes compiles in re2js with the same groups; `least` of the runs must be recognized to mean anything. */
  const agreesWithRe2js = (patterns: fc.Arbitrary<string>, least: number): void => {
    let recognizedCount = 0;
    fc.assert(
      fc.property(patterns, (pattern) => {
        const shape = regexShape(pattern);
        if (shape === null) return;
        recognizedCount++;
        expect(compiled(pattern)).toEqual({ subexpNames: shape.subexpNames });
      }),
      { numRuns: 20_000 },
    );
    expect(recognizedCount).toBeGreaterThan(least);
  };

  it('never calls an invalid pattern valid, and counts groups as re2js does (differential)', () => {
    agreesWithRe2js(joined(pieces, 12), 1000);
  });

  it('never calls an invalid pattern valid among rarer syntax either (differential)', () => {
    agreesWithRe2js(joined(rarePieces, 10), 500);
  });
});

describe('compileRegex with a program built on first use', () => {
  it('reports an invalid pattern at compile time with Go’s message, as before', () => {
    expect(() => compileRegex('x{2}{3}')).toThrow(RegexSyntaxError);
    expect(() => compileRegex('x{2}{3}')).toThrow('invalid nested repetition operator: `{2}{3}`');
    expect(() => compileRegex('(?P<v>a)(?P<v>b)')).toThrow('duplicate capture group name');
  });

  const samples = ['', 'x7=123 and x7=4', 'handled 4_5', 'ERROR: warning', 'user_1@example.com>', 'aXbXc', 'end\nend'];
  it.each(['x7=\\d+', 'handled 4_5$', '(?i)error|warn(ing)?', '(?P<user>[a-z0-9_.]+)@(?P<host>[^\\s>]+)', '(?s:.+)\\bend\\b', 'X*'])(
    '%j matches, finds and replaces as when compiled at once',
    (pattern) => {
      expect(regexShape(pattern)).not.toBeNull();
      const lazy = compileRegex(pattern);
      const eager = new GoRegex(pattern, RE2JS.compile(pattern));
      expect(lazy.subexpNames).toEqual(eager.subexpNames);
      expect(lazy.namedGroupCount).toBe(eager.namedGroupCount);
      for (const s of samples) {
        expect(lazy.test(s)).toBe(eager.test(s));
        expect(lazy.findSubmatch(s)).toEqual(eager.findSubmatch(s));
        expect(lazy.findAllSubmatchIndex(s)).toEqual(eager.findAllSubmatchIndex(s));
        expect(lazy.replaceAll(s, '<$0>')).toBe(eager.replaceAll(s, '<$0>'));
      }
    },
  );
});
