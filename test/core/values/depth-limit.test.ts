/**
 * Values of any depth never reach the JS stack: comparisons work at every depth (iteratively);
 * copies and JSON rendering stop at MAX_VALUE_DEPTH with a runtime error (or, where the reference
 * never fails, a documented fallback).
 */
import { describe, expect, it } from 'vitest';
import { OttlRuntimeError } from '../../../src/core/errors.js';
import { compareValues, valuesEqual } from '../../../src/core/values/compare.js';
import { deepCopy, fromRaw, toAttributeValue } from '../../../src/core/values/convert.js';
import { valueAsString, valueToJson } from '../../../src/core/values/format.js';
import { goFormatV } from '../../../src/core/values/go-text.js';
import { MAX_VALUE_DEPTH } from '../../../src/core/values/limits.js';
import type { Value } from '../../../src/core/values/types.js';

function nested(depth: number, leaf: Value = 1n): Value {
  let v: Value = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : new Map([['k', v]]);
  return v;
}

describe('comparisons of deep values', () => {
  it('compare two 100,000-level values without a stack overflow', () => {
    expect(valuesEqual(nested(100_000), nested(100_000))).toBe(true);
    expect(compareValues('!=', nested(100_000), nested(100_000, 2n))).toBe(true);
    expect(valuesEqual(nested(100_000), nested(99_999))).toBe(false);
  });

  it('keep deep equality rules: NaN inside is never equal, int 1 is not float 1', () => {
    expect(valuesEqual(nested(3, NaN), nested(3, NaN))).toBe(false);
    expect(valuesEqual(nested(3, 1n), nested(3, 1))).toBe(false);
    expect(valuesEqual(new Map<string, Value>([['a', 1n], ['b', [2n]]]), new Map<string, Value>([['b', [2n]], ['a', 1n]]))).toBe(true);
  });
});

describe('copies stop at MAX_VALUE_DEPTH', () => {
  it.each([
    ['toAttributeValue', toAttributeValue],
    ['deepCopy', deepCopy],
    ['fromRaw', fromRaw],
  ] as const)('%s copies a value at the maximum depth and refuses one level more', (_name, copy) => {
    const atMax = nested(MAX_VALUE_DEPTH);
    const copied = copy(atMax);
    expect(copied).toEqual(atMax);
    expect(copied).not.toBe(atMax);
    expect(() => copy(nested(MAX_VALUE_DEPTH + 1))).toThrow(OttlRuntimeError);
    expect(() => copy(nested(50_000))).toThrow(`nested deeper than ${MAX_VALUE_DEPTH} levels`);
  });
});

describe('rendering stops at MAX_VALUE_DEPTH', () => {
  it('valueToJson renders the maximum depth and throws a runtime error past it', () => {
    expect(valueToJson(nested(MAX_VALUE_DEPTH))).toContain('[{"k":[');
    expect(() => valueToJson(nested(50_000))).toThrow(OttlRuntimeError);
  });

  it('valueAsString (never throws) gives "" past it, as for other unencodable values', () => {
    expect(valueAsString(nested(50_000))).toBe('');
  });

  it('goFormatV (error messages) elides levels past it', () => {
    const text = goFormatV(nested(50_000));
    expect(text).toContain('…');
    expect(text.length).toBeLessThan(20_000);
  });
});
