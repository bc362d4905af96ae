import { describe, expect, it } from 'vitest';
import { resetFunctionLimits, setFunctionLimits } from '../../src/functions/internal/limits.js';
import { replace_pattern } from '../../src/functions/replace_pattern.js';
import { ArgumentError } from '../../src/functions/signature.js';
import type { FunctionRef, GetSetter } from '../../src/core/getters.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import type { Value } from '../../src/core/values/types.js';
import { box, constant } from '../support/getters.js';
import { lit, newContext, sha256, sha256Ref, str } from './text-helpers.js';

const CMD = 'application passwd=sensitivedtata otherarg=notsensitive key1 key2';

/** A converter like the reference test's `hash(x)`. */
const hashRef: FunctionRef = { name: 'Test', call: (_ctx, [v]) => `hash(${String(v)})` };

interface Case {
  name: string;
  input?: Value;
  pattern: string;
  replacement: string;
  fn?: FunctionRef;
  format?: string;
  want: Value;
}

// Rows of the reference's Test_replacePattern, plus edge cases.
const cases: Case[] = [
  { name: 'with hash function and format', pattern: 'passwd\\=([^\\s]*)\\s?', replacement: '$1', fn: hashRef, format: 'passwd=%s', want: 'application passwd=hash(sensitivedtata)otherarg=notsensitive key1 key2' },
  { name: 'static text through function', pattern: 'passwd\\=([^\\s]*)', replacement: 'passwd', fn: hashRef, want: 'application hash(passwd) otherarg=notsensitive key1 key2' },
  { name: 'no capture group, $1 and function', pattern: 'passwd\\=[^\\s]*\\s?', replacement: '$1', fn: hashRef, want: 'application hash()otherarg=notsensitive key1 key2' },
  { name: 'no capture group, $1, no function', pattern: 'passwd\\=[^\\s]*\\s?', replacement: '$1', want: 'application otherarg=notsensitive key1 key2' },
  { name: 'function with suffix format', pattern: 'passwd\\=[^\\s]*', replacement: 'passwd=***', fn: hashRef, format: '%s (passwd)', want: 'application hash(passwd=***) (passwd) otherarg=notsensitive key1 key2' },
  { name: 'plain replacement', pattern: 'passwd\\=[^\\s]*(\\s?)', replacement: 'passwd=*** ', want: 'application passwd=*** otherarg=notsensitive key1 key2' },
  { name: 'no match', pattern: 'nomatch\\=[^\\s]*(\\s?)', replacement: 'shouldnotbeinoutput', want: CMD },
  { name: 'multiple matches', pattern: 'key[^\\s]*(\\s?)', replacement: '**** ', want: 'application passwd=sensitivedtata otherarg=notsensitive **** **** ' },
  { name: 'expand capturing groups', pattern: '(\\w+)=(\\w+)', replacement: '$1:$2', want: 'application passwd:sensitivedtata otherarg:notsensitive key1 key2' },
  { name: 'literal $ via $$', pattern: 'passwd\\=[^\\s]*(\\s?)', replacement: 'passwd=$$$$$$ ', want: 'application passwd=$$$ otherarg=notsensitive key1 key2' },
  // Since PR #48526 (issue #48437) a function's result takes each match's place, and only its place.
  // Row of Test_replacePattern_function_replaces_at_match_position (the input).
  { name: 'Test_replacePattern_function_replaces_at_match_position: 42 and 423 hashed separately', input: 'user_id=42 parent_user_id=423', pattern: '\\d+', replacement: '$0', fn: hashRef, want: 'user_id=hash(42) parent_user_id=hash(423)' },
  { name: 'issue #48437: two groups of one match hashed as the expansion, each match at its place', input: 'user_id=A parent_user_id=B', pattern: '(\\w+)_id=(\\w+)', replacement: '$2', fn: hashRef, want: 'hash(A) hash(B)' },
  { name: 'issue #48437: adjacent matches with the same text are replaced once each', input: 'aa', pattern: 'a', replacement: '$0', fn: hashRef, want: 'hash(a)hash(a)' },
  { name: 'function keeps prefix and suffix', input: 'abc', pattern: 'b', replacement: '$0', fn: hashRef, want: 'ahash(b)c' },
  { name: 'issue #48437: a match text that also occurs outside a match stays there', input: 'x=1 y1', pattern: '=\\d', replacement: '$0', fn: hashRef, want: 'xhash(=1) y1' },
  { name: 'function with distinct matches', input: 'k1=v k2=w', pattern: 'k\\d', replacement: '$0', fn: hashRef, want: 'hash(k1)=v hash(k2)=w' },
  // Conformance rows (SHA256 instead of the test-only hash).
  { name: 'SHA256 with format', pattern: 'passwd\\=([^\\s]*)\\s?', replacement: '$1', fn: sha256Ref, format: 'passwd=%s', want: `application passwd=${sha256('sensitivedtata')}otherarg=notsensitive key1 key2` },
  { name: 'SHA256 of static text', pattern: 'passwd\\=([^\\s]*)', replacement: 'passwd', fn: sha256Ref, want: `application ${sha256('passwd')} otherarg=notsensitive key1 key2` },
  // Edge cases.
  { name: 'named groups', input: 'bob@example', pattern: '(?P<user>\\w+)@(?P<host>\\w+)', replacement: '${host}/$user', want: 'example/bob' },
  { name: '$1a is a (missing) named group', input: 'ab', pattern: '(a)', replacement: '$1x', want: 'b' },
  { name: 'empty matches between characters', input: 'abc', pattern: 'x*', replacement: '-', want: '-a-b-c-' },
  { name: 'unicode', input: 'naïve café', pattern: '\\pL+', replacement: '<$0>', want: '<naïve> <café>' },
  { name: 'empty string target', input: '', pattern: '^$', replacement: 'empty', want: 'empty' },
  { name: 'inline flags', input: 'Hello HELLO hello', pattern: '(?i)hello', replacement: 'x', want: 'x x x' },
  { name: 'huge input', input: 'ab'.repeat(20_000), pattern: 'b', replacement: '', want: 'a'.repeat(20_000) },
];

