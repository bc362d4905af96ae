import { describe, expect, it } from 'vitest';

import { IsBool } from '../../src/functions/is_bool.js';
import { run } from './conv-support.js';

describe('IsBool', () => {
  const cases: [string, unknown[], unknown][] = [
    ['bool', [true], true],
    ['false', [false], true],
    ['nil', [null], false],
    ["string 'true'", ['true'], false],
    ['int 1', [1n], false],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(IsBool, args)).toEqual(want);
  });
});
