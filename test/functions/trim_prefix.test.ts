import { describe, expect, it } from 'vitest';
import { TrimPrefix } from '../../src/functions/trim_prefix.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext, str } from './text-helpers.js';

// README examples, the conformance row, and Go strings.TrimPrefix edge cases.
const cases: [string, string, string][] = [
  ['ingest_service', 'ingest_', 'service'],
  ['ingest_service', 'egress_', 'ingest_service'],
  ['abab-x', 'ab', 'ab-x'],
  ['abc', '', 'abc'],
  ['abc', 'abc', ''],
  ['', 'a', ''],
  ['été', 'é', 'té'],
];

describe('TrimPrefix', () => {
  it.each(cases)('TrimPrefix(%j, %j) = %j', (target, prefix, want) => {
    expect(TrimPrefix.create({ target: str(target), prefix: str(prefix) }, { context: 'log' })(newContext())).toBe(want);
  });
  it.each([null, 1n, true] as Value[])('errors on a target of %s', (v) => {
    expect(() => TrimPrefix.create({ target: str(v), prefix: str('a') }, { context: 'log' })(newContext())).toThrow('expected string but got');
  });
});
