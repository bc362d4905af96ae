import { describe, expect, it } from 'vitest';

import { Filter } from '../../src/functions/filter.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';
import { lambda } from './lambda-support.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

const isProd = lambda((_k, v) => v === 'prod');
const cases: { name: string; source: Value; want?: Value; error?: string }[] = [
  { name: 'filter slice', source: ['dev', 'prod', 'test', 'prod'], want: ['prod', 'prod'] },
  { name: 'filter map keeps keys and order', source: m({ a: 'prod', b: 'dev', c: 'prod' }), want: m({ a: 'prod', c: 'prod' }) },
  { name: 'nothing kept from slice', source: ['dev'], want: [] },
  { name: 'nothing kept from map', source: m({ a: 'dev' }), want: new Map() },
  { name: 'empty slice', source: [], want: [] },
  { name: 'string source', source: 'prod', error: 'unsupported type provided: string' },
];

describe('Filter', () => {
  it.each(cases)('$name', ({ source, want, error }) => {
    const run = () => call(Filter, { source: constant(source), predicate: isProd });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toEqual(want);
  });
  it('filters by slice index', () => {
    expect(call(Filter, { source: constant(['a', 'b', 'c']), predicate: lambda((k) => k !== 1n) })).toEqual(['a', 'c']);
  });
});

describe('Filter through the compiler', () => {
  const GATES = ['ottl.functions.enableLambda', 'pkg.ottl.functions.enableExperimental'];
  it('keeps the elements the predicate accepts (blank formal allowed)', () => {
    const attrs = runOnLog('set(log.attributes["r"], Filter(log.attributes["xs"], (_, v) => v > 1))', { attributes: { xs: [1n, 2n, 3n] }, gates: GATES });
    expect(attrs.get('r')).toEqual([2n, 3n]);
  });

  it('a one-formal predicate is a compile error', () => {
    expect(compileErrorOf('set(log.attributes["r"], Filter(log.attributes["xs"], (v) => true))', { gates: GATES })).toContain(
      'lambda should be defined with exactly 2 formal(s), but has 1',
    );
  });
});
