import { describe, expect, it } from 'vitest';
import { replace_all_patterns } from '../../src/functions/replace_all_patterns.js';
import { ArgumentError } from '../../src/functions/signature.js';
import type { FunctionRef } from '../../src/core/getters.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { lit, map, mapBox, newContext, sha256, sha256Ref } from './text-helpers.js';

const hashRef: FunctionRef = { name: 'Test', call: (_ctx, [v]) => `hash(${String(v)})` };
const failOnB: FunctionRef = {
  name: 'Fail',
  call: (_ctx, [v]) => {
    if (v === 'b') throw new Error('boom');
    return `ok(${String(v)})`;
  },
};

function input(): ValueMap {
  return map({ test: 'hello world', test2: 'hello', test3: 'goodbye', test4: true, test5: 1n, test6: map({ nested: 'hello' }) });
}

interface Case {
  name: string;
  input?: ValueMap;
  mode: string;
  pattern: string;
  replacement: string;
  fn?: FunctionRef;
  format?: string;
  want: [string, Value][];
}

const cases: Case[] = [
  { name: 'value: replace only matches', mode: 'value', pattern: 'hello', replacement: 'hello {universe}', want: [['test', 'hello {universe} world'], ['test2', 'hello {universe}'], ['test3', 'goodbye'], ['test4', true], ['test5', 1n], ['test6', map({ nested: 'hello' })]] },
  { name: 'value: function and format', mode: 'value', pattern: 'hello', replacement: 'hello {universe}', fn: hashRef, format: 'prefix=%s', want: [['test', 'prefix=hash(hello {universe}) world'], ['test2', 'prefix=hash(hello {universe})'], ['test3', 'goodbye'], ['test4', true], ['test5', 1n], ['test6', map({ nested: 'hello' })]] },
  { name: 'value: no matches', mode: 'value', pattern: 'nothing', replacement: 'x', want: [...input()] },
  { name: 'value: expand groups', mode: 'value', pattern: '^(\\w+) (\\w+)$', replacement: '$2 $1', want: [['test', 'world hello'], ['test2', 'hello'], ['test3', 'goodbye'], ['test4', true], ['test5', 1n], ['test6', map({ nested: 'hello' })]] },
  { name: 'key: rename keeps order', mode: 'key', pattern: '^test(\\d)$', replacement: 'key$1', want: [['test', 'hello world'], ['key2', 'hello'], ['key3', 'goodbye'], ['key4', true], ['key5', 1n], ['key6', map({ nested: 'hello' })]] },
  { name: 'key: function', mode: 'key', pattern: '^test$', replacement: '$0', fn: sha256Ref, want: [[sha256('test'), 'hello world'], ['test2', 'hello'], ['test3', 'goodbye'], ['test4', true], ['test5', 1n], ['test6', map({ nested: 'hello' })]] },
  { name: 'key: colliding keys keep the first position and the last value', input: map({ a1: 1n, b: 2n, a2: 3n }), mode: 'key', pattern: '^a\\d$', replacement: 'a', want: [['a', 3n], ['b', 2n]] },
  { name: 'key: conformance ${1}_http', input: map({ 'http.method': 'get', 'http.path': '/health', other: 'x' }), mode: 'key', pattern: '^http\\.(\\w+)$', replacement: '${1}_http', want: [['method_http', 'get'], ['path_http', '/health'], ['other', 'x']] },
  { name: 'key: failing function drops that entry', input: map({ a: 1n, b: 2n, c: 3n }), mode: 'key', pattern: '.', replacement: '$0', fn: failOnB, want: [['ok(a)', 1n], ['ok(c)', 3n]] },
  { name: 'value: failing function leaves that value', input: map({ x: 'a', y: 'b' }), mode: 'value', pattern: '.', replacement: '$0', fn: failOnB, want: [['x', 'ok(a)'], ['y', 'b']] },
  { name: 'empty map', input: new Map(), mode: 'value', pattern: '.*', replacement: 'x', want: [] },
  { name: 'unicode values', input: map({ k: 'größe' }), mode: 'value', pattern: 'ö', replacement: 'oe', want: [['k', 'groeße']] },
];

describe('replace_all_patterns', () => {
  it.each(cases)('$name', ({ input: m, mode, pattern, replacement, fn, format, want }) => {
    const target = mapBox(m ?? input());
    replace_all_patterns.create(
      { target, mode, regex_pattern: lit(pattern), replacement: constant(replacement), function: fn, replacement_format: format === undefined ? undefined : constant(format) },
      { context: 'log' },
    )(newContext());
    expect([...(target.value as ValueMap)]).toEqual(want);
  });

  it('rejects an unknown mode at compile time', () => {
    const create = () =>
      replace_all_patterns.create({ target: mapBox(input()), mode: 'keys', regex_pattern: lit('a'), replacement: constant('x'), function: undefined, replacement_format: undefined }, { context: 'log' });
    expect(create).toThrow(ArgumentError);
    expect(create).toThrow("invalid mode keys, must be either 'key' or 'value'");
  });

  it('rejects an invalid literal regex at compile time', () => {
    expect(() =>
      replace_all_patterns.create({ target: mapBox(input()), mode: 'value', regex_pattern: lit('(a'), replacement: constant('x'), function: undefined, replacement_format: undefined }, { context: 'log' }),
    ).toThrow('missing closing )');
  });

  it('errors on a non-map target', () => {
    const fn = replace_all_patterns.create({ target: mapBox('not a map'), mode: 'value', regex_pattern: lit('a'), replacement: constant('x'), function: undefined, replacement_format: undefined }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected pcommon.Map but got string');
  });
});
