import { describe, expect, it } from 'vitest';
import { HasPrefix } from '../../src/functions/has_prefix.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext, str } from './text-helpers.js';

// Rows of the reference's Test_HasPrefix (and the conformance errors), plus edge cases.
const cases: [string, string, boolean][] = [
  ['test', 'te', true],
  ['test', 'st', false],
  ['test', 'test', true],
  ['test', '', true],
  ['', '', true],
  ['', 'a', false],
  ['test', 'TE', false],
  ['🎉party🎉', '🎉', true],
  ['test', 'testing', false],
];

describe('HasPrefix', () => {
  it.each(cases)('HasPrefix(%j, %j) = %s', (target, prefix, want) => {
    expect(HasPrefix.create({ target: str(target), prefix: str(prefix) }, { context: 'log' })(newContext())).toBe(want);
  });

  it.each([
    [true, 'test'],
    [null, 'x'],
    ['x', 1n],
  ] as [Value, Value][])('errors on target %s / prefix %s (conformance)', (target, prefix) => {
    expect(() => HasPrefix.create({ target: str(target), prefix: str(prefix) }, { context: 'log' })(newContext())).toThrow('expected string but got');
  });
});
