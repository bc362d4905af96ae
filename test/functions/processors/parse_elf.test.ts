import { describe, expect, it } from 'vitest';
import { parseELF } from '../../../src/functions/processors/parse_elf.js';
import { EvalContext } from '../../../src/core/eval-context.js';
import type { Value } from '../../../src/core/values/types.js';

function parse(input: string): Value {
  return parseELF.create({ target: () => input }, { context: 'log' })(new EvalContext());
}

/** Builds the expected map: directives (without the `elf.` prefix), fields, and entries. */
function elf(directives: Record<string, string>, fields: string[], entries: Record<string, string>[]): Map<string, Value> {
  const m = new Map<string, Value>([['elf.entries', entries.map((e) => new Map(Object.entries(e).map(([k, v]) => [`elf.${k}`, v])))]]);
  for (const [k, v] of Object.entries(directives)) m.set(`elf.${k}`, v);
  m.set('elf.fields', fields);
  return m;
}

describe('ParseELF', () => {
  const cases: { name: string; input: string; want: Map<string, Value> }[] = [
    {
      name: 'basic W3C ELF block',
      input: '#Version: 1.0\n#Date: 12-Jan-1996 00:00:00\n#Fields: time cs-method cs-uri\n00:34:23 GET /foo/bar.html\n12:21:16 GET /baz/index.html',
      want: elf({ version: '1.0', date: '12-Jan-1996 00:00:00' }, ['time', 'cs-method', 'cs-uri'], [
        { time: '00:34:23', 'cs-method': 'GET', 'cs-uri': '/foo/bar.html' },
        { time: '12:21:16', 'cs-method': 'GET', 'cs-uri': '/baz/index.html' },
      ]),
    },
    {
      name: 'IIS log with all header directives',
      input:
        '#Software: Microsoft Internet Information Services 6.0\n#Version: 1.0\n#Date: 2002-05-24 20:18:01\n#Fields: date time c-ip cs-username s-ip cs-method cs-uri-stem cs-uri-query sc-status\n2002-05-24 20:18:01 172.224.24.114 - 206.73.118.24 GET /Default.htm - 200',
      want: elf(
        { software: 'Microsoft Internet Information Services 6.0', version: '1.0', date: '2002-05-24 20:18:01' },
        ['date', 'time', 'c-ip', 'cs-username', 's-ip', 'cs-method', 'cs-uri-stem', 'cs-uri-query', 'sc-status'],
        [{ date: '2002-05-24', time: '20:18:01', 'c-ip': '172.224.24.114', 'cs-username': '-', 's-ip': '206.73.118.24', 'cs-method': 'GET', 'cs-uri-stem': '/Default.htm', 'cs-uri-query': '-', 'sc-status': '200' }],
      ),
    },
    { name: 'missing values filled with dash', input: '#Version: 1.0\n#Fields: a b c d\nval1 val2', want: elf({ version: '1.0' }, ['a', 'b', 'c', 'd'], [{ a: 'val1', b: 'val2', c: '-', d: '-' }]) },
    {
      name: 'quoted values',
      input: '#Version: 1.0\n#Fields: cs-method cs-uri cs(User-Agent)\nGET /page.html "Mozilla/5.0 (Windows NT 10.0)"',
      want: elf({ version: '1.0' }, ['cs-method', 'cs-uri', 'cs(User-Agent)'], [{ 'cs-method': 'GET', 'cs-uri': '/page.html', 'cs(User-Agent)': 'Mozilla/5.0 (Windows NT 10.0)' }]),
    },
    { name: 'doubled quote inside a quoted value', input: '#Version: 1.0\n#Fields: a b\nx "He said ""hi"" today"', want: elf({ version: '1.0' }, ['a', 'b'], [{ a: 'x', b: 'He said "hi" today' }]) },
    {
      name: 'multiple #Fields directives',
      input: '#Version: 1.0\n#Fields: time cs-method\n10:00:00 GET\n#Fields: time sc-status\n10:01:00 200',
      want: elf({ version: '1.0' }, ['time', 'sc-status'], [{ time: '10:00:00', 'cs-method': 'GET' }, { time: '10:01:00', 'sc-status': '200' }]),
    },
    {
      name: 'start and end dates',
      input: '#Version: 1.0\n#Start-Date: 2024-01-01 00:00:00\n#End-Date: 2024-01-01 23:59:59\n#Fields: time\n12:00:00',
      want: elf({ version: '1.0', start_date: '2024-01-01 00:00:00', end_date: '2024-01-01 23:59:59' }, ['time'], [{ time: '12:00:00' }]),
    },
    { name: 'remark', input: '#Version: 1.0\n#Remark: test log file\n#Fields: time\n00:00:01', want: elf({ version: '1.0', remark: 'test log file' }, ['time'], [{ time: '00:00:01' }]) },
    { name: 'blank lines and CRLF', input: '#Version: 1.0\r\n\r\n#Fields: time\r\n00:00:01\r\n', want: elf({ version: '1.0' }, ['time'], [{ time: '00:00:01' }]) },
    { name: 'bare CR line endings', input: '#Version: 1.0\r#Fields: time\r00:00:01', want: elf({ version: '1.0' }, ['time'], [{ time: '00:00:01' }]) },
    { name: 'only directives', input: '#Version: 1.0\n#Fields: time cs-method', want: elf({ version: '1.0' }, ['time', 'cs-method'], []) },
    { name: 'tab-separated data', input: '#Version: 1.0\n#Fields: time cs-method cs-uri\n00:34:23\tGET\t/foo/bar.html', want: elf({ version: '1.0' }, ['time', 'cs-method', 'cs-uri'], [{ time: '00:34:23', 'cs-method': 'GET', 'cs-uri': '/foo/bar.html' }]) },
    { name: 'last #Version wins', input: '#Version: 1.0\n#Version: 1.1\n#Fields: time\n12:00:00', want: elf({ version: '1.1' }, ['time'], [{ time: '12:00:00' }]) },
    { name: 'extra values are dropped', input: '#Version: 1.0\n#Fields: a b\nval1 val2 val3 val4', want: elf({ version: '1.0' }, ['a', 'b'], [{ a: 'val1', b: 'val2' }]) },
    { name: 'case-insensitive directives; other directives skipped', input: '#VERSION: 1.0\n#Remark\n#fields: a\nx', want: elf({ version: '1.0' }, ['a'], [{ a: 'x' }]) },
    { name: 'colon inside a directive value', input: '#Version: 1.0\n#Software: IIS/6.0: Logging\n#Fields: a\nx', want: elf({ version: '1.0', software: 'IIS/6.0: Logging' }, ['a'], [{ a: 'x' }]) },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(parse(input)).toEqual(want);
  });

  it.each([
    ['empty input', '', 'cannot parse empty ELF message'],
    ['missing #Version', '#Fields: time\n00:00:01', 'invalid ELF: missing #Version directive'],
    ['data before #Fields', '#Version: 1.0\n00:00:01 GET /foo', 'invalid ELF: data entry found before #Fields directive'],
    ['unterminated quote', '#Version: 1.0\n#Fields: method uri\nGET "/unterminated', 'invalid ELF: unterminated quoted value in data line'],
    ['malformed #Fields', '#Version: 1.0\n#Fields\n00:00:01', 'invalid ELF: malformed #Fields directive "#Fields"'],
  ])('error: %s', (_name, input, message) => {
    expect(() => parse(input)).toThrow(message);
  });
});
