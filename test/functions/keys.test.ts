import { describe, expect, it } from 'vitest';

import { Keys } from '../../src/functions/keys.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';

const cases: { name: string; target: Map<string, Value>; want: Value[] }[] = [
  { name: 'flat map (reference row)', target: m({ a: 1n, b: 'x' }), want: ['a', 'b'] },
  { name: 'empty map', target: new Map(), want: [] },
  { name: 'nested values are not descended', target: m({ n: m({ inner: 1n }) }), want: ['n'] },
  { name: '__proto__ is an ordinary key', target: new Map([['__proto__', 1n]]), want: ['__proto__'] },
  { name: 'unicode keys', target: m({ 'ключ': true, '鍵': null }), want: ['ключ', '鍵'] },
];

describe('Keys', () => {
  it.each(cases)('$name', ({ target, want }) => {
    expect(call(Keys, { target: constant(target) })).toEqual(want);
  });
  it('handles 10k keys', () => {
    const big = new Map(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, BigInt(i)] as [string, Value]));
    expect((call(Keys, { target: constant(big) }) as Value[]).length).toBe(10_000);
  });
});
