import { describe, expect, it } from 'vitest';

import { ParseInt } from '../../src/functions/parse_int.js';
import { run } from './conv-support.js';

describe('ParseInt', () => {
  const cases: [string, unknown[], unknown][] = [
    ['base 10', ['123456789', 10n], 123456789n],
    ['negative', ['-42', 10n], -42n],
    ['plus sign', ['+42', 10n], 42n],
    ['base 16', ['ff', 16n], 255n],
    ['base 16 upper', ['FF', 16n], 255n],
    ['base 2', ['1010', 2n], 10n],
    ['base 8', ['777', 8n], 511n],
    ['base 36', ['zz', 36n], 1295n],
    ['base 0 hex prefix', ['0xFF', 0n], 255n],
    ['base 0 binary prefix', ['0b101', 0n], 5n],
    ['base 0 octal prefix', ['0o17', 0n], 15n],
    ['base 0 leading zero is octal', ['017', 0n], 15n],
    ['base 0 underscores', ['1_000_000', 0n], 1000000n],
    ['base 0 zero', ['0', 0n], 0n],
    ['int64 max', ['9223372036854775807', 10n], 9223372036854775807n],
    ['int64 min', ['-9223372036854775808', 10n], -9223372036854775808n],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(ParseInt, args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['empty string', ['', 10n], 'invalid target value for ParseInt function, target cannot be empty'],
    ['base 37', ['1', 37n], 'strconv.ParseInt: parsing "1": invalid base 37'],
    ['base 1', ['1', 1n], 'invalid base 1'],
    ['negative base', ['1', -1n], 'invalid base value: -1 for ParseInt function, base cannot be negative'],
    ['bad digit', ['12a', 10n], 'strconv.ParseInt: parsing "12a": invalid syntax'],
    ['underscore needs base 0', ['1_000', 10n], 'invalid syntax'],
    ['misplaced underscore', ['_1', 0n], 'invalid syntax'],
    ['overflow', ['9223372036854775808', 10n], 'value out of range'],
    ['underflow', ['-9223372036854775809', 10n], 'value out of range'],
    ['huge', ['99999999999999999999999', 10n], 'value out of range'],
    ['sign only', ['-', 10n], 'invalid syntax'],
    ['non-string target', [1n, 10n], 'expected string but got int64'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(ParseInt, args)).toThrow(message);
  });
});
