import { describe, expect, it } from 'vitest';

import { ExtractGrokPatterns } from '../../src/functions/extract_grok_patterns.js';
import { stripGroupNames } from '../../src/functions/internal/grok-compile.js';
import { resetFunctionLimits, setFunctionLimits } from '../../src/functions/internal/limits.js';
import { run } from './conv-support.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, compile } from './call.js';

interface Case {
  name: string;
  target: string;
  pattern: string;
  namedOnly?: boolean;
  defs?: string[];
  /** Entries that must be present (the reference's rows check a subset). */
  want?: Record<string, Value>;
  exact?: boolean;
  error?: string;
}

const cases: Case[] = [
  { name: 'regex - extract patterns', target: 'a=b c=d', pattern: String.raw`^a=(?P<a>\w+)\s+c=(?P<c>\w+)$`, want: { a: 'b', c: 'd' }, exact: true },
  { name: 'regex - no pattern found', target: 'a=b c=d', pattern: String.raw`^a=(?P<a>\w+)$`, want: {}, exact: true },
  {
    name: 'grok - URI default pattern',
    target: 'http://user:password@example.com:80/path?query=string',
    pattern: '%{URI}',
    want: { URIPROTO: 'http', USER: 'user', URIHOST: 'example.com:80', IPORHOST: 'example.com', POSINT: '80', URIPATH: '/path', URIQUERY: 'query=string' },
  },
  {
    name: 'grok - URI AWS pattern with captures',
    target: 'http://user:password@example.com:80/path?query=string',
    pattern: '%{ELB_URI}',
    namedOnly: true,
    want: { 'url.scheme': 'http', 'url.username': 'user', 'url.domain': 'example.com', 'url.port': 80n, 'url.path': '/path', 'url.query': 'query=string' },
  },
  {
    name: 'grok - POSTGRES log sample',
    target: '2024-06-18 12:34:56 UTC johndoe 12345 67890',
    pattern:
      '%{DATESTAMP:timestamp} %{TZ:event.timezone} %{DATA:user.name} %{GREEDYDATA:postgresql.log.connection_id} %{POSINT:process.pid:int}',
    namedOnly: true,
    want: { timestamp: '24-06-18 12:34:56', 'event.timezone': 'UTC', 'user.name': 'johndoe', 'postgresql.log.connection_id': '12345', 'process.pid': 67890n },
  },
  {
    name: 'grok - custom patterns',
    target: '2024-06-18 12:34:56 otel',
    pattern: '%{MYPATTERN}',
    namedOnly: true,
    defs: ['MYPATTERN=%{MYDATEPATTERN:timestamp} otel', 'MYDATEPATTERN=%{DATE}[- ]%{TIME}'],
    want: { timestamp: '24-06-18 12:34:56' },
  },
  { name: 'typed float and bool', target: '1.5 true', pattern: '%{NUMBER:n:float} %{WORD:b:boolean}', namedOnly: true, want: { n: 1.5, b: true }, exact: true },
  { name: 'same name twice (Go allows it)', target: 'a b', pattern: '%{WORD:w} %{WORD:w}', namedOnly: true, want: { w: 'b' }, exact: true },
  { name: 'unicode text', target: '名前=値', pattern: '(?P<k>[^=]+)=(?P<v>.+)', want: { k: '名前', v: '値' }, exact: true },
  { name: 'empty target, no match', target: '', pattern: '%{WORD:w}', namedOnly: true, want: {}, exact: true },
  { name: 'bad regex', target: 'foobar', pattern: '(', error: 'is not a valid pattern' },
  { name: 'no named capture group allowed without named_captures_only', target: 'foobar', pattern: '(.*)', want: {}, exact: true },
  { name: 'no named capture group with named_captures_only', target: 'foobar', pattern: '%{WORD}', namedOnly: true, error: 'at least 1 named capture group' },
  { name: 'unknown pattern name', target: 'x', pattern: '%{NOPE}', error: 'pattern definition "NOPE" unknown' },
  { name: 'failed int conversion', target: 'abc', pattern: '%{WORD:n:int}', error: 'strconv.Atoi: parsing "abc": invalid syntax' },
];

