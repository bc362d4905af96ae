import { describe, expect, it } from 'vitest';

import { Int } from '../../src/functions/int.js';
import { run } from './conv-support.js';

describe('Int', () => {
  const cases: [string, unknown[], unknown][] = [
    ['int', [42n], 42n],
    ['float truncated', [3.9], 3n],
    ['negative float truncated toward zero', [-3.9], -3n],
    ['string', ['123'], 123n],
    ['negative string', ['-7'], -7n],
    ['string with decimal gives nil', ['2.0'], null],
    ['empty string gives nil', [''], null],
    ['int64 max string', ['9223372036854775807'], 9223372036854775807n],
    ['out of range string gives nil', ['9223372036854775808'], null],
    ['bool true', [true], 1n],
    ['bool false', [false], 0n],
    ['nil', [null], null],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(Int, args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['bytes', [new Uint8Array([1])], 'unsupported type'],
    ['map', [new Map()], 'unsupported type'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(Int, args)).toThrow(message);
  });
});
