/**
 * The examples of CONTRIBUTING.md, run as written, so the guide stays true. Keep them in sync.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delete_matching_keys } from '../../src/functions/delete_matching_keys.js';
import { keep_matching_keys } from '../../src/functions/keep_matching_keys.js';
import { ArgumentError } from '../../src/functions/signature.js';
import { attributesArb, callEditor, dynamic } from '../../src/testing/index.js';
import type { Value } from '../../src/core/values/types.js';

const input = (): Map<string, Value> => new Map<string, Value>([['test', 'hello world'], ['test2', 3n], ['test3', true]]);

// Rows of the reference's Test_deleteMatchingKeys.
const cases = [
  { name: 'delete everything', pattern: 'test.*', want: [] },
  { name: 'delete attributes that end in a number', pattern: '\\d$', want: ['test'] },
  { name: 'delete nothing', pattern: 'not a matching pattern', want: ['test', 'test2', 'test3'] },
];

describe('CONTRIBUTING.md step 3: delete_matching_keys', () => {
  it.each(cases)('$name', ({ pattern, want }) => {
    const { target } = callEditor(delete_matching_keys, { target: input(), pattern });
    expect([...(target as Map<string, Value>).keys()]).toEqual(want);
  });

  it('reports an invalid literal pattern at compile time', () => {
    expect(() => callEditor(delete_matching_keys, { target: input(), pattern: '*' })).toThrow(ArgumentError);
  });

  it('reports an invalid computed pattern at run time (Test_deleteMatchingKeys_invalid_pattern)', () => {
    expect(() => callEditor(delete_matching_keys, { target: input(), pattern: dynamic('*') })).toThrow('error parsing regexp:');
  });

  it('errors on a target that is not a map (Test_deleteMatchingKeys_bad_input)', () => {
    expect(() => callEditor(delete_matching_keys, { target: 1n, pattern: 'anything' })).toThrow('expected pcommon.Map');
  });
});

describe('CONTRIBUTING.md step 4: a property test', () => {
  it('keep_matching_keys and delete_matching_keys partition the keys', () => {
    fc.assert(
      fc.property(attributesArb(), fc.constantFrom('^a', 'b$', '.', '^$'), (m, pattern) => {
        const kept = callEditor(keep_matching_keys, { target: new Map(m), pattern }).target as Map<string, unknown>;
        const left = callEditor(delete_matching_keys, { target: new Map(m), pattern }).target as Map<string, unknown>;
        expect(new Set([...kept.keys(), ...left.keys()])).toEqual(new Set(m.keys()));
        for (const k of kept.keys()) expect(left.has(k)).toBe(false);
      }),
    );
  });
});
