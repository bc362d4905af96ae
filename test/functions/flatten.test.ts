import { describe, expect, it } from 'vitest';
import { flatten } from '../../src/functions/flatten.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';
import { map, mapBox, newContext } from './text-helpers.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

/** Builds nested maps from a JSON-like object (arrays stay arrays). */
function v(x: unknown): Value {
  if (Array.isArray(x)) return x.map(v);
  if (x !== null && typeof x === 'object') return new Map(Object.entries(x).map(([k, y]) => [k, v(y)]));
  return x as Value;
}

interface Case {
  name: string;
  input: unknown;
  prefix?: string;
  depth?: bigint;
  conflicts?: boolean;
  want: unknown;
}

// Rows of the reference's Test_flatten and README, plus the conformance fixtures.
const cases: Case[] = [
  { name: 'simple', input: { name: 'test' }, want: { name: 'test' } },
  { name: 'nested map', input: { address: { street: 'first', house: 1234n } }, want: { 'address.street': 'first', 'address.house': 1234n } },
  { name: 'nested slice', input: { occupants: ['user 1', 'user 2'] }, want: { 'occupants.0': 'user 1', 'occupants.1': 'user 2' } },
  { name: 'combination', input: { name: 'test', address: { street: 'first', house: 1234n }, occupants: ['user 1', 'user 2'] }, want: { name: 'test', 'address.street': 'first', 'address.house': 1234n, 'occupants.0': 'user 1', 'occupants.1': 'user 2' } },
  { name: 'deep nesting', input: { '1': { '2': { '3': { '4': '5' } } } }, want: { '1.2.3.4': '5' } },
  { name: 'use prefix', input: { name: 'test', address: { street: 'first', house: 1234n }, occupants: ['user 1', 'user 2'] }, prefix: 'app', want: { 'app.name': 'test', 'app.address.street': 'first', 'app.address.house': 1234n, 'app.occupants.0': 'user 1', 'app.occupants.1': 'user 2' } },
  { name: 'max depth', input: { '0': { '1': { '2': { '3': { '4': 'value' } } } } }, depth: 2n, want: { '0.1.2': { '3': { '4': 'value' } } } },
  { name: 'max depth with slice', input: { '0': { '1': { '2': { '3': 'value' } } }, '1': { '1': [{ '1': 'value' }] } }, depth: 1n, want: { '0.1': { '2': { '3': 'value' } }, '1.1': [{ '1': 'value' }] } },
  { name: 'mixed nested slices', input: { name: 'test', address: { street: 'first', house: '1234' }, occupants: ['user 1', { name: 'user 2' }] }, want: { name: 'test', 'address.street': 'first', 'address.house': '1234', 'occupants.0': 'user 1', 'occupants.1.name': 'user 2' } },
  // The reference adds no dot between a nested slice's key and its indexes (`s.0` + `0`).
  { name: 'slice of slices', input: { s: [['a', 'b'], 'c'] }, want: { 's.00': 'a', 's.01': 'b', 's.1': 'c' } },
  { name: 'conflicts off: later wins', input: { address: { street: 'first' }, 'address.street': 'second' }, want: { 'address.street': 'second' } },
  { name: 'conflicts on (README)', input: { address: { street: { number: 'first' }, house: '1234' }, 'address.street': { number: ['second', 'third'] }, 'address.street.number': 'fourth', occupants: ['user 1', 'user 2'] }, conflicts: true, want: { 'address.street.number': 'first', 'address.house': '1234', 'address.street.number.0': 'second', 'address.street.number.1': 'third', 'address.street.number.2': 'fourth', occupants: 'user 1', 'occupants.0': 'user 2' } },
  { name: 'conflicts on with prefix (conformance)', input: { name: 'test', address: { street: 'first', house: '1234' }, occupants: ['user 1', 'user 2'] }, prefix: 'app', conflicts: true, want: { 'app.name': 'test', 'app.address.street': 'first', 'app.address.house': '1234', 'app.occupants': 'user 1', 'app.occupants.0': 'user 2' } },
  { name: 'conflicts on, deep nesting (conformance)', input: { '1': { '2': { '3': { '4': '5' } } } }, conflicts: true, want: { '1.2.3.4': '5' } },
  { name: 'conflict map', input: { address: { street: { house: '1234' } }, 'address.street': { house: '1235' } }, conflicts: true, want: { 'address.street.house': '1234', 'address.street.house.0': '1235' } },
  { name: 'conflict slice', input: { address: { street: ['first'], house: '1234' }, 'address.street': ['second'] }, conflicts: true, want: { 'address.street': 'first', 'address.house': '1234', 'address.street.0': 'second' } },
  { name: 'empty map', input: {}, want: {} },
  { name: 'empty nested map and slice vanish', input: { a: {}, b: [] }, want: {} },
  { name: 'unicode keys', input: { 'ключ': { 'ü': 1n } }, want: { 'ключ.ü': 1n } },
];

describe('flatten', () => {
  it.each(cases)('$name', ({ input, prefix, depth, conflicts, want }) => {
    const target = mapBox(v(input));
    const before = target.value;
    flatten.create({ target, prefix, depth, resolve_conflicts: conflicts }, { context: 'log' })(newContext());
    expect(target.value).toEqual(v(want));
    // Flattened in place, like pdata's MoveTo.
    expect(target.value).toBe(before);
  });

  it('keeps entry order', () => {
    const target = mapBox(v({ b: { x: 1n }, a: 2n }));
    flatten.create({ target, prefix: undefined, depth: undefined, resolve_conflicts: undefined }, { context: 'log' })(newContext());
    expect([...(target.value as ValueMap).keys()]).toEqual(['b.x', 'a']);
  });

  it('copies values (no aliasing with the old nested maps)', () => {
    const inner = map({ k: [1n] });
    const target = mapBox(map({ inner }));
    flatten.create({ target, prefix: undefined, depth: undefined, resolve_conflicts: undefined }, { context: 'log' })(newContext());
    expect((target.value as ValueMap).get('inner.k.0')).toBe(1n);
  });

  it.each([-1n, 0n])('rejects depth %s at compile time (the reference wants depth > 0)', (depth) => {
    expect(() => flatten.create({ target: mapBox(new Map()), prefix: undefined, depth, resolve_conflicts: undefined }, { context: 'log' })).toThrow(
      `invalid depth '${depth}' for flatten function, must be greater than 0`,
    );
  });

  it('errors on a non-map target', () => {
    const fn = flatten.create({ target: mapBox('x'), prefix: undefined, depth: undefined, resolve_conflicts: undefined }, { context: 'log' });
    expect(() => fn(newContext())).toThrow('expected pcommon.Map but got string');
  });
});

describe('flatten through the compiler', () => {
  it('takes literal prefix, depth and resolve_conflicts (named)', () => {
    const attrs = runOnLog('flatten(log.attributes, "p", resolve_conflicts = true, depth = 1)', {
      attributes: { a: new Map<string, Value>([['b', new Map<string, Value>([['c', 1n]])]]) },
    });
    expect([...attrs.keys()]).toEqual(['p.a.b']);
  });

  it('depth 0 is a compile error', () => {
    expect(compileErrorOf('flatten(log.attributes, depth = 0)')).toContain("invalid depth '0' for flatten function, must be greater than 0");
  });

  it('a non-literal depth is rejected (the reference declares Optional[int64])', () => {
    expect(compileErrorOf('flatten(log.attributes, depth = log.attributes["d"])')).toMatch(/depth/);
  });
});
