import { describe, expect, it } from 'vitest';

import { IsString } from '../../src/functions/is_string.js';
import { run } from './conv-support.js';

describe('IsString', () => {
  const cases: [string, unknown[], unknown][] = [
    ['string', ["a"], true],
    ['empty string', [""], true],
    ['nil', [null], false],
    ['int', [1n], false],
    ['bytes', [new Uint8Array([97])], false],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(IsString, args)).toEqual(want);
  });
});
