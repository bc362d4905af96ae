import { describe, expect, it } from 'vitest';
import { Index } from '../../src/functions/index_fn.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { map, newContext } from './text-helpers.js';

const run = (target: Value, value: Value): Value =>
  Index.create({ target: constant(target), value: constant(value) }, { context: 'log' })(newContext());

// Rows of the reference's Test_index and the conformance rows.
const cases: { name: string; target: Value; value: Value; want: bigint }[] = [
  { name: 'substring found', target: 'hello world', value: 'world', want: 6n },
  { name: 'substring at start', target: 'hello world', value: 'hello', want: 0n },
  { name: 'substring not found (conformance)', target: 'hello world', value: 'universe', want: -1n },
  { name: 'case sensitive (conformance)', target: 'Hello World', value: 'world', want: -1n },
  { name: 'empty substring', target: 'hello', value: '', want: 0n },
  { name: 'byte offset after multi-byte text', target: 'héllo wörld', value: 'w', want: 7n },
  { name: 'emoji offset', target: '🎉x', value: 'x', want: 4n },
  { name: 'slice of strings (conformance)', target: ['a', 'b', 'c'], value: 'b', want: 1n },
  { name: 'first of duplicates', target: ['a', 'b', 'b'], value: 'b', want: 1n },
  { name: 'string vs int (conformance)', target: ['apple', 'banana', 'cherry'], value: 123n, want: -1n },
  { name: 'bool false (conformance)', target: [false, true, false], value: false, want: 0n },
  { name: 'bool vs string (conformance)', target: [false, true, false], value: 'true', want: -1n },
  { name: 'int found', target: [1n, 2n, 3n], value: 3n, want: 2n },
  { name: 'int equals float by comparison rules', target: [1n, 2n, 3n], value: 2.0, want: 1n },
  { name: 'float found', target: [1.1, 2.2], value: 2.2, want: 1n },
  { name: 'nil element', target: ['a', null], value: null, want: 1n },
  { name: 'map element', target: [map({ a: 1n })], value: map({ a: 1n }), want: 0n },
  { name: 'empty slice', target: [], value: 'a', want: -1n },
];

describe('Index', () => {
  it.each(cases)('$name', ({ target, value, want }) => {
    expect(run(target, value)).toBe(want);
  });

  it.each([
    ['string source with an int value', 'hello', 1n, 'when source is string, value must also be string'],
    ['int source', 42n, 'a', 'source must be of type string or slice'],
    ['nil source', null, 'a', 'source must be of type string or slice'],
    ['map source', map({ a: 1n }), 'a', 'source must be of type string or slice'],
  ] as [string, Value, Value, string][])('errors on %s', (_name, target, value, message) => {
    expect(() => run(target, value)).toThrow(message);
  });
});
