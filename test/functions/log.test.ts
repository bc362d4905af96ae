import { describe, expect, it } from 'vitest';

import { Log } from '../../src/functions/log.js';
import { run } from './conv-support.js';

describe('Log', () => {
  const cases: [string, unknown[], unknown][] = [
    ['float64', [55.0], 4.007333185232471],
    ['int', [42n], 3.7376696182833684],
    ['numeric string', ['1'], 0],
    ['bool true', [true], 0],
    ['e', [Math.E], 1],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(Log, args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['zero', [0n], 'invalid input: expected number greater than zero but got 0'],
    ['negative', [-1.5], 'invalid input: expected number greater than zero but got -1.5'],
    ['bool false', [false], 'expected number greater than zero'],
    ['nil', [null], 'invalid input: <nil>'],
    ['non-numeric string', ['abc'], 'invalid syntax'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(Log, args)).toThrow(message);
  });
});
