import { describe, expect, it } from 'vitest';
import { keep_matching_keys } from '../../src/functions/keep_matching_keys.js';
import type { ValueMap } from '../../src/core/values/types.js';
import { lit, map, mapBox, newContext } from './text-helpers.js';

// The shared table with delete_matching_keys lives in delete_matching_keys.test.ts; these rows
// are the reference's Test_keepMatchingKeys and the conformance row.
const cases: { name: string; input: ValueMap; pattern: string; want: string[] }[] = [
  { name: 'keep everything that matches', input: map({ test: 'hello world', test2: 'hello', foo: 'bar' }), pattern: '^test.*', want: ['test', 'test2'] },
  { name: 'keep nothing', input: map({ test: 'hello world', foo: 'bar' }), pattern: '^nope$', want: [] },
  { name: 'nested map (conformance)', input: map({ a: 'x', b: 1n, nested: map({ c: 'deep' }) }), pattern: '^[ab]$', want: ['a', 'b'] },
  { name: 'empty map', input: new Map(), pattern: '.*', want: [] },
];

describe('keep_matching_keys', () => {
  it.each(cases)('$name', ({ input, pattern, want }) => {
    const target = mapBox(input);
    keep_matching_keys.create({ target, pattern: lit(pattern) }, { context: 'log' })(newContext());
    expect([...(target.value as ValueMap).keys()]).toEqual(want);
  });
});
