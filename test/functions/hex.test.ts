import { describe, expect, it } from 'vitest';

import { Hex } from '../../src/functions/hex.js';
import { run } from './conv-support.js';

describe('Hex', () => {
  const cases: [string, unknown[], unknown][] = [
    ['float64 as IEEE bits', [3.5], '400c000000000000'],
    ['int64 big-endian', [1n], '0000000000000001'],
    ['negative int64', [-1n], 'ffffffffffffffff'],
    ['string bytes', ['test'], '74657374'],
    ['unicode string bytes', ['é'], 'c3a9'],
    ['bool true', [true], '01'],
    ['bool false', [false], '00'],
    ['bytes', [new Uint8Array([0xde, 0xad])], 'dead'],
    ['empty bytes', [new Uint8Array(0)], ''],
    // Newest reference (func_hex.go encodes the nil byte slice): "", no longer nil.
    ['nil', [null], ''],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(Hex, args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['map', [new Map()], 'unsupported type'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(Hex, args)).toThrow(message);
  });
});
