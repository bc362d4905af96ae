import { describe, expect, it } from 'vitest';
import { Split } from '../../src/functions/split.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext, str } from './text-helpers.js';

// Rows of the reference's Test_split, the conformance rows, and Go strings.Split edge cases.
const cases: { name: string; target: string; delimiter: string; want: string[] }[] = [
  { name: 'split string', target: 'A|B|C', delimiter: '|', want: ['A', 'B', 'C'] },
  { name: 'split with no result', target: 'A|B|C', delimiter: '', want: ['A', '|', 'B', '|', 'C'] },
  { name: 'split with no delimiter present', target: 'A|B|C', delimiter: ',', want: ['A|B|C'] },
  { name: 'empty string and empty delimiter (conformance)', target: '', delimiter: '', want: [] },
  { name: 'empty string', target: '', delimiter: ',', want: [''] },
  { name: 'empty delimiter splits UTF-8 characters (conformance)', target: 'añ✓', delimiter: '', want: ['a', 'ñ', '✓'] },
  { name: 'emoji', target: '🎉🎊', delimiter: '', want: ['🎉', '🎊'] },
  { name: 'leading and trailing delimiters', target: ',a,,b,', delimiter: ',', want: ['', 'a', '', 'b', ''] },
  { name: 'multi-character delimiter', target: 'a::b::c', delimiter: '::', want: ['a', 'b', 'c'] },
  { name: 'huge input', target: 'x,'.repeat(10_000), delimiter: ',', want: [...Array<string>(10_000).fill('x'), ''] },
];

describe('Split', () => {
  it.each(cases)('$name', ({ target, delimiter, want }) => {
    expect(Split.create({ target: str(target), delimiter: str(delimiter) }, { context: 'log' })(newContext())).toEqual(want);
  });

  it.each([
    ['target', 1n, ','],
    ['target', null, ','],
    ['delimiter (conformance)', 'str', 42n],
  ] as [string, Value, Value][])('errors on a non-string %s', (_what, target, delimiter) => {
    const fn = Split.create({ target: str(target), delimiter: str(delimiter) }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected string but got');
  });
});
