import { describe, expect, it } from 'vitest';
import { Trim } from '../../src/functions/trim.js';
import { newContext, str } from './text-helpers.js';

describe('Trim', () => {
  // Rows of the reference's Test_trim and README, plus Go strings.Trim cutset semantics.
  const cases: { name: string; target: string; replacement?: string; want: string }[] = [
    { name: 'trim default spaces', target: ' this is a test ', want: 'this is a test' },
    { name: 'trim explicit space', target: ' this is a test ', replacement: ' ', want: 'this is a test' },
    { name: 'cutset of !', target: '!!this is a test!!', replacement: '!!', want: 'this is a test' },
    { name: 'cutset is a set', target: 'xyhelloyx', replacement: 'yx', want: 'hello' },
    { name: 'only spaces by default (tabs kept)', target: '\t x \t', want: '\t x \t' },
    { name: 'nothing to trim', target: 'abc', replacement: 'z', want: 'abc' },
    { name: 'everything trimmed', target: 'aaaa', replacement: 'a', want: '' },
    { name: 'empty cutset', target: ' a ', replacement: '', want: ' a ' },
    { name: 'empty target', target: '', want: '' },
    { name: 'unicode cutset', target: '🎉é🎉', replacement: '🎉', want: 'é' },
  ];
  it.each(cases)('$name', ({ target, replacement, want }) => {
    expect(Trim.create({ target: str(target), replacement }, { context: 'log' })(newContext())).toBe(want);
  });
  it('errors on a non-string target', () => {
    expect(() => Trim.create({ target: str(1n), replacement: undefined }, { context: 'log' })(newContext())).toThrow('expected string but got int64');
  });
});
