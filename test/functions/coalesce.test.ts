import { describe, expect, it } from 'vitest';

import { Coalesce } from '../../src/functions/coalesce.js';
import { run } from './conv-support.js';

describe('Coalesce', () => {
  const cases: [string, unknown[], unknown][] = [
    ['first non-nil', [[null, 'a', 'b']], 'a'],
    ['bool value', [[null, true]], true],
    ['map value', [[null, new Map([['a', 'x']])]], new Map([['a', 'x']])],
    ['zero values are not nil', [[0n, 'x']], 0n],
    ['empty string is not nil', [['', 'x']], ''],
    ['all nil', [[null, null]], null],
    ['single', [[1.5]], 1.5],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(Coalesce, args)).toEqual(want);
  });

  it('needs at least one value', () => {
    expect(() => run(Coalesce, [[]])).toThrow('Coalesce requires at least one argument');
  });
  it('stops at the first non-nil value', () => {
    let evaluated = 0;
    const getter = (v: unknown) => () => {
      evaluated++;
      return v;
    };
    const f = Coalesce.create({ values: [getter(null), getter('a'), getter('b')] } as never, { context: 'log' });
    expect(f(undefined as never)).toBe('a');
    expect(evaluated).toBe(2);
  });
});
