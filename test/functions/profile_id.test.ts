import { describe, expect, it } from 'vitest';

import { ProfileID } from '../../src/functions/profile_id.js';
import { ProfileID as Id } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const RAW = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

describe('ProfileID', () => {
  const cases: [string, unknown[], Id][] = [
    ['16 raw bytes', [RAW], new Id(RAW)],
    ['32 hex characters', ['0102030405060708090a0b0c0d0e0f10'], new Id(RAW)],
    ['upper-case hex', ['0102030405060708090A0B0C0D0E0F10'], new Id(RAW)],
    ['32 bytes of hex text', [new TextEncoder().encode('0102030405060708090a0b0c0d0e0f10')], new Id(RAW)],
    ['all zeros', [new Uint8Array(16)], new Id(new Uint8Array(16))],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(ProfileID, args)).toEqual(want);
  });
  const errors: [string, unknown[], string][] = [
    ['too long', [new Uint8Array(33)], 'ProfileID: could not decode ID: invalid length: expected 16 or 32 bytes, got 33'],
    ['too short', [new Uint8Array(15)], 'got 15'],
    ['nil', [null], 'got 0'],
    ['bad hex', ['zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'], 'ProfileID: could not decode ID: invalid hex: encoding/hex: invalid byte: U+007A \'z\''],
    ['map', [new Map()], 'unsupported type'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(ProfileID, args)).toThrow(message);
  });
  it('copies the bytes', () => {
    const b = Uint8Array.from(RAW);
    const id = run(ProfileID, [b]) as Id;
    b[0] = 99;
    expect(id.bytes[0]).toBe(1);
  });
});
