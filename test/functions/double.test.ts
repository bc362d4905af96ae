import { describe, expect, it } from 'vitest';

import { Double } from '../../src/functions/double.js';
  it('returns a float64, not an int64', () => {
    expect(typeof run(Double, ['50'])).toBe('number');
  });
import { run } from './conv-support.js';

describe('Double', () => {
  const cases: [string, unknown[], unknown][] = [
    ['float', [2.5], 2.5],
    ['int', [50n], 50],
    ['string', ['50'], 50],
    ['string decimal', ['2.5'], 2.5],
    ['string exponent', ['1e3'], 1000],
    ['bool', [true], 1],
    ['int64 max rounds', [9223372036854775807n], 9223372036854775807],
    ['nil', [null], null],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(Double, args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['empty string', [''], 'invalid syntax'],
    ['not a number', ['abc'], 'invalid syntax'],
    ['map', [new Map()], 'unsupported type'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(Double, args)).toThrow(message);
  });
});