describe('replace_pattern', () => {
  it.each(cases)('$name', ({ input, pattern, replacement, fn, format, want }) => {
    const target = box(input === undefined ? CMD : input);
    replace_pattern.create(
      {
        target,
        regex_pattern: lit(pattern),
        replacement: constant(replacement),
        function: fn,
        replacement_format: format === undefined ? undefined : constant(format),
      },
      { context: 'log' },
    )(newContext());
    expect(target.value).toBe(want);
  });

  it.each([1n, null, true, new Map()])('leaves a non-string target (%s) alone', (v) => {
    let sets = 0;
    const target: GetSetter = { get: () => v, set: () => void sets++ };
    replace_pattern.create({ target, regex_pattern: lit('.*'), replacement: constant('x'), function: undefined, replacement_format: undefined }, { context: 'log' })(newContext());
    expect(sets).toBe(0);
  });

  it('reports an invalid literal regex at compile time', () => {
    const create = () =>
      replace_pattern.create({ target: box('x'), regex_pattern: lit('(?=a)'), replacement: constant('x'), function: undefined, replacement_format: undefined }, { context: 'log' });
    expect(create).toThrow(ArgumentError);
    expect(create).toThrow('error parsing regexp');
  });

  it('compiles a dynamic pattern per record and reports an invalid one at run time', () => {
    const target = box('abc');
    let pattern = 'b';
    const fn = replace_pattern.create({ target, regex_pattern: () => pattern, replacement: constant('X'), function: undefined, replacement_format: undefined }, { context: 'log' });
    fn(newContext());
    expect(target.value).toBe('aXc');
    pattern = 'c';
    fn(newContext());
    expect(target.value).toBe('aXX');
    pattern = '*';
    expect(() => fn(newContext())).toThrow('error parsing regexp');
  });

  it.each([
    ['passwd=', 'no %s'],
    ['%s and %d', 'other verb'],
    ['100%% %s', '%% is refused'],
    ['line\n%s', '. does not cross newlines'],
  ])('rejects replacement format %j (%s)', (format) => {
    const fn = replace_pattern.create({ target: box(CMD), regex_pattern: lit('passwd\\=[^\\s]*'), replacement: constant('x'), function: sha256Ref, replacement_format: constant(format) }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('replacementFormat must be format string containing a single %s');
  });

  it('errors when the converter does not return a string', () => {
    const fn = replace_pattern.create({ target: box(CMD), regex_pattern: lit('passwd'), replacement: constant('x'), function: { name: 'Len', call: () => 3n }, replacement_format: undefined }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('the replacement value must be a string');
  });

  it('propagates a replacement getter error', () => {
    const fn = replace_pattern.create({ target: box('abc'), regex_pattern: lit('b'), replacement: str(null), function: undefined, replacement_format: undefined }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected string but got nil');
  });

  it('statement with SHA256: each match hashed at its own position (issue #48437 expected result)', () => {
    const log = newLogRecord();
    log.attributes.set('ids', 'user_id=42 parent_user_id=423');
    compileStatements(['replace_pattern(log.attributes["ids"], "\\\\d+", "$0", SHA256, "<%s>")'], {
      context: 'log',
    }).execute(evalContext({ log }));
    expect(log.attributes.get('ids')).toBe(`user_id=<${sha256('42')}> parent_user_id=<${sha256('423')}>`);
  });

  it('stops a result over the output limit with an error (issue 14 item 6)', () => {
    setFunctionLimits({ maxStringLength: 1000 });
    try {
      const fn = replace_pattern.create({ target: box('a'.repeat(40)), regex_pattern: lit('a'), replacement: constant('$0'.repeat(30)), function: undefined, replacement_format: undefined }, { context: 'log' });
      expect(() => fn(newContext())).toThrow('replace_pattern: the result would exceed the output limit of 1000 characters (maxStringLength)');
      const withFn = replace_pattern.create({ target: box('a'.repeat(40)), regex_pattern: lit('a'), replacement: constant('$0'.repeat(30)), function: hashRef, replacement_format: undefined }, { context: 'log' });
      expect(() => withFn(newContext())).toThrow('output limit of 1000 characters');
    } finally {
      resetFunctionLimits();
    }
  });

  it('a $1 x 5,000 template over 50k matches ends with the limit error, not out of memory (issue 14 item 6)', () => {
    // A smaller limit keeps the suite fast; with the default (64 Mi) it ends the same way in ~7 s.
    setFunctionLimits({ maxStringLength: 1_000_000 });
    try {
      const target = box('ab '.repeat(50_000));
      const fn = replace_pattern.create({ target, regex_pattern: lit('(ab)'), replacement: constant('$1'.repeat(5000)), function: undefined, replacement_format: undefined }, { context: 'log' });
      expect(() => fn(newContext())).toThrow('output limit of 1000000 characters');
      expect(target.value).toBe('ab '.repeat(50_000));
    } finally {
      resetFunctionLimits();
    }
  });
});
