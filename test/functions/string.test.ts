import { describe, expect, it } from 'vitest';

import { StringFunction } from '../../src/functions/string.js';
import { run } from './conv-support.js';

describe('String', () => {
  const cases: [string, unknown[], unknown][] = [
    ['string', ['hello'], 'hello'],
    ['int', [42n], '42'],
    ['float', [3.5], '3.5'],
    ['bool', [true], 'true'],
    ['bytes as hex', [new Uint8Array([1, 2, 0xff])], '0102ff'],
    ['slice as JSON', [['a', 'b', 'c']], '["a","b","c"]'],
    ['map as JSON', [new Map<string, unknown>([['a', 1n]])], '{"a":1}'],
    ['unicode kept', ['héllo ✓'], 'héllo ✓'],
    ['nil', [null], null],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(StringFunction, args)).toEqual(want);
  });
});
