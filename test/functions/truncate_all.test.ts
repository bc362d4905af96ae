import { describe, expect, it } from 'vitest';
import { truncate_all } from '../../src/functions/truncate_all.js';
import { ArgumentError } from '../../src/functions/signature.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';
import { map, mapBox, newContext } from './text-helpers.js';

const input = (s: string): ValueMap => map({ test: s, test2: 3n, test3: true });

interface Case {
  name: string;
  input?: string;
  limit: bigint;
  safe?: boolean;
  marker?: string;
  want: string;
}

// Rows of the reference's Test_truncateAll, plus UTF-8 and marker cases from the README.
const cases: Case[] = [
  { name: 'truncate map', limit: 1n, want: 'h' },
  { name: 'truncate map to zero', limit: 0n, want: '' },
  { name: 'truncate nothing', limit: 100n, want: 'hello world' },
  { name: 'truncate exact', limit: 11n, want: 'hello world' },
  { name: 'marker counts against the limit', limit: 8n, marker: '...', want: 'hello...' },
  { name: 'marker equal to limit', limit: 3n, marker: '...', want: '...' },
  { name: 'marker not added when nothing is cut', limit: 11n, marker: '...', want: 'hello world' },
  { name: 'utf8-safe backs off to a character boundary', input: 'héllo', limit: 2n, want: 'h' },
  { name: 'utf8-safe keeps a whole 2-byte character', input: 'héllo', limit: 3n, want: 'hé' },
  { name: 'utf8-safe with 4-byte emoji', input: '🎉🎊', limit: 5n, want: '🎉' },
  { name: 'utf8-safe with emoji and marker', input: '🎉🎊🎈', limit: 9n, marker: '…', want: '🎉…' },
  { name: 'unsafe cut splits a character', input: 'héllo', limit: 2n, safe: false, want: 'h\ufffd' },
  { name: 'unsafe cut on a boundary', input: 'héllo', limit: 3n, safe: false, want: 'hé' },
  { name: 'CJK', input: '一二三', limit: 7n, want: '一二' },
  { name: 'empty string', input: '', limit: 0n, want: '' },
  { name: 'huge string', input: 'x'.repeat(1_000_000), limit: 5n, want: 'xxxxx' },
];

describe('truncate_all', () => {
  it.each(cases)('$name', ({ input: s, limit, safe, marker, want }) => {
    const target = mapBox(input(s ?? 'hello world'));
    truncate_all.create({ target, limit, utf8_safe: safe, truncation_marker: marker }, { context: 'log' })(newContext());
    const m = target.value as ValueMap;
    expect(m.get('test')).toBe(want);
    expect(m.get('test2')).toBe(3n);
    expect(m.get('test3')).toBe(true);
  });

  it('leaves nested maps alone (conformance)', () => {
    const nested = map({ deep: 'hello world' });
    const target = mapBox(map({ m: nested, s: 'abcdef' }));
    truncate_all.create({ target, limit: 3n, utf8_safe: undefined, truncation_marker: undefined }, { context: 'log' })(newContext());
    expect(target.value).toEqual(map({ m: map({ deep: 'hello world' }), s: 'abc' }));
  });

  it.each([
    [-1n, undefined, 'invalid limit for truncate_all function, -1 cannot be negative'],
    [2n, '...', 'truncation_marker'],
  ] as [bigint, string | undefined, string][])('rejects limit %s with marker %j at compile time', (limit, marker, message) => {
    const create = () => truncate_all.create({ target: mapBox(new Map()), limit, utf8_safe: undefined, truncation_marker: marker }, { context: 'log' });
    expect(create).toThrow(ArgumentError);
    expect(create).toThrow(message);
  });

  it.each(['not a map', null] as Value[])('errors on a target of %s', (v) => {
    const fn = truncate_all.create({ target: mapBox(v), limit: 1n, utf8_safe: undefined, truncation_marker: undefined }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected pcommon.Map');
  });
});
