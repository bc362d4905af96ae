import { describe, expect, it } from 'vitest';

import { Base64Decode } from '../../src/functions/base64decode.js';
import { run } from './conv-support.js';

describe('Base64Decode (deprecated)', () => {
  const cases: [string, unknown[], string][] = [
    ['padded', ['dGVzdCBzdHJpbmc='], 'test string'],
    ['two padding chars', ['YQ=='], 'a'],
    ['newlines ignored', ['dGVz\ndA=='], 'test'],
    ['empty', [''], ''],
    ['unicode', ['w6ninJM='], 'é✓'],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(Base64Decode, args)).toBe(want);
  });
  it('is marked deprecated', () => {
    expect(Base64Decode.tier).toBe('deprecated');
  });
  const errors: [string, unknown[], string][] = [
    ['missing padding', ['dGVzdCBzdHJpbmc'], 'illegal base64 data at input byte 12'],
    ['url alphabet', ['Z28_'], 'illegal base64 data at input byte 3'],
    ['nil', [null], 'expected string but got nil'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(Base64Decode, args)).toThrow(message);
  });
});
