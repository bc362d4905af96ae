import { describe, expect, it } from 'vitest';
import { keep_keys } from '../../src/functions/keep_keys.js';
import type { ValueMap } from '../../src/values/types.js';
import { map, mapBox, newContext } from './text-helpers.js';

const input = (): ValueMap => map({ test: 'hello world', test2: 3n, test3: true, '': 'empty key', 'ключ': 'unicode' });
const keys = (m: unknown): string[] => [...(m as ValueMap).keys()];

describe('keep_keys', () => {
  const cases: { name: string; keys: string[]; want: string[] }[] = [
    { name: 'keep one', keys: ['test'], want: ['test'] },
    { name: 'keep two', keys: ['test', 'test2'], want: ['test', 'test2'] },
    { name: 'keep none', keys: [], want: [] },
    { name: 'missing keys are fine', keys: ['nope', 'test3'], want: ['test3'] },
    { name: 'unicode and empty keys', keys: ['ключ', ''], want: ['', 'ключ'] },
  ];
  it.each(cases)('$name', ({ keys: k, want }) => {
    const target = mapBox(input());
    keep_keys.create({ target, keys: k }, { context: 'log' })(newContext());
    expect(keys(target.value)).toEqual(want);
  });
});
