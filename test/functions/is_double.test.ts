import { describe, expect, it } from 'vitest';

import { IsDouble } from '../../src/functions/is_double.js';
import { run } from './conv-support.js';

describe('IsDouble', () => {
  const cases: [string, unknown[], unknown][] = [
    ['float', [2.5], true],
    ['float 2.0', [2.0], true],
    ['int 55', [55n], false],
    ['nil', [null], false],
    ['string', ["2.5"], false],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(IsDouble, args)).toEqual(want);
  });
});
