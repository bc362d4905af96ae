import { describe, expect, it } from 'vitest';

import { SliceToMap } from '../../src/functions/slice_to_map.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';

const flat = () => [m({ name: 'foo', value: 2n }), m({ name: 'bar', value: 5n })];
const nested = () => [m({ name: 'foo', value: m({ test: 'x' }) }), m({ name: 'bar', value: m({ test: 'y' }) })];

const cases: { name: string; target: Value[]; keyPath?: string[]; valuePath?: string[]; want?: Value; error?: string }[] = [
  {
    name: 'flat object with key path only',
    target: flat(),
    keyPath: ['name'],
    want: m({ foo: m({ name: 'foo', value: 2n }), bar: m({ name: 'bar', value: 5n }) }),
  },
  {
    name: 'flat object with missing key value',
    target: flat(),
    keyPath: ['notfound'],
    error: 'could not extract key from element 0: provided object does not contain the path [notfound]',
  },
  { name: 'flat object with both key and value path', target: flat(), keyPath: ['name'], valuePath: ['value'], want: m({ foo: 2n, bar: 5n }) },
  {
    name: 'nested object with key path only',
    target: nested(),
    keyPath: ['value', 'test'],
    want: m({ x: m({ name: 'foo', value: m({ test: 'x' }) }), y: m({ name: 'bar', value: m({ test: 'y' }) }) }),
  },
  { name: 'nested object with key path and value path', target: nested(), keyPath: ['value', 'test'], valuePath: ['name'], want: m({ x: 'foo', y: 'bar' }) },
  { name: 'key path resolving to non-string', target: flat(), keyPath: ['value'], error: 'extracted key attribute is not of type string' },
  {
    name: 'value path not resolving',
    target: nested(),
    keyPath: ['value', 'test'],
    valuePath: ['notfound'],
    error: 'could not extract value from element 0: provided object does not contain the path [notfound]',
  },
  {
    name: 'value path segment resolving to non-map',
    target: nested(),
    keyPath: ['value', 'test'],
    valuePath: ['name', 'nothing'],
    error: 'could not extract value from element 0: provided object does not contain the path [name nothing]',
  },
  { name: 'slice containing unsupported value type', target: ['unsupported'], keyPath: ['name'], error: 'could not cast element of type `Str` to a map' },
  {
    name: 'mixed data types with invalid element',
    target: [m({ name: 'foo', value: 2n }), 'nothingToSeeHere', m({ name: 'bar', value: 5n })],
    keyPath: ['name'],
    valuePath: ['value'],
    error: 'could not cast element of type `Str` to a map',
  },
  {
    name: 'nested with different value data types',
    target: [m({ name: 'foo', value: m({ test: 'value' }) }), m({ name: 'bar', value: 5n })],
    keyPath: ['name'],
    valuePath: ['value'],
    want: m({ foo: m({ test: 'value' }), bar: 5n }),
  },
  { name: 'no key path and no value path', target: flat(), want: m({ 0: m({ name: 'foo', value: 2n }), 1: m({ name: 'bar', value: 5n }) }) },
  { name: 'only value path', target: flat(), valuePath: ['value'], want: m({ 0: 2n, 1: 5n }) },
  { name: 'literal slice without paths', target: ['a', 'b'], want: m({ 0: 'a', 1: 'b' }) },
  { name: 'mixed types without paths', target: ['a', 123n, true, 'val'], want: m({ 0: 'a', 1: 123n, 2: true, 3: 'val' }) },
  { name: 'empty slice', target: [], keyPath: ['name'], want: new Map() },
  { name: 'empty key path list', target: flat(), keyPath: [], error: 'must provide at least one path item' },
  {
    name: 'duplicate keys: later value wins in the first position',
    target: [m({ k: 'a', v: 1n }), m({ k: 'b', v: 2n }), m({ k: 'a', v: 3n })],
    keyPath: ['k'],
    valuePath: ['v'],
    want: m({ a: 3n, b: 2n }),
  },
];

describe('SliceToMap', () => {
  it.each(cases)('$name', ({ target, keyPath, valuePath, want, error }) => {
    const run = () => call(SliceToMap, { target: constant(target), key_path: keyPath, value_path: valuePath });
    if (error !== undefined) expect(run).toThrow(error);
    else {
      const got = run() as Map<string, Value>;
      expect(got).toEqual(want);
      expect([...got.keys()]).toEqual([...(want as Map<string, Value>).keys()]);
    }
  });
});
