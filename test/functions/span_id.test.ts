import { describe, expect, it } from 'vitest';

import { SpanID } from '../../src/functions/span_id.js';
import { SpanID as Id } from '../../src/core/values/types.js';
import { run } from './conv-support.js';

const RAW = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);

describe('SpanID', () => {
  const cases: [string, unknown[], Id][] = [
    ['8 raw bytes', [RAW], new Id(RAW)],
    ['16 hex characters', ['0102030405060708'], new Id(RAW)],
    ['upper-case hex', ['0102030405060708'], new Id(RAW)],
    ['16 bytes of hex text', [new TextEncoder().encode('0102030405060708')], new Id(RAW)],
    ['all zeros', [new Uint8Array(8)], new Id(new Uint8Array(8))],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(SpanID, args)).toEqual(want);
  });
  const errors: [string, unknown[], string][] = [
    ['too long', [new Uint8Array(17)], 'SpanID: could not decode ID: invalid length: expected 8 or 16 bytes, got 17'],
    ['too short', [new Uint8Array(7)], 'got 7'],
    ['nil', [null], 'got 0'],
    ['bad hex', ['zzzzzzzzzzzzzzzz'], 'SpanID: could not decode ID: invalid hex: encoding/hex: invalid byte: U+007A \'z\''],
    ['map', [new Map()], 'unsupported type'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(SpanID, args)).toThrow(message);
  });
  it('copies the bytes', () => {
    const b = Uint8Array.from(RAW);
    const id = run(SpanID, [b]) as Id;
    b[0] = 99;
    expect(id.bytes[0]).toBe(1);
  });
});
