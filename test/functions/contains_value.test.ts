import { describe, expect, it } from 'vitest';

import { ContainsValue } from '../../src/functions/contains_value.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';

const cases: { name: string; target: Value[]; item: Value; want: boolean }[] = [
  { name: 'find string', target: ['hello', 'world'], item: 'hello', want: true },
  { name: 'not find string', target: ['hello', 'world'], item: 'unknown', want: false },
  { name: 'find int', target: [1n, 2n, 3n], item: 2n, want: true },
  { name: 'not find int (conformance not-find-in-slice-attribute)', target: [3n, 1n, 2n], item: 4n, want: false },
  { name: 'find float', target: [1.1, 2.2], item: 2.2, want: true },
  { name: 'int matches equal float', target: [1n, 2n], item: 2.0, want: true },
  { name: 'find bool', target: [true, false], item: false, want: true },
  { name: 'string is not an int', target: ['1'], item: 1n, want: false },
  { name: 'nil element matches nil', target: ['a', null], item: null, want: true },
  { name: 'nil not found', target: ['a'], item: null, want: false },
  { name: 'empty slice', target: [], item: 'a', want: false },
  { name: 'bytes compare by content', target: [new Uint8Array([1, 2])], item: new Uint8Array([1, 2]), want: true },
  { name: 'map compares deeply', target: [m({ a: 1n })], item: m({ a: 1n }), want: true },
  { name: 'unicode', target: ['héllo'], item: 'héllo', want: true },
];

describe('ContainsValue', () => {
  it.each(cases)('$name', ({ target, item, want }) => {
    expect(call(ContainsValue, { target: constant(target), item: constant(item) })).toBe(want);
  });
});
