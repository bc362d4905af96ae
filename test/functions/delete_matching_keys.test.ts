import { describe, expect, it } from 'vitest';
import { delete_matching_keys } from '../../src/functions/delete_matching_keys.js';
import { keep_matching_keys } from '../../src/functions/keep_matching_keys.js';
import { ArgumentError } from '../../src/functions/signature.js';
import type { ValueMap } from '../../src/core/values/types.js';
import { lit, map, mapBox, newContext } from './text-helpers.js';

const input = (): ValueMap => map({ test: 'hello world', test2: 3n, test3: true, '': 'empty key', 'ключ': 'unicode' });
const keys = (m: unknown): string[] => [...(m as ValueMap).keys()];

describe('delete_matching_keys and keep_matching_keys', () => {
  const cases: { name: string; pattern: string; deleted: string[]; kept: string[] }[] = [
    { name: 'prefix', pattern: '^test', deleted: ['', 'ключ'], kept: ['test', 'test2', 'test3'] },
    { name: 'unanchored', pattern: '2', deleted: ['test', 'test3', '', 'ключ'], kept: ['test2'] },
    { name: 'everything', pattern: '.*', deleted: [], kept: ['test', 'test2', 'test3', '', 'ключ'] },
    { name: 'nothing', pattern: 'nope', deleted: ['test', 'test2', 'test3', '', 'ключ'], kept: [] },
    { name: 'case-insensitive flag', pattern: '(?i)^TEST\\d$', deleted: ['test', '', 'ключ'], kept: ['test2', 'test3'] },
    { name: 'unicode class', pattern: '^\\p{Cyrillic}+$', deleted: ['test', 'test2', 'test3', ''], kept: ['ключ'] },
  ];
  it.each(cases)('delete: $name', ({ pattern, deleted }) => {
    const target = mapBox(input());
    delete_matching_keys.create({ target, pattern: lit(pattern) }, { context: 'log' })(newContext());
    expect(keys(target.value)).toEqual(deleted);
  });
  it.each(cases)('keep: $name', ({ pattern, kept }) => {
    const target = mapBox(input());
    keep_matching_keys.create({ target, pattern: lit(pattern) }, { context: 'log' })(newContext());
    expect(keys(target.value)).toEqual(kept);
  });

  it.each([delete_matching_keys, keep_matching_keys])('$name rejects an invalid literal regex at compile time', (def) => {
    expect(() => def.create({ target: mapBox(input()), pattern: lit('\\K') }, { context: 'log' })).toThrow(ArgumentError);
  });

  it.each([delete_matching_keys, keep_matching_keys])('$name errors on a non-map target (conformance)', (def) => {
    const fn = def.create({ target: mapBox(42n), pattern: lit('anything') }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected pcommon.Map but got int64');
  });
});

