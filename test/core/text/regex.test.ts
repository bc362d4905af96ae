import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRegex, RegexSyntaxError } from '../../../src/core/text/regex.js';

describe('compileRegex: Go RE2 syntax', () => {
  const valid: [string, string, boolean][] = [
    ['(?P<name>a+)', 'xaay', true],
    ['(?<name>a+)', 'xaay', true],
    ['(?i)HELLO', 'say hello', true],
    ['(?s)a.b', 'a\nb', true],
    ['a.b', 'a\nb', false],
    ['(?m)^b$', 'a\nb\nc', true],
    ['^b$', 'a\nb\nc', false],
    ['(?U)a+', 'aaa', true],
    ['\\pL+', 'héllo', true],
    ['\\p{Greek}', 'abc', false],
    ['\\p{Greek}', 'αβγ', true],
    ['[[:alpha:]]+', '123', false],
    ['[[:digit:]]', 'a1', true],
    ['\\Qa.b\\E', 'axb', false],
    ['\\Qa.b\\E', 'a.b', true],
    ['\\Aabc\\z', 'abc', true],
    ['(?i:a)B', 'AB', true],
    ['(?i:a)B', 'Ab', false],
    ['\\bword\\b', 'a word here', true],
    ['', 'anything', true],
  ];
  it.each(valid)('%s on %j → %s', (pattern, input, expected) => {
    expect(compileRegex(pattern).test(input)).toBe(expected);
  });

  const invalid: [string, string][] = [
    ['(a', 'missing closing )'],
    ['[a', 'missing closing ]'],
    ['\\K', 'invalid escape sequence'],
    ['\\1', 'invalid escape sequence'],
    ['(?=a)', 'invalid or unsupported Perl syntax'],
    ['a++', 'invalid nested repetition operator'],
    ['x{1001}', 'invalid repeat count'],
    ['(?P<git.sha>a)', 'invalid named capture'],
    ['(?P<a>x)(?P<a>y)', 'duplicate capture group name'],
  ];
  it.each(invalid)('rejects %s (%s)', (pattern, why) => {
    expect(() => compileRegex(pattern)).toThrow(RegexSyntaxError);
    expect(() => compileRegex(pattern)).toThrow(why);
  });

  it('reports group names like Go SubexpNames', () => {
    const re = compileRegex('(?P<first>\\w+) (\\w+) (?P<last>\\w+)');
    expect(re.subexpNames).toEqual(['', 'first', '', 'last']);
    expect(re.groupCount).toBe(3);
    expect(re.namedGroupCount).toBe(2);
  });
});

describe('linear time', () => {
  it('(a+)+$ over 50,000 a’s followed by ! finishes quickly', () => {
    const input = 'a'.repeat(50_000) + '!';
    const re = compileRegex('(a+)+$');
    const t0 = performance.now();
    expect(re.test(input)).toBe(false);
    expect(re.replaceAll(input, 'x')).toBe(input);
    expect(re.findAllSubmatchIndex(input)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('findSubmatch', () => {
  it('returns the first match with empty strings for non-participating groups', () => {
    expect(compileRegex('(a)(b)?').findSubmatch('xa')).toEqual(['a', 'a', '']);
    expect(compileRegex('z').findSubmatch('xa')).toBeNull();
  });
});

describe('findAllSubmatchIndex (Go FindAllStringSubmatchIndex)', () => {
  const cases: [string, string, number[][]][] = [
    ['a', 'banana', [[1, 2], [3, 4], [5, 6]]],
    ['a*', 'baaac', [[0, 0], [1, 4], [5, 5]]],
    ['', 'ab', [[0, 0], [1, 1], [2, 2]]],
    ['(a)|b', 'ab', [[0, 1, 0, 1], [1, 2, -1, -1]]],
    // UTF-16 offsets; a surrogate pair counts as one step.
    ['x*', '🎉', [[0, 0], [2, 2]]],
  ];
  it.each(cases)('%s on %j', (pattern, input, expected) => {
    expect(compileRegex(pattern).findAllSubmatchIndex(input)).toEqual(expected);
  });
});

describe('replaceAll (Go ReplaceAllString)', () => {
  const cases: [string, string, string, string][] = [
    ['a*', 'baaac', '-', '-b-c-'],
    ['', 'abc', '-', '-a-b-c-'],
    ['x*', '', '-', '-'],
    ['b*', 'abc', 'X', 'XaXcX'],
    ['(\\w+)@(\\w+)', 'bob@example', '$2:$1', 'example:bob'],
    ['(\\w+)@(\\w+)', 'bob@example', '${2}x', 'examplex'],
    // $1x is the group named "1x", which does not exist: empty.
    ['(\\w+)@(\\w+)', 'bob@example', '$1x', ''],
    ['(?P<user>\\w+)@(?P<host>\\w+)', 'bob@example', '$host/${user}', 'example/bob'],
    ['(?P<user>\\w+)@', 'bob@', '$$user', '$user'],
    ['(a)', 'a', '$0-$1-$2', 'a-a-'],
    ['(a)', 'a', '$01', ''],
    ['(a)', 'a', '${1', '${1'],
    ['(a)', 'a', '$', '$'],
    ['(a)', 'a', '$-', '$-'],
    ['(a)', 'a', '${}', '${}'],
    ['passwd\\=[^\\s]*(\\s?)', 'cmd passwd=secret other', 'passwd=***$1', 'cmd passwd=***\x20other'],
    ['^kube_([0-9A-Za-z]+_)', 'kube_pod_status', 'k8s.$1.', 'k8s.pod_.status'],
    ['é', 'héhé', 'e', 'hehe'],
    ['.', '🎉a', '[$0]', '[🎉][a]'],
  ];
  it.each(cases)('%s on %j with %j', (pattern, input, template, expected) => {
    expect(compileRegex(pattern).replaceAll(input, template)).toBe(expected);
  });

  it('a template without $ is inserted literally (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string().filter((t) => !t.includes('$')), (s, t) => {
        const re = compileRegex('[0-9]+');
        const expected = s.replace(/[0-9]+/g, () => t);
        expect(re.replaceAll(s, t)).toBe(expected);
      }),
    );
  });

  it('expand with $$ round-trips any text without references (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const re = compileRegex('^');
        expect(re.expand(text.split('$').join('$$'), '', [0, 0])).toBe(text);
      }),
    );
  });
});
