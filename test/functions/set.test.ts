import { describe, expect, it } from 'vitest';
import { set } from '../../src/functions/set.js';
import type { GetSetter } from '../../src/core/getters.js';
import { TraceID, type Value } from '../../src/core/values/types.js';
import { box, constant, failing } from '../support/getters.js';
import { map, newContext } from './text-helpers.js';

const cases: { name: string; current: Value; value: Value; want: Value }[] = [
  { name: 'string', current: 'old', value: 'new', want: 'new' },
  { name: 'int over string', current: 'old', value: 1n, want: 1n },
  { name: 'map', current: null, value: map({ a: 1n }), want: map({ a: 1n }) },
  { name: 'slice', current: null, value: [3n, 1n, 2n], want: [3n, 1n, 2n] },
  { name: 'unicode', current: '', value: '日本語 🎉', want: '日本語 🎉' },
  // nil goes to the setter as it is (PR #49741), whatever the target holds: the path decides.
  { name: 'nil over a missing value', current: null, value: null, want: null },
  { name: 'nil over a string', current: 'x', value: null, want: null },
  { name: 'nil over an int', current: 5n, value: null, want: null },
  { name: 'nil over a map', current: map({ a: 1n }), value: null, want: null },
  { name: 'nil over a trace id', current: new TraceID(new Uint8Array(16).fill(1)), value: null, want: null },
];

describe('set', () => {
  it.each(cases)('$name', ({ current, value, want }) => {
    const b = box(current);
    let calls = 0;
    const target: GetSetter = {
      get: b.get,
      set: (ctx, v) => {
        calls++;
        b.set(ctx, v);
      },
    };
    expect(set.create({ target, value: constant(value) }, { context: 'log' })(newContext())).toBeNull();
    expect(b.value).toEqual(want);
    expect(calls).toBe(1);
  });

  it('propagates a getter error without writing', () => {
    const target = box('x');
    expect(() => set.create({ target, value: failing('nope') }, { context: 'log' })(newContext())).toThrow('nope');
    expect(target.value).toBe('x');
  });
});
