import { describe, expect, it } from 'vitest';

import { MapKeys } from '../../src/functions/map_keys.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';
import { lambda } from './lambda-support.js';

const cases: { name: string; source: Map<string, Value>; mapper: ReturnType<typeof lambda>; want?: Value; error?: string }[] = [
  { name: 'prefix keys', source: m({ a: 1n, b: 2n }), mapper: lambda((k) => `p.${String(k)}`), want: m({ 'p.a': 1n, 'p.b': 2n }) },
  { name: 'duplicate new keys: later value wins', source: m({ a: 1n, b: 2n }), mapper: lambda(() => 'same'), want: m({ same: 2n }) },
  { name: 'empty map', source: new Map(), mapper: lambda((k) => k), want: new Map() },
  { name: '__proto__ as a produced key', source: m({ a: 1n }), mapper: lambda(() => '__proto__'), want: new Map([['__proto__', 1n]]) },
  { name: 'non-string key', source: m({ a: 1n }), mapper: lambda(() => 1n), error: 'must return a value of type string, got int64' },
];

describe('MapKeys', () => {
  it.each(cases)('$name', ({ source, mapper, want, error }) => {
    const run = () => call(MapKeys, { source: constant(source), key_mapper: mapper });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toEqual(want);
  });
});
