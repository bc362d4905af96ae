import { describe, expect, it } from 'vitest';

import { ParseCSV } from '../../src/functions/parse_csv.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import { constant } from '../support/getters.js';
import { call, compile, m } from './call.js';

interface Case {
  name: string;
  target: string;
  header: string;
  delimiter?: string;
  headerDelimiter?: string;
  mode?: string;
  want?: Record<string, string>;
  error?: string;
}

const H3 = 'col1,col2,col3';
const cases: Case[] = [
  { name: 'comma separated values (conformance)', target: 'val1,val2,val3', header: H3, want: { col1: 'val1', col2: 'val2', col3: 'val3' } },
  { name: 'newline in first field', target: 'val1\nnewline,val2,val3', header: H3, want: { col1: 'val1\nnewline', col2: 'val2', col3: 'val3' } },
  { name: 'newline in middle field', target: 'val1,val2\nnewline,val3', header: H3, want: { col1: 'val1', col2: 'val2\nnewline', col3: 'val3' } },
  { name: 'newline in last field', target: 'val1,val2,val3\nnewline', header: H3, want: { col1: 'val1', col2: 'val2', col3: 'val3\nnewline' } },
  {
    name: 'newline in multiple fields',
    target: 'val1\nnewline1,val2\nnewline2,val3\nnewline3',
    header: H3,
    want: { col1: 'val1\nnewline1', col2: 'val2\nnewline2', col3: 'val3\nnewline3' },
  },
  { name: 'leading newline', target: '\nval1,val2,val3', header: H3, want: { col1: 'val1', col2: 'val2', col3: 'val3' } },
  { name: 'trailing newline', target: 'val1,val2,val3\n', header: H3, want: { col1: 'val1', col2: 'val2', col3: 'val3' } },
  { name: 'newline at end of field', target: 'val1\n,val2,val3', header: H3, want: { col1: 'val1\n', col2: 'val2', col3: 'val3' } },
  { name: 'CRLF is a newline', target: 'val1\r\nnewline,val2,val3', header: H3, want: { col1: 'val1\nnewline', col2: 'val2', col3: 'val3' } },
  { name: 'explicit strict mode', target: 'val1,val2,val3', header: H3, mode: 'strict', want: { col1: 'val1', col2: 'val2', col3: 'val3' } },
  { name: 'tab separated values', target: 'val1\tval2\tval3', header: 'col1\tcol2\tcol3', delimiter: '\t', want: { col1: 'val1', col2: 'val2', col3: 'val3' } },
  {
    name: 'header delimiter differs from row delimiter',
    target: 'val1\tval2\tval3',
    header: 'col1 col2 col3',
    delimiter: '\t',
    headerDelimiter: ' ',
    want: { col1: 'val1', col2: 'val2', col3: 'val3' },
  },
  { name: 'quoted field with delimiter and doubled quote', target: 'a,"b,""c""",d', header: H3, want: { col1: 'a', col2: 'b,"c"', col3: 'd' } },
  { name: 'quoted field with newline', target: '"a\nb",c,d', header: H3, want: { col1: 'a\nb', col2: 'c', col3: 'd' } },
  { name: 'empty fields', target: ',,', header: H3, want: { col1: '', col2: '', col3: '' } },
  { name: 'unicode delimiter', target: 'a│b│c', header: 'x│y│z', delimiter: '│', want: { x: 'a', y: 'b', z: 'c' } },
  { name: 'column mismatch', target: 'val1,val2,val3', header: 'col1,col2', error: 'wrong number of fields: expected 2, found 3' },
  { name: 'empty header (strict)', target: 'val1', header: '', error: 'headers must not be an empty string' },
  { name: 'empty row', target: '', header: H3, error: 'no csv lines found' },
  { name: 'bare quote in strict mode (conformance)', target: 'val1,val2,v"al3', header: H3, error: 'wrong number of fields: expected 3, found 2' },
  { name: 'bare quote in the first field', target: 'v"al1,val2', header: 'a,b', error: 'read csv line: bare " in non-quoted-field' },
  { name: 'extraneous quote in strict mode', target: '"a"b,c', header: 'a,b', error: `extraneous or missing " in quoted-field` },
  { name: 'lazyQuotes with quote in row', target: 'val1,val2,v"al3', header: H3, mode: 'lazyQuotes', want: { col1: 'val1', col2: 'val2', col3: 'v"al3' } },
  {
    name: 'lazyQuotes invalid csv (conformance)',
    target: 'val1,"val2,"val3,val4"',
    header: 'col1,col2,col3,col4',
    mode: 'lazyQuotes',
    error: 'wrong number of fields: expected 4, found 2',
  },
  {
    name: 'ignoreQuotes keeps quotes',
    target: 'val1,"val2,"val3,val4"',
    header: 'col1,col2,col3,col4',
    mode: 'ignoreQuotes',
    want: { col1: 'val1', col2: '"val2', col3: '"val3', col4: 'val4"' },
  },
  { name: 'empty header (ignoreQuotes)', target: 'val1', header: '', mode: 'ignoreQuotes', error: 'headers must not be an empty string' },
];

describe('ParseCSV', () => {
  it.each(cases)('$name', ({ target, header, delimiter, headerDelimiter, mode, want, error }) => {
    const run = () =>
      call(ParseCSV, { target: constant(target), header: constant(header), delimiter, header_delimiter: headerDelimiter, mode });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toEqual(m(want ?? {}));
  });
  it.each([
    [{ delimiter: 'bad_delim' }, 'invalid arguments: delimiter must be a single character'],
    [{ header_delimiter: 'bad_delim' }, 'invalid arguments: header_delimiter must be a single character'],
    [{ mode: 'fake-mode' }, 'unknown mode: fake-mode'],
  ])('rejects %o at compile time', (args, message) => {
    expect(() => compile(ParseCSV, { target: constant(''), header: constant(''), ...args })).toThrow(message);
  });
  // Through the compiler: argument failures carry the reference's `get target:` / `get header:` prefix.
  it.each([
    ['ParseCSV(log.attributes["nope"], "a,b")', 'get target: expected string but got nil'],
    ['ParseCSV("1,2", log.attributes["n"])', 'get header: expected string but got int64'],
  ])('statement with %s fails at run time', (call, error) => {
    const log = newLogRecord();
    log.attributes.set('n', 1n);
    const rules = compileStatements([`set(log.attributes["csv"], ${call})`], { context: 'log' });
    expect(() => rules.execute(evalContext({ log }))).toThrow(error);
  });
  it('statement parses a body with a header from an attribute', () => {
    const log = newLogRecord();
    log.body = '1;2';
    log.attributes.set('h', 'a;b');
    compileStatements(['set(log.attributes["csv"], ParseCSV(log.body, log.attributes["h"], delimiter=";"))'], {
      context: 'log',
    }).execute(evalContext({ log }));
    expect(log.attributes.get('csv')).toEqual(m({ a: '1', b: '2' }));
  });
});
