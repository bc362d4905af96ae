import { describe, expect, it } from 'vitest';

import { IsMap } from '../../src/functions/is_map.js';
import { run } from './conv-support.js';

describe('IsMap', () => {
  const cases: [string, unknown[], unknown][] = [
    ['map', [new Map()], true],
    ["string '{}'", ["{}"], false],
    ['slice', [["a"]], false],
    ['nil', [null], false],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(IsMap, args)).toEqual(want);
  });
});
