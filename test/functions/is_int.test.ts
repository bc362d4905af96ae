import { describe, expect, it } from 'vitest';

import { IsInt } from '../../src/functions/is_int.js';
import { run } from './conv-support.js';

describe('IsInt', () => {
  const cases: [string, unknown[], unknown][] = [
    ['int', [333n], true],
    ['float 2.0', [2.0], false],
    ['nil', [null], false],
    ['string', ["1"], false],
    ['int64 min', [-(1n << 63n)], true],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(IsInt, args)).toEqual(want);
  });
});
