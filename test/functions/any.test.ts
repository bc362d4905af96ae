import { describe, expect, it } from 'vitest';

import { Any } from '../../src/functions/any.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';
import { lambda } from './lambda-support.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

const isTwo = lambda((_k, v) => v === 2n);
const cases: { name: string; source: Value; want?: boolean; error?: string }[] = [
  { name: 'slice has a match', source: [1n, 2n, 3n], want: true },
  { name: 'slice has no match', source: [1n, 3n], want: false },
  { name: 'map has a match', source: m({ a: 1n, b: 2n }), want: true },
  { name: 'empty slice is false', source: [], want: false },
  { name: 'empty map is false', source: new Map(), want: false },
  { name: 'int source', source: 5n, error: 'unsupported type provided: int64' },
];

describe('Any', () => {
  it.each(cases)('$name', ({ source, want, error }) => {
    const run = () => call(Any, { source: constant(source), predicate: isTwo });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toBe(want);
  });
  it('stops at the first true', () => {
    let calls = 0;
    call(Any, { source: constant([1n, 2n, 3n]), predicate: lambda(() => (calls++, true)) });
    expect(calls).toBe(1);
  });
  it('wraps predicate errors with the item', () => {
    const failing = lambda(() => {
      throw new Error('boom');
    });
    expect(() => call(Any, { source: constant(['x']), predicate: failing })).toThrow(
      'error while evaluating lambda function on slice item (0, x): boom',
    );
  });
});

describe('Any through the compiler', () => {
  const GATES = ['ottl.functions.enableLambda', 'pkg.ottl.functions.enableExperimental'];
  it('runs a two-formal predicate over a map path', () => {
    const attrs = runOnLog('set(log.attributes["r"], Any(log.attributes["m"], (k, v) => v == 2))', { attributes: { m: new Map([['a', 1n], ['b', 2n]]) }, gates: GATES });
    expect(attrs.get('r')).toBe(true);
  });

  it('a predicate with three formals is a compile error', () => {
    expect(compileErrorOf('set(log.attributes["r"], Any(log.attributes["m"], (a, b, c) => true))', { gates: GATES })).toContain(
      'lambda should be defined with exactly 2 formal(s), but has 3',
    );
  });
});
