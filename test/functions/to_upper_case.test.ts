import { describe, expect, it } from 'vitest';
import { ToUpperCase } from '../../src/functions/to_upper_case.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext, str } from './text-helpers.js';

const run = (s: Value): Value => ToUpperCase.create({ target: str(s) }, { context: 'log' })(newContext());

// Rows of the reference's Test_toUpperCase, plus Go simple case mapping edge cases.
const cases: [string, string][] = [
  ['simple', 'SIMPLE'],
  ['SIMPLE', 'SIMPLE'],
  ['simple_string', 'SIMPLE_STRING'],
  ['', ''],
  ['été', 'ÉTÉ'],
  // No one-to-many mappings in Go: ß has no simple upper case.
  ['straße', 'STRAßE'],
  ['ﬁx', 'ﬁX'],
];

describe('ToUpperCase', () => {
  it.each(cases)('%j → %j', (input, want) => {
    expect(run(input)).toBe(want);
  });
  it.each([10n, null] as Value[])('errors on a target of %s', (v) => {
    expect(() => run(v)).toThrow('expected string but got');
  });
});
