import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { Sort } from '../../src/functions/sort.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call, compile, m } from './call.js';

const cases: { name: string; target: Value; order?: string; want: Value }[] = [
  { name: 'int slice', target: [9n, 6n, 3n], want: [3n, 6n, 9n] },
  { name: 'int slice desc', target: [3n, 9n, 6n], order: 'desc', want: [9n, 6n, 3n] },
  { name: 'string slice', target: ['i', 'am', 'awesome', 'slice'], want: ['am', 'awesome', 'i', 'slice'] },
  { name: 'string slice desc (conformance)', target: ['a', 'b', 'c'], order: 'desc', want: ['c', 'b', 'a'] },
  { name: 'double slice', target: [1.5, 10.2, 2.3, 0.5], want: [0.5, 1.5, 2.3, 10.2] },
  {
    name: 'mixed numbers compare as double, keep types (conformance)',
    target: [0n, 2n, 3.33, 0n],
    want: [0n, 0n, 2n, 3.33],
  },
  { name: 'bools compare as strings, keep types (conformance)', target: [true, false, true, false], want: [false, false, true, true] },
  { name: 'mixed string and int compare as text', target: ['b', 10n, 'a', 9n], want: [10n, 9n, 'a', 'b'] },
  { name: 'nil sorts as empty text', target: ['b', null, 'a'], want: [null, 'a', 'b'] },
  { name: 'strings compare by bytes', target: ['é', 'z', 'a'], want: ['a', 'z', 'é'] },
  { name: 'slice with a map is returned unchanged', target: ['b', m({ a: 1n }), 'a'], want: ['b', m({ a: 1n }), 'a'] },
  { name: 'empty slice', target: [], want: [] },
];

// The reference errors on anything that is not a list (an observed run of
// `Sort(attributes["arr"])` with the key missing logs exactly this message).
const errorCases: { name: string; target: Value; error: string }[] = [
  { name: 'string', target: 'a string', error: "sort with unsupported type: 'string'. Target is not a list" },
  { name: 'nil', target: null, error: "sort with unsupported type: '<nil>'. Target is not a list" },
  { name: 'map', target: m({ a: 1n }), error: "sort with unsupported type: 'pcommon.Map'. Target is not a list" },
];

describe('Sort', () => {
  it.each(cases)('$name', ({ target, order, want }) => {
    expect(call(Sort, { target: constant(target), order })).toEqual(want);
  });
  it.each(errorCases)('errors on a non-list: $name', ({ target, error }) => {
    expect(() => call(Sort, { target: constant(target) })).toThrow(error);
  });
  it('statement: a missing attribute is an error, a present list is sorted', () => {
    const rules = compileStatements(['set(log.attributes["sorted"], Sort(log.attributes["arr"], "desc"))'], {
      context: 'log',
    });
    const log = newLogRecord();
    expect(() => rules.execute(evalContext({ log }))).toThrow("sort with unsupported type: '<nil>'. Target is not a list");
    expect(log.attributes.has('sorted')).toBe(false);
    log.attributes.set('arr', ['z', 'a', 'm']);
    rules.execute(evalContext({ log }));
    expect(log.attributes.get('sorted')).toEqual(['z', 'm', 'a']);
  });
  it('rejects an unknown order at compile time', () => {
    expect(() => compile(Sort, { target: constant([]), order: 'up' })).toThrow(
      'Order should be either "asc" or "desc"',
    );
  });
  it('does not modify its input', () => {
    const input = [3n, 1n, 2n];
    call(Sort, { target: constant(input) });
    expect(input).toEqual([3n, 1n, 2n]);
  });
  it('sorting ints agrees with bigint order, and desc is the reverse', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n })), (xs) => {
        const asc = call(Sort, { target: constant(xs) }) as bigint[];
        const desc = call(Sort, { target: constant(xs), order: 'desc' }) as bigint[];
        expect(asc).toEqual([...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(desc).toEqual([...asc].reverse());
      }),
    );
  });
});
