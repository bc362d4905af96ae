import { describe, expect, it } from 'vitest';

import { All } from '../../src/functions/all.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';
import { lambda } from './lambda-support.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

const isString = lambda((_k, v) => typeof v === 'string');
const cases: { name: string; source: Value; predicate: ReturnType<typeof lambda>; want?: boolean; error?: string }[] = [
  { name: 'all slice values match', source: ['a', 'b'], predicate: isString, want: true },
  { name: 'one slice value does not match', source: ['a', 1n], predicate: isString, want: false },
  { name: 'all map values match', source: m({ x: 'a', y: 'b' }), predicate: isString, want: true },
  { name: 'map keys are passed', source: m({ x: 1n, y: 2n }), predicate: lambda((k) => k !== 'y'), want: false },
  { name: 'slice keys are int64 indexes', source: ['a', 'b'], predicate: lambda((k) => typeof k === 'bigint' && k < 2n), want: true },
  { name: 'empty slice is true', source: [], predicate: isString, want: true },
  { name: 'empty map is true', source: new Map(), predicate: isString, want: true },
  { name: 'non-collection source', source: 'abc', predicate: isString, error: 'unsupported type provided: string' },
  { name: 'nil source', source: null, predicate: isString, error: 'unsupported type provided: <nil>' },
  { name: 'non-bool predicate', source: ['a'], predicate: lambda(() => 1n), error: 'must return a value of type bool, got int64' },
];

describe('All', () => {
  it('is gated', () => expect(All.featureGate).toBe('pkg.ottl.functions.enableExperimental'));
  it.each(cases)('$name', ({ source, predicate, want, error }) => {
    const run = () => call(All, { source: constant(source), predicate });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toBe(want);
  });
  it('stops at the first false', () => {
    let calls = 0;
    call(All, { source: constant([1n, 2n, 3n]), predicate: lambda(() => (calls++, false)) });
    expect(calls).toBe(1);
  });
});

describe('All through the compiler', () => {
  const GATES = ['ottl.functions.enableLambda', 'pkg.ottl.functions.enableExperimental'];
  it('runs a two-formal predicate over a slice path', () => {
    const attrs = runOnLog('set(log.attributes["r"], All(log.attributes["xs"], (i, v) => IsString(v)))', { attributes: { xs: ['a', 'b'] }, gates: GATES });
    expect(attrs.get('r')).toBe(true);
  });

  it('a predicate with another number of formals is a compile error (ValidateArity(2))', () => {
    expect(compileErrorOf('set(log.attributes["r"], All(log.attributes["xs"], (v) => true))', { gates: GATES })).toContain(
      'lambda should be defined with exactly 2 formal(s), but has 1',
    );
  });
});
