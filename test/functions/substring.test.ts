import { describe, expect, it } from 'vitest';
import { Substring } from '../../src/functions/substring.js';
import type { Value } from '../../src/core/values/types.js';
import { int, newContext, str } from './text-helpers.js';

const run = (target: Value, start: Value, length: Value, utf8Safe?: boolean): Value =>
  Substring.create({ target: str(target), start: int(start), length: int(length), utf8_safe: utf8Safe }, { context: 'log' })(newContext());

// Rows of the reference's Test_substring, the conformance rows, and edge cases.
const cases: { name: string; target: string; start: bigint; length: bigint; safe?: boolean; want: string }[] = [
  { name: 'substring', target: '123456789', start: 3n, length: 3n, want: '456' },
  { name: 'whole string', target: '123456789', start: 0n, length: 9n, want: '123456789' },
  { name: 'last byte', target: '123456789', start: 8n, length: 1n, want: '9' },
  { name: 'byte offsets over multi-byte text', target: '一二三', start: 3n, length: 3n, want: '二' },
  { name: 'byte cut inside a character', target: 'é', start: 0n, length: 1n, want: '\ufffd' },
  { name: 'utf8_safe counts characters', target: '一二三', start: 0n, length: 2n, safe: true, want: '一二' },
  { name: 'utf8_safe emoji (conformance)', target: '🎉🎊🎈', start: 1n, length: 2n, safe: true, want: '🎊🎈' },
  { name: 'utf8_safe ASCII', target: 'hello', start: 1n, length: 3n, safe: true, want: 'ell' },
  { name: 'utf8_safe to the end', target: 'añb', start: 1n, length: 2n, safe: true, want: 'ñb' },
];

describe('Substring', () => {
  it.each(cases)('$name', ({ target, start, length, safe, want }) => {
    expect(run(target, start, length, safe)).toBe(want);
  });

  const errors: { name: string; target: Value; start: Value; length: Value; safe?: boolean; message: string }[] = [
    { name: 'negative start', target: '123456789', start: -1n, length: 4n, message: 'invalid start for substring function, -1 cannot be negative' },
    { name: 'zero length', target: '123456789', start: 1n, length: 0n, message: 'invalid length for substring function, 0 cannot be negative or zero' },
    { name: 'negative length', target: '123456789', start: 1n, length: -1n, message: 'cannot be negative or zero' },
    { name: 'range past the end', target: '123456789', start: 4n, length: 20n, message: 'invalid range for substring function, start(4)+length(20) cannot be greater than the length of target string(9)' },
    { name: 'start past the end', target: '123', start: 4n, length: 1n, message: 'cannot be greater than the length of target string(3)' },
    { name: 'empty target (conformance)', target: '', start: 3n, length: 6n, message: 'invalid range' },
    { name: 'utf8_safe past the characters', target: '一二三', start: 2n, length: 2n, safe: true, message: 'cannot be greater than the rune length of target string(3)' },
    { name: 'utf8_safe past the bytes', target: 'abc', start: 2n, length: 2n, safe: true, message: 'exceeds byte length(3) of target string' },
    { name: 'non-string target', target: 1n, start: 0n, length: 1n, message: 'expected string but got int64' },
    { name: 'nil target', target: null, start: 0n, length: 1n, message: 'expected string but got nil' },
    { name: 'non-int start', target: 'abc', start: 'x', length: 1n, message: 'expected int64 but got string' },
  ];
  it.each(errors)('errors: $name', ({ target, start, length, safe, message }) => {
    expect(() => run(target, start, length, safe)).toThrow(message);
  });
});
