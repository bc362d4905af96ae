import { describe, expect, it } from 'vitest';
import { HasSuffix } from '../../src/functions/has_suffix.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext, str } from './text-helpers.js';

// Rows of the reference's Test_HasSuffix (and the conformance errors), plus edge cases.
const cases: [string, string, boolean][] = [
  ['test', 'te', false],
  ['test', 'st', true],
  ['test', 'test', true],
  ['test', '', true],
  ['', '', true],
  ['', 'a', false],
  ['test', 'TE', false],
  ['🎉party🎉', '🎉', true],
  ['test', 'testing', false],
];

describe('HasSuffix', () => {
  it.each(cases)('HasSuffix(%j, %j) = %s', (target, suffix, want) => {
    expect(HasSuffix.create({ target: str(target), suffix: str(suffix) }, { context: 'log' })(newContext())).toBe(want);
  });

  it.each([
    [true, 'test'],
    [null, 'x'],
    ['x', 1n],
  ] as [Value, Value][])('errors on target %s / suffix %s (conformance)', (target, suffix) => {
    expect(() => HasSuffix.create({ target: str(target), suffix: str(suffix) }, { context: 'log' })(newContext())).toThrow('expected string but got');
  });
});
