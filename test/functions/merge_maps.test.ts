import { describe, expect, it } from 'vitest';
import { merge_maps } from '../../src/functions/merge_maps.js';
import { ArgumentError } from '../../src/functions/signature.js';
import { expectMap } from '../../src/core/values/coerce.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';
import { map, mapBox, newContext } from './text-helpers.js';

const target = (): ValueMap => map({ attr1: 'value1' });

// Rows of the reference's Test_MergeMaps.
const cases: { name: string; source: ValueMap; strategy: string; want: ValueMap }[] = [
  { name: 'upsert no conflicting keys', source: map({ attr2: 'value2' }), strategy: 'upsert', want: map({ attr1: 'value1', attr2: 'value2' }) },
  { name: 'upsert conflicting key', source: map({ attr1: 'value3', attr2: 'value2' }), strategy: 'upsert', want: map({ attr1: 'value3', attr2: 'value2' }) },
  { name: 'insert no conflicting keys', source: map({ attr2: 'value2' }), strategy: 'insert', want: map({ attr1: 'value1', attr2: 'value2' }) },
  { name: 'insert conflicting key', source: map({ attr1: 'value3', attr2: 'value2' }), strategy: 'insert', want: map({ attr1: 'value1', attr2: 'value2' }) },
  { name: 'update no conflicting keys', source: map({ attr2: 'value2' }), strategy: 'update', want: map({ attr1: 'value1' }) },
  { name: 'update conflicting key', source: map({ attr1: 'value3' }), strategy: 'update', want: map({ attr1: 'value3' }) },
  { name: 'nested maps are copied', source: map({ n: map({ a: [1n] }) }), strategy: 'upsert', want: map({ attr1: 'value1', n: map({ a: [1n] }) }) },
  { name: 'empty source', source: new Map(), strategy: 'upsert', want: map({ attr1: 'value1' }) },
];

describe('merge_maps', () => {
  it.each(cases)('$name', ({ source, strategy, want }) => {
    const t = mapBox(target());
    merge_maps.create({ target: t, source: () => source, strategy }, { context: 'log' })(newContext());
    expect(t.value).toEqual(want);
  });

  it('copies source values (later changes to the source do not leak)', () => {
    const inner = map({ a: 1n });
    const t = mapBox(target());
    merge_maps.create({ target: t, source: () => map({ inner }), strategy: 'upsert' }, { context: 'log' })(newContext());
    inner.set('a', 2n);
    expect((t.value as ValueMap).get('inner')).toEqual(map({ a: 1n }));
  });

  it('rejects an unknown strategy at compile time', () => {
    const create = () => merge_maps.create({ target: mapBox(target()), source: () => new Map(), strategy: 'merge' }, { context: 'log' });
    expect(create).toThrow(ArgumentError);
    expect(create).toThrow("invalid value for strategy, merge, must be 'insert', 'update' or 'upsert'");
  });

  it.each([null, 'str'] as Value[])('errors on a source of %s (conformance: nil source)', (v) => {
    const fn = merge_maps.create({ target: mapBox(target()), source: () => expectMap(v), strategy: 'upsert' }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected pcommon.Map');
  });
});
