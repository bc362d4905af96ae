import { describe, expect, it } from 'vitest';

import { ParseJSON } from '../../src/functions/parse_json.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { MAX_VALUE_DEPTH } from '../../src/core/values/limits.js';
import { call, m } from './call.js';

const cases: { name: string; input: string; want?: Value; error?: string }[] = [
  { name: 'handle string', input: '{"test":"string value"}', want: m({ test: 'string value' }) },
  { name: 'handle bool', input: '{"test":true}', want: m({ test: true }) },
  { name: 'handle int as double', input: '{"test":1}', want: m({ test: 1 }) },
  { name: 'handle float', input: '{"test":1.1}', want: m({ test: 1.1 }) },
  { name: 'handle nil', input: '{"test":null}', want: m({ test: null }) },
  { name: 'handle array', input: '{"test":["string","value"]}', want: m({ test: ['string', 'value'] }) },
  { name: 'handle top level array', input: '["string","value"]', want: ['string', 'value'] },
  {
    name: 'handle top level array of objects (conformance)',
    input: '[{"test":"value"},{"test":"value"}]',
    want: [m({ test: 'value' }), m({ test: 'value' })],
  },
  { name: 'handle nested object', input: '{"test":{"nested":"true"}}', want: m({ test: m({ nested: 'true' }) }) },
  {
    name: 'complex',
    input: '{"test1":{"nested":"true"},"test2":"string","test3":1,"test4":1.1,"test5":[[1], [2, 3],[]],"test6":null}',
    want: m({ test1: m({ nested: 'true' }), test2: 'string', test3: 1, test4: 1.1, test5: [[1], [2, 3], []], test6: null }),
  },
  { name: 'integer-like keys keep document order', input: '{"2":1,"1":2}', want: new Map<string, Value>([['2', 1], ['1', 2]]) },
  { name: '__proto__ is data', input: '{"__proto__":{"x":1}}', want: new Map<string, Value>([['__proto__', m({ x: 1 })]]) },
  { name: 'escapes and unicode', input: '{"s":"a\\"b\\u00e9\\ud83d\\ude00\\n","ü":"ß"}', want: m({ s: 'a"bé😀\n', ü: 'ß' }) },
  { name: 'big numbers lose precision like float64', input: '{"n":9007199254740993}', want: m({ n: 9007199254740992 }) },
  { name: 'exponent', input: '{"n":-1.5e3}', want: m({ n: -1500 }) },
  { name: 'duplicate key: last value, first position', input: '{"a":1,"b":2,"a":3}', want: m({ a: 3, b: 2 }) },
  { name: 'empty object', input: '{}', want: new Map() },
  { name: 'whitespace around', input: ' \n{"a" : [ ] }\t', want: m({ a: [] }) },
  { name: 'top-level string is an error', input: '"x"', error: 'could not convert parsed value of type string to JSON object' },
  { name: 'top-level number is an error', input: '1', error: 'type float64 to JSON object' },
  { name: 'top-level null is an error', input: 'null', error: 'could not convert parsed value of type <nil> to JSON object' },
  { name: 'empty string is an error', input: '', error: 'unexpected end of input' },
  { name: 'unterminated object', input: '{"a":1', error: 'ParseJSON' },
  { name: 'bad escape', input: '{"a":"\\x"}', error: 'invalid escape' },
];

describe('ParseJSON', () => {
  it.each(cases)('$name', ({ input, want, error }) => {
    const run = () => call(ParseJSON, { target: constant(input) });
    if (error !== undefined) expect(run).toThrow(error);
    else {
      const got = run();
      expect(got).toEqual(want);
      if (got instanceof Map) expect([...got.keys()]).toEqual([...(want as Map<string, Value>).keys()]);
    }
  });
  it('parses an array nested to exactly MAX_VALUE_DEPTH', () => {
    const depth = MAX_VALUE_DEPTH;
    const got = call(ParseJSON, { target: constant('['.repeat(depth) + ']'.repeat(depth)) });
    expect(Array.isArray(got)).toBe(true);
  });
  it('rejects nesting deeper than MAX_VALUE_DEPTH (the engine-wide bound, below Go encoding/json\'s 10000)', () => {
    const depth = MAX_VALUE_DEPTH + 1;
    expect(() => call(ParseJSON, { target: constant('['.repeat(depth) + ']'.repeat(depth)) })).toThrow('max depth');
  });
});
