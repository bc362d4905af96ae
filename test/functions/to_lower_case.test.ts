import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ToLowerCase } from '../../src/functions/to_lower_case.js';
import { ToUpperCase } from '../../src/functions/to_upper_case.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext, str } from './text-helpers.js';

const run = (def: typeof ToLowerCase, s: Value): Value => def.create({ target: str(s) }, { context: 'log' })(newContext());

// ToUpperCase shares this table (lower and upper of the same inputs); to_upper_case.test.ts has its own rows.
describe('ToLowerCase / ToUpperCase (Go strings.ToLower/ToUpper)', () => {
  const cases: [string, string, string][] = [
    // input, lower, upper
    ['Hello World', 'hello world', 'HELLO WORLD'],
    ['', '', ''],
    ['MyMetricName', 'mymetricname', 'MYMETRICNAME'],
    ['ÉTÉ', 'été', 'ÉTÉ'],
    ['straße', 'straße', 'STRAßE'],
    ['ΣΊΣΥΦΟΣ', 'σίσυφοσ', 'ΣΊΣΥΦΟΣ'],
    ['İstanbul', 'istanbul', 'İSTANBUL'],
    ['🎉a', '🎉a', '🎉A'],
  ];
  it.each(cases)('%j', (input, lower, upper) => {
    expect(run(ToLowerCase, input)).toBe(lower);
    expect(run(ToUpperCase, input)).toBe(upper);
  });

  it('ASCII results match JavaScript (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        expect(run(ToLowerCase, s)).toBe(s.toLowerCase());
        expect(run(ToUpperCase, s)).toBe(s.toUpperCase());
      }),
    );
  });
});


describe('ToLowerCase errors', () => {
  it.each([10n, null] as Value[])('on a target of %s', (v) => {
    expect(() => run(ToLowerCase, v)).toThrow('expected string but got');
  });
});
