import { describe, expect, it } from 'vitest';
import { stringify_all } from '../../src/functions/stringify_all.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';
import { map, mapBox, newContext } from './text-helpers.js';

const cases: { name: string; value: Value; want: string }[] = [
  { name: 'string unchanged', value: 'hello', want: 'hello' },
  { name: 'int', value: 42n, want: '42' },
  { name: 'negative int64 min', value: -9223372036854775808n, want: '-9223372036854775808' },
  { name: 'double', value: 3.14, want: '3.14' },
  { name: 'integral double', value: 2, want: '2' },
  { name: 'large double', value: 1e21, want: '1e+21' },
  { name: 'small double', value: 1e-7, want: '1e-7' },
  { name: 'bool', value: true, want: 'true' },
  { name: 'bytes as base64', value: new Uint8Array([1, 2, 3, 4]), want: 'AQIDBA==' },
  { name: 'empty', value: null, want: '' },
  { name: 'map as JSON with sorted keys', value: map({ b: 1n, a: 'x' }), want: '{"a":"x","b":1}' },
  { name: 'slice as JSON', value: ['a', 1n, true, null], want: '["a",1,true,null]' },
  { name: 'unicode in JSON', value: ['é🎉'], want: '["é🎉"]' },
];

describe('stringify_all', () => {
  it.each(cases)('$name', ({ value, want }) => {
    const target = mapBox(map({ k: value }));
    stringify_all.create({ target }, { context: 'log' })(newContext());
    expect((target.value as ValueMap).get('k')).toBe(want);
  });

  it('converts every value of the map in place and keeps the order', () => {
    const m = map({ s: 'x', i: 1n, b: false });
    const target = mapBox(m);
    stringify_all.create({ target }, { context: 'log' })(newContext());
    expect([...m]).toEqual([['s', 'x'], ['i', '1'], ['b', 'false']]);
    expect(target.value).toBe(m);
  });

  it('errors on a non-map target', () => {
    expect(() => stringify_all.create({ target: mapBox([1n]) }, { context: 'log' })(newContext())).toThrow('expected pcommon.Map but got');
  });
});
