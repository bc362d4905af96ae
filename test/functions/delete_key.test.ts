import { describe, expect, it } from 'vitest';
import { delete_key } from '../../src/functions/delete_key.js';
import type { ValueMap } from '../../src/core/values/types.js';
import { map, mapBox, newContext, str } from './text-helpers.js';

const input = (): ValueMap => map({ test: 'hello world', test2: 3n, test3: true, '': 'empty key', 'ключ': 'unicode' });
const keys = (m: unknown): string[] => [...(m as ValueMap).keys()];

describe('delete_key', () => {
  const cases: { name: string; key: string; want: string[] }[] = [
    // pdata's Map.Remove moves the last entry into the hole: the reference's Test_deleteKey expects
    // {test3, test2} after deleting "test" from {test, test2, test3}.
    { name: 'delete test', key: 'test', want: ['ключ', 'test2', 'test3', ''] },
    { name: 'delete test2', key: 'test2', want: ['test', 'ключ', 'test3', ''] },
    { name: 'delete nothing', key: 'not a valid key', want: ['test', 'test2', 'test3', '', 'ключ'] },
    { name: 'delete the empty key', key: '', want: ['test', 'test2', 'test3', 'ключ'] },
    { name: 'delete a unicode key', key: 'ключ', want: ['test', 'test2', 'test3', ''] },
  ];
  it.each(cases)('$name', ({ key, want }) => {
    const target = mapBox(input());
    delete_key.create({ target, key: str(key) }, { context: 'log' })(newContext());
    expect(keys(target.value)).toEqual(want);
  });

  it('the last key moves into the removed slot, as in the reference (test, test2, test3 minus test)', () => {
    const target = mapBox(map({ test: 'hello world', test2: 3n, test3: true }));
    delete_key.create({ target, key: str('test') }, { context: 'log' })(newContext());
    expect(keys(target.value)).toEqual(['test3', 'test2']);
  });

  it('deletes in a nested map (conformance)', () => {
    const nested = map({ a: 'x', b: 1n, nested: map({ c: 'deep' }) });
    const target = mapBox(nested);
    delete_key.create({ target, key: str('b') }, { context: 'log' })(newContext());
    expect(target.value).toEqual(map({ a: 'x', nested: map({ c: 'deep' }) }));
  });

  it('errors on a non-map target', () => {
    expect(() => delete_key.create({ target: mapBox('x'), key: str('a') }, { context: 'log' })(newContext())).toThrow('expected pcommon.Map but got string');
  });
});

