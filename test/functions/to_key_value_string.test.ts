import { describe, expect, it } from 'vitest';

import { ToKeyValueString } from '../../src/functions/to_key_value_string.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, compile, m } from './call.js';

const cases: { name: string; target: Map<string, Value>; d?: string; p?: string; sort?: boolean; want: string }[] = [
  { name: 'default delimiters, no nesting', target: m({ key1: 'value1', key2: 'value2' }), sort: true, want: 'key1=value1 key2=value2' },
  { name: 'custom delimiter (conformance)', target: m({ key1: 'value1', key2: 'value2' }), d: ':', p: ' ', sort: true, want: 'key1:value1 key2:value2' },
  { name: 'custom pair delimiter', target: m({ key1: 'value1', key2: 'value2' }), p: '!', sort: true, want: 'key1=value1!key2=value2' },
  { name: 'map order without sorting', target: m({ b: '1', a: '2' }), want: 'b=1 a=2' },
  {
    name: 'delimiters present in keys and values (conformance)',
    target: m({ 'key 1': 'value 1', 'key2=': 'value2=' }),
    sort: true,
    want: '"key 1"="value 1" "key2="="value2="',
  },
  {
    name: 'delimiters and quotes in keys and values (conformance)',
    target: m({ 'key 1': 'value 1', 'key2"=': 'value2"=', 'key"3': 'value"3' }),
    sort: true,
    want: '"key 1"="value 1" key\\"3=value\\"3 "key2\\"="="value2\\"="',
  },
  { name: 'long delimiters', target: m({ key1: 'value1', 'key2,,,': 'value2,,,,,,' }), d: '=', p: ',,,', sort: true, want: 'key1=value1,,,"key2,,,"="value2,,,,,,"' },
  {
    name: 'nested values render as JSON with sorted keys, quotes escaped',
    target: m({ key1: 'value1', key2: m({ key4: m({ key6: ['value6a', 'value6b'], key5: 'value5' }), key3: 'value3' }), key7: ['value7', ['value8a', m({ key8b: 'value8b' })]] }),
    sort: true,
    want:
      'key1=value1 key2={\\"key3\\":\\"value3\\",\\"key4\\":{\\"key5\\":\\"value5\\",\\"key6\\":[\\"value6a\\",\\"value6b\\"]}} ' +
      'key7=[\\"value7\\",[\\"value8a\\",{\\"key8b\\":\\"value8b\\"}]]',
  },
  { name: 'numbers, bools, nil, bytes (base64 holds "=", so it is quoted)', target: m({ a: 1n, b: 1.5, c: true, d: null, e: new Uint8Array([1, 2]) }), want: 'a=1 b=1.5 c=true d= e="AQI="' },
  { name: 'empty map', target: new Map(), want: '' },
  { name: 'unicode sorted by bytes', target: m({ é: '1', z: '2', a: '3' }), sort: true, want: 'a=3 z=2 é=1' },
];

describe('ToKeyValueString', () => {
  it.each(cases)('$name', ({ target, d, p, sort, want }) => {
    expect(call(ToKeyValueString, { target: constant(target), delimiter: d, pair_delimiter: p, sort_output: sort })).toBe(want);
  });
  it.each([
    [{ delimiter: '' }, 'delimiter cannot be set to an empty string'],
    [{ pair_delimiter: '' }, 'pair delimiter cannot be set to an empty string'],
    [{ delimiter: ' ' }, 'pair delimiter " " cannot be equal to delimiter " "'],
  ])('rejects %o at compile time', (args, message) => {
    expect(() => compile(ToKeyValueString, { target: constant(new Map()), ...args })).toThrow(message);
  });
});
