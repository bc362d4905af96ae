import { describe, expect, it } from 'vitest';
import { limit } from '../../src/functions/limit.js';
import { ArgumentError } from '../../src/functions/signature.js';
import type { ValueMap } from '../../src/core/values/types.js';
import { map, mapBox, newContext } from './text-helpers.js';

const input = (): ValueMap => map({ test: 'hello', test2: 3n, test3: true });

// Rows of the reference's Test_limit, plus the conformance rows.
const cases: { name: string; limit: bigint; keys: string[]; want: string[] }[] = [
  { name: 'limit to 1', limit: 1n, keys: [], want: ['test'] },
  { name: 'limit to zero', limit: 0n, keys: [], want: [] },
  { name: 'limit nothing', limit: 100n, keys: [], want: ['test', 'test2', 'test3'] },
  { name: 'limit exact', limit: 3n, keys: [], want: ['test', 'test2', 'test3'] },
  { name: 'keep one key', limit: 2n, keys: ['test3'], want: ['test', 'test3'] },
  { name: 'keep same number of keys', limit: 2n, keys: ['test3', 'test'], want: ['test', 'test3'] },
  { name: 'duplicate keys', limit: 2n, keys: ['test3', 'test3'], want: ['test3'] },
  { name: 'keep not existing key', limit: 1n, keys: ['te'], want: ['test'] },
  { name: 'keep not existing and existing keys', limit: 2n, keys: ['te', 'test3'], want: ['test', 'test3'] },
];

describe('limit', () => {
  it.each(cases)('$name', ({ limit: n, keys, want }) => {
    const target = mapBox(input());
    limit.create({ target, limit: n, priority_keys: keys }, { context: 'log' })(newContext());
    expect([...(target.value as ValueMap).keys()]).toEqual(want);
  });

  it.each([
    [-1n, [], 'invalid limit for limit function, -1 cannot be negative'],
    [1n, ['a', 'b'], 'invalid limit for limit function, 1 cannot be less than number of priority attributes 2'],
  ] as [bigint, string[], string][])('rejects limit %s with %j at compile time', (n, keys, message) => {
    const create = () => limit.create({ target: mapBox(input()), limit: n, priority_keys: keys }, { context: 'log' });
    expect(create).toThrow(ArgumentError);
    expect(create).toThrow(message);
  });
});
