import { describe, expect, it } from 'vitest';
import { delete_index } from '../../src/functions/delete_index.js';
import type { Value } from '../../src/core/values/types.js';
import { box } from '../support/getters.js';
import { int, newContext } from './text-helpers.js';

const letters = (): Value[] => ['a', 'b', 'c', 'd', 'e'];

const cases: { name: string; input: Value[]; start: bigint; end?: bigint; want: Value[] }[] = [
  { name: 'single string element (conformance)', input: letters(), start: 1n, want: ['a', 'c', 'd', 'e'] },
  { name: 'first', input: letters(), start: 0n, want: ['b', 'c', 'd', 'e'] },
  { name: 'last', input: letters(), start: 4n, want: ['a', 'b', 'c', 'd'] },
  { name: 'range of floats (conformance)', input: [1.1, 2.2, 3.3, 4.4, 5.5], start: 1n, end: 3n, want: [1.1, 4.4, 5.5] },
  { name: 'whole slice', input: letters(), start: 0n, end: 5n, want: [] },
  { name: 'start == end changes nothing', input: letters(), start: 2n, end: 2n, want: letters() },
  { name: 'to the end', input: letters(), start: 3n, end: 5n, want: ['a', 'b', 'c'] },
  { name: 'empty slice, 0..0', input: [], start: 0n, end: 0n, want: [] },
  { name: 'mixed types', input: [1n, 'x', true], start: 1n, want: [1n, true] },
];

const errors: { name: string; input: Value; start: Value; end?: Value; message: string }[] = [
  { name: 'negative start', input: letters(), start: -1n, message: 'startIndex -1 out of bounds for slice of length 5' },
  { name: 'start past the end', input: letters(), start: 5n, message: 'startIndex 5 out of bounds for slice of length 5' },
  { name: 'end before start', input: letters(), start: 3n, end: 1n, message: 'endIndex 1 cannot be less than startIndex 3' },
  { name: 'end past the end', input: letters(), start: 3n, end: 9n, message: 'deletion range [3:9] out of bounds for slice of length 5' },
  { name: 'empty slice', input: [], start: 0n, message: 'startIndex 0 out of bounds for slice of length 0' },
  { name: 'not a slice', input: 'abc', start: 0n, message: 'expected pcommon.Slice but got string' },
  { name: 'nil target', input: null, start: 0n, message: 'expected pcommon.Slice but got nil' },
  { name: 'end not an int (conformance)', input: letters(), start: 0n, end: 'invalid_endIndex', message: 'expected int64 but got string' },
];

describe('delete_index', () => {
  it.each(cases)('$name', ({ input, start, end, want }) => {
    const target = box(input);
    delete_index.create({ target, start_index: int(start), end_index: end === undefined ? undefined : int(end) }, { context: 'log' })(newContext());
    expect(target.value).toEqual(want);
  });

  it.each(errors)('errors: $name', ({ input, start, end, message }) => {
    const fn = delete_index.create({ target: box(input), start_index: int(start), end_index: end === undefined ? undefined : int(end) }, { context: 'log' });
    expect(() => fn(newContext())).toThrow(message);
  });
});
