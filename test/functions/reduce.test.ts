import { describe, expect, it } from 'vitest';

import { Reduce } from '../../src/functions/reduce.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';
import { lambda } from './lambda-support.js';

const sum = lambda((acc, _k, v) => (acc as bigint) + (v as bigint));
const cases: { name: string; source: Value; seed: Value; want?: Value; error?: string }[] = [
  { name: 'sum slice', source: [1n, 2n, 3n], seed: 0n, want: 6n },
  { name: 'sum map values', source: m({ a: 1n, b: 2n }), seed: 10n, want: 13n },
  { name: 'empty slice gives the seed', source: [], seed: 'seed', want: 'seed' },
  { name: 'empty map gives nil seed', source: new Map(), seed: null, want: null },
  { name: 'string source', source: 'x', seed: 0n, error: 'unsupported type provided: string' },
];

describe('Reduce', () => {
  it.each(cases)('$name', ({ source, seed, want, error }) => {
    const run = () => call(Reduce, { source: constant(source), seed: constant(seed), accumulator: sum });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toEqual(want);
  });
  it('passes keys: joins map keys', () => {
    const join = lambda((acc, k) => `${acc as string}${k as string}`);
    expect(call(Reduce, { source: constant(m({ a: 1n, b: 2n })), seed: constant(''), accumulator: join })).toBe('ab');
  });
});
