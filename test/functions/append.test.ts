import { describe, expect, it } from 'vitest';
import { append } from '../../src/functions/append.js';
import { ArgumentError } from '../../src/functions/signature.js';
import { OttlDuration, OttlTime, type Value } from '../../src/core/values/types.js';
import { box, constant } from '../support/getters.js';
import { map, newContext } from './text-helpers.js';

interface Case {
  name: string;
  target: Value;
  value?: Value;
  values?: Value[];
  want: Value;
}

// Rows of the reference's Test_Append, plus edge cases.
const cases: Case[] = [
  { name: 'slice target, single value', target: ['a', 'b'], value: 'c', want: ['a', 'b', 'c'] },
  { name: 'slice target, values', target: ['a', 'b', 'c'], values: ['d', 'e'], want: ['a', 'b', 'c', 'd', 'e'] },
  { name: 'value and values', target: ['a'], value: 'b', values: ['c', 'd'], want: ['a', 'b', 'c', 'd'] },
  { name: 'missing target', target: null, value: 'a', want: ['a'] },
  { name: 'string target', target: 'a', value: 'b', want: ['a', 'b'] },
  { name: 'int target, string value (conformance)', target: 42n, value: 'a', want: [42n, 'a'] },
  { name: 'double target', target: 2.5, values: [1n], want: [2.5, 1n] },
  { name: 'bool target', target: true, value: false, want: [true, false] },
  { name: 'bytes target', target: new Uint8Array([1]), value: 'x', want: [new Uint8Array([1]), 'x'] },
  { name: 'mixed types', target: [1n], values: ['s', 2.5, true, null], want: [1n, 's', 2.5, true, null] },
  { name: 'appending a list makes a nested slice', target: [], value: ['x', 'y'], want: [['x', 'y']] },
  { name: 'appending a map', target: [], value: map({ k: 'v' }), want: [map({ k: 'v' })] },
  { name: 'empty values list', target: ['a'], values: [], want: ['a'] },
  { name: 'unicode', target: ['é'], value: '🎉', want: ['é', '🎉'] },
];

describe('append', () => {
  it.each(cases)('$name', ({ target: t, value, values, want }) => {
    const target = box(t);
    append.create(
      { target, value: value === undefined ? undefined : constant(value), values: values?.map((v) => constant(v)) },
      { context: 'log' },
    )(newContext());
    expect(target.value).toEqual(want);
  });

  it('copies appended maps', () => {
    const m = map({ k: 'v' });
    const target = box([]);
    append.create({ target, value: constant(m), values: undefined }, { context: 'log' })(newContext());
    m.set('k', 'changed');
    expect(target.value).toEqual([map({ k: 'v' })]);
  });

  it('requires value or values at compile time', () => {
    expect(() => append.create({ target: box(null), value: undefined, values: undefined }, { context: 'log' })).toThrow(ArgumentError);
  });

  it.each([
    ['a map target', map({ a: 1n }), 'x'],
    ['a time value', [], new OttlTime(0n)],
    ['a duration value', [], new OttlDuration(1n)],
  ] as [string, Value, Value][])('errors on %s', (_name, t, value) => {
    const fn = append.create({ target: box(t), value: constant(value), values: undefined }, { context: 'log' });
    expect(() => fn(newContext())).toThrow();
  });
});
