import { describe, expect, it } from 'vitest';
import { ExtractPatterns } from '../../src/functions/extract_patterns.js';
import { ArgumentError } from '../../src/functions/signature.js';
import type { Value } from '../../src/core/values/types.js';
import { compileRegex } from '../../src/core/text/regex.js';
import { lit, map, newContext, str } from './text-helpers.js';

function runExtract(text: string, pattern: string): Map<string, Value> {
  return ExtractPatterns.create({ target: str(text), pattern: lit(pattern) }, { context: 'log' })(newContext()) as Map<string, Value>;
}

// Rows of the reference's Test_extractPatterns, the conformance rows, and edge cases.
const cases: { name: string; target: string; pattern: string; want: Map<string, Value> }[] = [
  { name: 'extract patterns', target: 'a=b c=d', pattern: '^a=(?P<a>\\w+)\\s+c=(?P<c>\\w+)$', want: map({ a: 'b', c: 'd' }) },
  { name: 'no pattern found', target: 'a=b c=d', pattern: '^a=(?P<a>\\w+)$', want: new Map() },
  { name: 'digits stay strings (conformance)', target: 'name=alice age=30', pattern: 'name=(?P<name>\\w+) age=(?P<age>\\d+)', want: map({ name: 'alice', age: '30' }) },
  { name: 'unnamed groups are skipped', target: 'k=v', pattern: '(\\w)=(?P<value>\\w)', want: map({ value: 'v' }) },
  { name: 'non-participating group is empty', target: 'x', pattern: '(?P<a>x)(?P<b>y)?', want: map({ a: 'x', b: '' }) },
  { name: '(?<name>) syntax', target: 'id=7', pattern: 'id=(?<id>\\d+)', want: map({ id: '7' }) },
  { name: 'first match only', target: 'a1 a2', pattern: 'a(?P<n>\\d)', want: map({ n: '1' }) },
  { name: 'unicode', target: 'user=jürgen', pattern: 'user=(?P<user>\\pL+)', want: map({ user: 'jürgen' }) },
  { name: 'empty target', target: '', pattern: '(?P<all>.*)', want: map({ all: '' }) },
  // An escape's argument is not a literal the text must contain (the prefilter once required "Greek" and "41BC").
  { name: 'a Unicode class by name', target: 'α5', pattern: '\\p{Greek}(?P<n>\\d+)', want: map({ n: '5' }) },
  { name: 'a hex escape', target: 'ABC1', pattern: '\\x41BC(?P<n>\\d)', want: map({ n: '1' }) },
  {
    name: 'syslog-like README example',
    target: 'Jan 15 10:11:12 host-1 sshd[42]: accepted',
    pattern: '^(?P<timestamp>\\w+ \\w+ [0-9]+:[0-9]+:[0-9]+) (?P<hostname>([A-Za-z0-9-_]+)) (?P<process>\\w+)(\\[(?P<pid>\\d+)\\])?: (?P<message>.*)$',
    want: map({ timestamp: 'Jan 15 10:11:12', hostname: 'host-1', process: 'sshd', pid: '42', message: 'accepted' }),
  },
];

describe('ExtractPatterns', () => {
  it.each(cases)('$name', ({ target, pattern, want }) => {
    const got = ExtractPatterns.create({ target: str(target), pattern: lit(pattern) }, { context: 'log' })(newContext());
    expect(got).toEqual(want);
    expect([...(got as Map<string, Value>).keys()]).toEqual([...want.keys()]);
  });

  it.each(['(.*)', '\\d+', '(?P<a>'])('rejects literal pattern %j at compile time', (pattern) => {
    expect(() => ExtractPatterns.create({ target: str('x'), pattern: lit(pattern) }, { context: 'log' })).toThrow(ArgumentError);
  });

  it('errors at run time for a dynamic pattern without named groups', () => {
    const fn = ExtractPatterns.create({ target: str('x'), pattern: () => '(x)' }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('at least 1 named capture group must be supplied in the given regex');
  });

  it.each([42n, null] as Value[])('errors on a non-string target %s (conformance)', (v) => {
    const fn = ExtractPatterns.create({ target: str(v), pattern: lit('(?P<line>.*)') }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected string but got');
  });
});

describe('ExtractPatterns with the literal prefilter', () => {
  const pattern = 'user=(?P<user>\\w+) action=(?P<action>\\w+)';
  it.each([
    ['matching text', 'ts=1 user=bob action=login ok'],
    ['a required literal missing (skipped by the prefilter)', 'ts=1 user=bob act=login'],
    ['all literals present but no match', 'action= user= '],
  ])('gives the same result as the plain regex search: %s', (_name, text) => {
    const re = compileRegex(pattern);
    const groups = re.findSubmatch(text);
    const want = new Map(groups === null ? [] : [['user', groups[1]], ['action', groups[2]]]);
    expect(Object.fromEntries(runExtract(text, pattern))).toEqual(Object.fromEntries(want));
  });
});
