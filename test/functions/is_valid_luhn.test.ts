import { describe, expect, it } from 'vitest';

import { IsValidLuhn } from '../../src/functions/is_valid_luhn.js';
import { run } from './conv-support.js';

describe('IsValidLuhn', () => {
  const cases: [string, unknown[], unknown][] = [
    ['valid card number', ['4539 3195 0343 6467'], true],
    ['valid digits', ['79927398713'], true],
    ['invalid check digit', ['79927398710'], false],
    ['int', [79927398713n], true],
    ['empty string', [''], false],
    ['only spaces', ['   '], false],
    ['single zero', ['0'], true],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(IsValidLuhn, args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['not a number', ['test'], 'strconv.Atoi: parsing "t": invalid syntax'],
    ['dash', ['4539-3195'], 'strconv.Atoi: parsing "-": invalid syntax'],
    ['non-ASCII', ['12é'], 'invalid syntax'],
    ['nil', [null], 'invalid input: <nil>'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(IsValidLuhn, args)).toThrow(message);
  });
});
