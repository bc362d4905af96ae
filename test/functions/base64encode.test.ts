import { describe, expect, it } from 'vitest';

import { Base64Encode } from '../../src/functions/base64encode.js';
import { run } from './conv-support.js';

describe('Base64Encode', () => {
  const cases: [string, unknown[], string][] = [
    ['default variant', ['test string'], 'dGVzdCBzdHJpbmc='],
    ['base64', ['test string', 'base64'], 'dGVzdCBzdHJpbmc='],
    ['base64-raw', ['test string', 'base64-raw'], 'dGVzdCBzdHJpbmc'],
    ['base64-url', ['go?url=http://test', 'base64-url'], 'Z28_dXJsPWh0dHA6Ly90ZXN0'],
    ['base64-raw-url', ['go?url=http://t', 'base64-raw-url'], 'Z28_dXJsPWh0dHA6Ly90'],
    ['two padding chars', ['a', 'base64'], 'YQ=='],
    ['empty string', [''], ''],
    ['unicode as UTF-8', ['é✓', 'base64'], 'w6ninJM='],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(Base64Encode, args)).toBe(want);
  });
  const errors: [string, unknown[], string][] = [
    ['unknown variant', ['x', 'base32'], 'unsupported base64 variant: base32'],
    ['nil target', [null], 'expected string but got nil'],
    ['int target', [1n], 'expected string but got int64'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(Base64Encode, args)).toThrow(message);
  });
});