describe('ExtractGrokPatterns', () => {
  it.each(cases)('$name', ({ target, pattern, namedOnly, defs, want, exact, error }) => {
    const run = () =>
      call(ExtractGrokPatterns, {
        target: constant(target),
        pattern: constant(pattern),
        named_captures_only: namedOnly,
        pattern_definitions: defs,
      });
    if (error !== undefined) {
      expect(run).toThrow(error);
      return;
    }
    const got = run() as Map<string, Value>;
    for (const [k, v] of Object.entries(want ?? {})) expect(got.get(k), k).toEqual(v);
    if (exact) expect(got.size).toBe(Object.keys(want ?? {}).length);
  });

  it('rejects a definition name containing ":" at compile time', () => {
    expect(() =>
      compile(ExtractGrokPatterns, { target: constant('x'), pattern: constant('%{URI}'), pattern_definitions: ['PAT:TERN=invalid'] }),
    ).toThrow(`pattern ID "PAT:TERN" should not contain ':'`);
  });

  it('rejects a definition without "=" at compile time', () => {
    expect(() =>
      compile(ExtractGrokPatterns, { target: constant('x'), pattern: constant('%{URI}'), pattern_definitions: ['THIS_IS_A_VERY_LONG_PATTERN'] }),
    ).toThrow('pattern "THIS_IS_A_VERY_LO..." supplied to ExtractGrokPatterns at index 0 has incorrect format');
  });

  it('every built-in pattern compiles with RE2', () => {
    const names = ['SYSLOGLINE', 'ELB_ACCESS_LOG', 'CISCO_TAGGED_SYSLOG'];
    for (const n of names) {
      expect(() => call(ExtractGrokPatterns, { target: constant(''), pattern: constant(`%{${n}}`) }), n).not.toThrow();
    }
  });

  it('parses a common Apache log line', () => {
    const line = '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326';
    const got = call(ExtractGrokPatterns, { target: constant(line), pattern: constant('%{COMMONAPACHELOG}'), named_captures_only: true }) as Map<
      string,
      Value
    >;
    expect(got.get('http.response.status_code')).toBe(200n);
    expect(got.get('url.original')).toBe('/apache_pb.gif');
  });
});

describe('stripGroupNames', () => {
  it.each([
    ['(?P<a>x)(y)', '(x)(y)', ['', 'a', '']],
    ['(?<a>x)(?:y)', '(x)(?:y)', ['', 'a']],
    [String.raw`\((?P<a>[(]x)`, String.raw`\(([(]x)`, ['', 'a']],
    ['[[:alpha:]()](?P<b>z)', '[[:alpha:]()](z)', ['', 'b']],
    [String.raw`\Q(?P<x>\E(?P<y>.)`, String.raw`\Q(?P<x>\E(.)`, ['', 'y']],
  ])('%s', (input, source, names) => {
    expect(stripGroupNames(input)).toEqual({ source, names });
  });
});

describe('ExtractGrokPatterns expansion bound (issue 14 item 6)', () => {
  // P1=%{P0}%{P0} … P20: the expansion doubles at every level (2^20 copies of P0).
  const doubling = ['P0=a', ...Array.from({ length: 20 }, (_, i) => `P${i + 1}=%{P${i}}%{P${i}}`)];

  it('P20 fails fast with a clear error instead of expanding to megabytes', () => {
    const started = Date.now();
    expect(() => run(ExtractGrokPatterns, ['aaaa', '%{P20}', false, doubling])).toThrow(
      /is not a valid pattern: the expanded pattern would exceed 262144 characters \(maxGrokExpansionLength\)/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a nesting under the limits still works (P6: 64 copies, 127 groups)', () => {
    const out = run(ExtractGrokPatterns, ['a'.repeat(64), '%{P6:x}', false, doubling]) as Map<string, unknown>;
    expect(out.get('x')).toBe('a'.repeat(64));
  });

  it('P9 (1,023 capture groups) is refused before matching, which would take seconds', () => {
    expect(() => run(ExtractGrokPatterns, ['a'.repeat(512), '%{P9}', false, doubling])).toThrow(
      'the expanded pattern has 1023 capture groups, over the limit of 512 (maxGrokCaptureGroups)',
    );
  });

  it('follows setFunctionLimits', () => {
    setFunctionLimits({ maxGrokExpansionLength: 100 });
    try {
      expect(() => run(ExtractGrokPatterns, ['a', '%{P10}', false, doubling])).toThrow('exceed 100 characters');
    } finally {
      resetFunctionLimits();
    }
  });
});
