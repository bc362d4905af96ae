import { describe, expect, it } from 'vitest';

import { ParseKeyValue } from '../../src/functions/parse_key_value.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, compile, m } from './call.js';

const cases: { name: string; input: string; d?: string; p?: string; want?: Value; error?: string }[] = [
  { name: 'simple (conformance)', input: 'name=ottl func=key_value', want: m({ name: 'ottl', func: 'key_value' }) },
  {
    name: 'large (conformance)',
    input:
      'name=ottl age=1 job="software engineering" location="grand rapids michigan" src="10.3.3.76" dst=172.217.0.10 protocol=udp sport=57112 port=443 translated_src_ip=96.63.176.3 translated_port=57112',
    want: m({
      name: 'ottl',
      age: '1',
      job: 'software engineering',
      location: 'grand rapids michigan',
      src: '10.3.3.76',
      dst: '172.217.0.10',
      protocol: 'udp',
      sport: '57112',
      port: '443',
      translated_src_ip: '96.63.176.3',
      translated_port: '57112',
    }),
  },
  { name: 'custom delimiters', input: 'k1:v1|k2:v2', d: ':', p: '|', want: m({ k1: 'v1', k2: 'v2' }) },
  { name: 'quoted values contain delimiters (conformance)', input: 'name="ottl="_func="=key_value"', d: '=', p: '_', want: m({ name: 'ottl=', func: '=key_value' }) },
  { name: 'more quotes (conformance)', input: "a=b c=d'='", want: m({ a: 'b', c: 'd=' }) },
  { name: 'double quotes inside single quotes', input: `a='"x y"'`, want: m({ a: '"x y"' }) },
  { name: 'leading and trailing pair delimiters are ignored', input: '  a=b   c=d  ', want: m({ a: 'b', c: 'd' }) },
  { name: 'multi-character pair delimiter', input: 'a=b||c=d', p: '||', want: m({ a: 'b', c: 'd' }) },
  { name: 'value keeps later delimiters', input: 'a=b=c', want: m({ a: 'b=c' }) },
  { name: 'keys and values are trimmed', input: 'a = b,c= d', p: ',', want: m({ a: 'b', c: 'd' }) },
  { name: 'repeated key: last value wins', input: 'a=1 a=2', want: m({ a: '2' }) },
  { name: 'unicode', input: 'ключ=значение 名=値', want: m({ 'ключ': 'значение', '名': '値' }) },
  { name: 'empty target', input: '', error: 'cannot parse from empty target' },
  { name: 'pair without delimiter', input: 'a=b c', error: 'failed to split pairs into key-values: cannot split "c" into 2 items, got 1 item(s)' },
  { name: 'unclosed quote', input: 'a="b c=d', error: 'never reached the end of a quoted value' },
];

describe('ParseKeyValue', () => {
  it.each(cases)('$name', ({ input, d, p, want, error }) => {
    const run = () => call(ParseKeyValue, { target: constant(input), delimiter: d, pair_delimiter: p });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toEqual(want);
  });
  it('rejects equal delimiters at compile time (conformance equal-delimiters-space)', () => {
    expect(() => compile(ParseKeyValue, { target: constant(''), delimiter: ' ' })).toThrow(
      'pair delimiter " " cannot be equal to delimiter " "',
    );
  });

  // Through the compiler, as the reference's Test_parseKeyValue_empty_delimiters: an explicit empty
  // delimiter is a parse-time error (it does not fall back to the default).
  it.each([
    ['ParseKeyValue("a=b c=d", "")', 'delimiter cannot be set to an empty string'],
    ['ParseKeyValue("a=b c=d", "=", "")', 'pair delimiter cannot be set to an empty string'],
    ['ParseKeyValue("a=b c=d", pair_delimiter="")', 'pair delimiter cannot be set to an empty string'],
  ])('statement set(attributes["kv"], %s) fails to compile', (call, error) => {
    expect(() => compileStatements([`set(log.attributes["kv"], ${call})`], { context: 'log' })).toThrow(error);
  });
  it('statement with named delimiters parses the body', () => {
    const log = newLogRecord();
    log.body = 'k1:v1|k2:v2';
    compileStatements(['set(log.attributes["kv"], ParseKeyValue(log.body, delimiter=":", pair_delimiter="|"))'], {
      context: 'log',
    }).execute(evalContext({ log }));
    expect(log.attributes.get('kv')).toEqual(m({ k1: 'v1', k2: 'v2' }));
  });
});
