import { describe, expect, it } from 'vitest';

import { When } from '../../src/functions/when.js';
import type { Value } from '../../src/values/types.js';
import { constant, failing } from '../support/getters.js';
import { call } from './call.js';
import { lambda } from './lambda-support.js';

const cases: { name: string; cond: Value; want?: Value; error?: string }[] = [
  { name: 'true picks the first value', cond: true, want: 'in' },
  { name: 'false picks the second value', cond: false, want: 'out' },
  { name: 'non-bool condition', cond: 'yes', error: 'lambda expression must return a value of type bool, got string' },
  { name: 'nil condition', cond: null, error: 'got <nil>' },
];

describe('When', () => {
  it.each(cases)('$name', ({ cond, want, error }) => {
    const run = () =>
      call(When, { condition: lambda(() => cond), true_value: constant('in'), false_value: constant('out') });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toBe(want);
  });
  it('evaluates only the chosen branch', () => {
    expect(call(When, { condition: lambda(() => true), true_value: constant(1n), false_value: failing() })).toBe(1n);
  });
});
