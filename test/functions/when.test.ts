import { describe, expect, it } from 'vitest';

import { When } from '../../src/functions/when.js';
import { newLogRecord } from '../../src/core/model.js';
import { FeatureGates } from '../../src/core/feature-gates.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import type { Value } from '../../src/core/values/types.js';
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

describe('When through the compiler', () => {
  const gates = FeatureGates.parse('pkg.ottl.functions.enableExperimental,ottl.functions.enableLambda');
  const compile = (stmt: string) => compileStatements([stmt], { context: 'log', gates });
  it('picks a branch per record', () => {
    const record = newLogRecord();
    record.body = 'x';
    compile('set(log.attributes["r"], When(() => log.body == "x", "yes", "no"))').execute(evalContext({ log: record }));
    expect(record.attributes.get('r')).toBe('yes');
  });
  // The reference validates the lambda's arity in the factory (ValidateArity(0)).
  it.each([
    ['(x) => true', 1],
    ['(a, b) => true', 2],
    ['(_) => true', 1],
  ])('%s is a compile error', (lam, n) => {
    expect(() => compile(`set(log.attributes["r"], When(${lam}, 1, 2))`)).toThrow(
      `lambda should be defined with exactly 0 formal(s), but has ${n}`,
    );
  });
});
