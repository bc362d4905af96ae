import { describe, expect, it } from 'vitest';

import { Find } from '../../src/functions/find.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';
import { lambda } from './lambda-support.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

const gtOne = lambda((_k, v) => typeof v === 'bigint' && v > 1n);
const cases: { name: string; source: Value; mapper?: ReturnType<typeof lambda>; want?: Value; error?: string }[] = [
  { name: 'first match in slice', source: [1n, 2n, 3n], want: 2n },
  { name: 'first match in map', source: m({ a: 1n, b: 5n, c: 7n }), want: 5n },
  { name: 'no match is nil', source: [0n, 1n], want: null },
  { name: 'empty map is nil', source: new Map(), want: null },
  { name: 'mapper gets the key', source: m({ a: 1n, b: 5n }), mapper: lambda((k) => k), want: 'b' },
  { name: 'mapper result on slice', source: [1n, 4n], mapper: lambda((k, v) => `${String(k)}:${String(v)}`), want: '1:4' },
  { name: 'bool source', source: true, error: 'unsupported type provided: bool' },
];

describe('Find', () => {
  it.each(cases)('$name', ({ source, mapper, want, error }) => {
    const run = () => call(Find, { source: constant(source), predicate: gtOne, mapper });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toEqual(want);
  });
});

describe('Find through the compiler', () => {
  const GATES = ['ottl.functions.enableLambda', 'pkg.ottl.functions.enableExperimental'];
  it('maps the first match with the optional mapper (named)', () => {
    const attrs = runOnLog('set(log.attributes["r"], Find(log.attributes["xs"], (i, v) => v > 1, mapper = (i, v) => i))', { attributes: { xs: [1n, 2n, 3n] }, gates: GATES });
    expect(attrs.get('r')).toBe(1n);
  });

  it('checks the arity of predicate and mapper at compile time', () => {
    expect(compileErrorOf('set(log.attributes["r"], Find(log.attributes["xs"], (v) => true))', { gates: GATES })).toContain(
      'invalid predicate: lambda should be defined with exactly 2 formal(s), but has 1',
    );
    expect(compileErrorOf('set(log.attributes["r"], Find(log.attributes["xs"], (i, v) => true, (v) => v))', { gates: GATES })).toContain(
      'invalid mapper: lambda should be defined with exactly 2 formal(s), but has 1',
    );
  });
});
