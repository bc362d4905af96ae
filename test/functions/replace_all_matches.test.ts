import { describe, expect, it } from 'vitest';
import { replace_all_matches } from '../../src/functions/replace_all_matches.js';
import { ArgumentError } from '../../src/functions/signature.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { lit, map, mapBox, newContext, sha256, sha256Ref } from './text-helpers.js';

// Rows of the reference's Test_replaceAllMatches, plus edge cases.
describe('replace_all_matches', () => {
  const input = (): ValueMap => map({ test: 'hello world', test2: 'hello', test3: 'goodbye', num: 1n, flag: true });
  const rows: { name: string; pattern: string; withHash?: boolean; format?: string; want: [string, Value][] }[] = [
    { name: 'replace only matches', pattern: 'hello*', want: [['test', 'hello {universe}'], ['test2', 'hello {universe}'], ['test3', 'goodbye'], ['num', 1n], ['flag', true]] },
    { name: 'with hash function', pattern: 'hello*', withHash: true, want: [['test', sha256('hello {universe}')], ['test2', sha256('hello {universe}')], ['test3', 'goodbye'], ['num', 1n], ['flag', true]] },
    { name: 'with hash and format', pattern: 'hello*', withHash: true, format: 'h=%s', want: [['test', `h=${sha256('hello {universe}')}`], ['test2', `h=${sha256('hello {universe}')}`], ['test3', 'goodbye'], ['num', 1n], ['flag', true]] },
    { name: 'no matches', pattern: 'nothing*', want: [['test', 'hello world'], ['test2', 'hello'], ['test3', 'goodbye'], ['num', 1n], ['flag', true]] },
    { name: 'non-string values are ignored even by *', pattern: '*', want: [['test', 'hello {universe}'], ['test2', 'hello {universe}'], ['test3', 'hello {universe}'], ['num', 1n], ['flag', true]] },
  ];
  it.each(rows)('$name', ({ pattern, withHash, format, want }) => {
    const target = mapBox(input());
    replace_all_matches.create(
      { target, pattern: lit(pattern), replacement: constant('hello {universe}'), function: withHash ? sha256Ref : undefined, replacement_format: format === undefined ? undefined : constant(format) },
      { context: 'log' },
    )(newContext());
    expect([...(target.value as ValueMap)]).toEqual(want);
  });

  it('rejects an invalid literal glob at compile time', () => {
    expect(() =>
      replace_all_matches.create({ target: mapBox(new Map()), pattern: lit('{a'), replacement: constant('x'), function: undefined, replacement_format: undefined }, { context: 'log' }),
    ).toThrow(ArgumentError);
  });

  it('errors on a non-map target (conformance)', () => {
    const fn = replace_all_matches.create({ target: mapBox('get'), pattern: lit('*'), replacement: constant('x'), function: undefined, replacement_format: undefined }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected pcommon.Map but got string');
  });
});
