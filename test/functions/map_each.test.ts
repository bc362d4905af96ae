import { describe, expect, it } from 'vitest';

import { MapEach } from '../../src/functions/map_each.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';
import { lambda } from './lambda-support.js';

const upper = lambda((_k, v) => (typeof v === 'string' ? v.toUpperCase() : v));
const cases: { name: string; source: Value; want?: Value; error?: string }[] = [
  { name: 'map slice', source: ['a', 'b'], want: ['A', 'B'] },
  { name: 'map map values, keep keys', source: m({ x: 'a', y: 1n }), want: m({ x: 'A', y: 1n }) },
  { name: 'empty slice', source: [], want: [] },
  { name: 'unicode', source: ['straße'], want: ['STRASSE'] },
  { name: 'nil source', source: null, error: 'unsupported type provided: <nil>' },
];

describe('MapEach', () => {
  it.each(cases)('$name', ({ source, want, error }) => {
    const run = () => call(MapEach, { source: constant(source), mapper: upper });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toEqual(want);
  });
  it('passes int64 indexes for slices', () => {
    expect(call(MapEach, { source: constant(['a', 'b']), mapper: lambda((k) => k) })).toEqual([0n, 1n]);
  });
});
