import { describe, expect, it } from 'vitest';

import { IsList } from '../../src/functions/is_list.js';
import { run } from './conv-support.js';

describe('IsList', () => {
  const cases: [string, unknown[], unknown][] = [
    ['slice', [["a", 1n]], true],
    ['empty slice', [[]], true],
    ['map', [new Map()], false],
    ['string', ["[]"], false],
    ['bytes', [new Uint8Array(2)], false],
    ['nil', [null], false],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(IsList, args)).toEqual(want);
  });
});
