import { describe, expect, it } from 'vitest';
import { TrimSuffix } from '../../src/functions/trim_suffix.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext, str } from './text-helpers.js';

// README examples and Go strings.TrimSuffix edge cases.
const cases: [string, string, string][] = [
  ['ingest_service', '_service', 'ingest'],
  ['ingest_service', '_x', 'ingest_service'],
  ['x-abab', 'ab', 'x-ab'],
  ['abc', '', 'abc'],
  ['abc', 'abc', ''],
  ['🎉🎊', '🎊', '🎉'],
];

describe('TrimSuffix', () => {
  it.each(cases)('TrimSuffix(%j, %j) = %j', (target, suffix, want) => {
    expect(TrimSuffix.create({ target: str(target), suffix: str(suffix) }, { context: 'log' })(newContext())).toBe(want);
  });
  it.each([null, 1n, true] as Value[])('errors on a target of %s', (v) => {
    expect(() => TrimSuffix.create({ target: str(v), suffix: str('a') }, { context: 'log' })(newContext())).toThrow('expected string but got');
  });
});
