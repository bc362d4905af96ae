import { describe, expect, it } from 'vitest';

import { Bool } from '../../src/functions/bool.js';
import { run } from './conv-support.js';

describe('Bool', () => {
  const cases: [string, unknown[], unknown][] = [
    ['bool true', [true], true],
    ['bool false', [false], false],
    ['int non-zero', [1n], true],
    ['int zero', [0n], false],
    ['int64 min', [-(1n << 63n)], true],
    ['float non-zero', [3.5], true],
    ['float zero', [0.0], false],
    ['NaN is non-zero', [NaN], true],
    ['string TRUE', ['TRUE'], true],
    ['string True', ['True'], true],
    ['string False', ['False'], false],
    ['string T', ['T'], true],
    ['string 1', ['1'], true],
    ['string f', ['f'], false],
    ['nil', [null], null],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(Bool, args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['empty string', [''], 'invalid syntax'],
    ['yes', ['yes'], 'invalid syntax'],
    ['map', [new Map()], 'unsupported type'],
    ['slice', [[1n]], 'unsupported type'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(Bool, args)).toThrow(message);
  });
});
