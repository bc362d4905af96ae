import { describe, expect, it } from 'vitest';
import { keep_keys } from '../../src/functions/keep_keys.js';
import { literalGetter } from '../../src/functions/signature.js';
import type { ValueMap } from '../../src/core/values/types.js';
import { constant, failing } from '../support/getters.js';
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
  it.each(cases)('literal keys: $name', ({ keys: k, want }) => {
    const target = mapBox(input());
    keep_keys.create({ target, keys: k.map((s) => literalGetter(s)) }, { context: 'log' })(newContext());
    expect(keys(target.value)).toEqual(want);
  });

  it.each(cases)('computed keys: $name', ({ keys: k, want }) => {
    const target = mapBox(input());
    keep_keys.create({ target, keys: k.map((s) => constant(s)) }, { context: 'log' })(newContext());
    expect(keys(target.value)).toEqual(want);
  });

  it('mixes literal and computed keys', () => {
    const target = mapBox(input());
    keep_keys.create({ target, keys: [literalGetter('test'), constant('test3')] }, { context: 'log' })(newContext());
    expect(keys(target.value)).toEqual(['test', 'test3']);
  });

  it('propagates a key error and leaves the map alone', () => {
    const target = mapBox(input());
    const run = keep_keys.create({ target, keys: [constant('test'), failing('expected string')] }, { context: 'log' });
    expect(() => run(newContext())).toThrow('expected string');
    expect(keys(target.value)).toHaveLength(5);
  });
});
