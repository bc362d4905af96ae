import { describe, expect, it } from 'vitest';

import { Values } from '../../src/functions/values.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';

const cases: { name: string; target: Map<string, Value>; want: Value[] }[] = [
  { name: 'mixed values', target: m({ a: 1n, b: 'x', c: 1.5, d: null }), want: [1n, 'x', 1.5, null] },
  { name: 'empty map', target: new Map(), want: [] },
  { name: 'nested map and slice', target: m({ n: m({ k: 'v' }), s: ['a'] }), want: [m({ k: 'v' }), ['a']] },
];

describe('Values', () => {
  it.each(cases)('$name', ({ target, want }) => {
    expect(call(Values, { target: constant(target) })).toEqual(want);
  });
  it('returns copies, not the live nested values', () => {
    const inner = m({ k: 'v' });
    const out = call(Values, { target: constant(m({ n: inner })) }) as Value[];
    (out[0] as Map<string, Value>).set('k', 'changed');
    expect(inner.get('k')).toBe('v');
  });
});
