import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareValues, valuesEqual, type CompareOp } from '../../../src/core/values/compare.js';
import { OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from '../../../src/core/values/types.js';
import { arbitraryValue } from './arbitrary.js';

const OPS: readonly CompareOp[] = ['==', '!=', '<', '<=', '>=', '>'];
const T = true;
const F = false;

const utf8 = (s: string) => new TextEncoder().encode(s);
const sa = '1';
const sb = '2';
const ba = utf8('1');
const bb = utf8('2');
const m1 = () => new Map<string, Value>([['test', true]]);
const m2 = () => new Map<string, Value>([['test', false]]);

// pkg/ottl/internal/runtime/compare_test.go Test_comparison; want is in the order ==, !=, <, <=, >=, >.
const cases: Array<[string, Value, Value, boolean[]]> = [
  ['identity string', sa, sa, [T, F, F, T, T, F]],
  ['identity int64', 1n, 1n, [T, F, F, T, T, F]],
  ['identity float64', 1.0, 1.0, [T, F, F, T, T, F]],
  ['identity bytes', ba, ba, [T, F, F, T, T, F]],
  ['identity nil', null, null, [T, F, F, T, T, F]],
  ['diff strings', sa, sb, [F, T, T, T, F, F]],
  ['string bytes', sa, ba, [F, T, F, F, F, F]],
  ['string int64', sa, 1n, [F, T, F, F, F, F]],
  ['string float64', sa, 1.0, [F, T, F, F, F, F]],
  ['string nil', sa, null, [F, T, F, F, F, F]],
  ['diff bytes', ba, bb, [F, T, T, T, F, F]],
  ['bytes string', ba, sa, [F, T, F, F, F, F]],
  ['bytes int64', ba, 1n, [F, T, F, F, F, F]],
  ['bytes float64', ba, 1.0, [F, T, F, F, F, F]],
  ['bytes nil', ba, null, [F, T, F, F, F, F]],
  ['false true', false, true, [F, T, T, T, F, F]],
  ['true false', true, false, [F, T, F, F, T, T]],
  ['true true', true, true, [T, F, F, T, T, F]],
  ['false false', false, false, [T, F, F, T, T, F]],
  ['bool string', false, sa, [F, T, F, F, F, F]],
  ['bool int64', false, 1n, [F, T, F, F, F, F]],
  ['bool float64', false, 1.0, [F, T, F, F, F, F]],
  ['bool and empty string', false, '', [F, T, F, F, F, F]],
  ['nil string', null, sa, [F, T, F, F, F, F]],
  ['nil int64', null, 1n, [F, T, F, F, F, F]],
  ['nil float64', null, 1.0, [F, T, F, F, F, F]],
  ['nil and empty string', null, '', [F, T, F, F, F, F]],
  ['int64 string', 1n, sa, [F, T, F, F, F, F]],
  ['int64 bytes', 1n, ba, [F, T, F, F, F, F]],
  ['int64 nil', 1n, null, [F, T, F, F, F, F]],
  ['int64 int64', 1n, 2n, [F, T, T, T, F, F]],
  ['int64 float64', 1n, 2.0, [F, T, T, T, F, F]],
  ['diff float64s', 1.0, 2.0, [F, T, T, T, F, F]],
  ['float64 string', 1.0, sa, [F, T, F, F, F, F]],
  ['float64 bytes', 1.0, ba, [F, T, F, F, F, F]],
  ['float64 nil', 1.0, null, [F, T, F, F, F, F]],
  ['float64 int64', 1.0, 2n, [F, T, T, T, F, F]],
  ['maps diff', m1(), m2(), [F, T, F, F, F, F]],
  ['maps same', m1(), m1(), [T, F, F, F, F, F]],
  ['map and other type', m1(), sa, [F, T, F, F, F, F]],
  ['slice diff', ['value1'], ['value2'], [F, T, F, F, F, F]],
  ['slice same', ['value1'], ['value1'], [T, F, F, F, F, F]],
  ['slice and other type', ['value1'], sa, [F, T, F, F, F, F]],
  // Beyond the reference table: rules read from compare.go.
  ['int64 equals float64 of the same value', 3n, 3.0, [T, F, F, T, T, F]],
  ['large int64 compared as float64', 9007199254740993n, 9007199254740992, [T, F, F, T, T, F]],
  ['NaN is unordered', NaN, NaN, [F, T, F, F, F, F]],
  ['strings compare by UTF-8 bytes', '\uffff', '😀', [F, T, T, T, F, F]],
  ['shorter byte prefix is smaller', utf8('ab'), utf8('abc'), [F, T, T, T, F, F]],
  ['times by instant, zone ignored', new OttlTime(5n, 'America/New_York'), new OttlTime(5n), [T, F, F, T, T, F]],
  ['earlier time', new OttlTime(1n), new OttlTime(2n), [F, T, T, T, F, F]],
  ['durations', new OttlDuration(2n), new OttlDuration(1n), [F, T, F, F, T, T]],
  ['duration vs int64', new OttlDuration(1n), 1n, [F, T, F, F, F, F]],
  ['time vs nil', new OttlTime(1n), null, [F, T, F, F, F, F]],
  ['maps ignore key order', new Map<string, Value>([['a', 1n], ['b', 2n]]), new Map<string, Value>([['b', 2n], ['a', 1n]]), [T, F, F, F, F, F]],
  ['int64 and float64 differ inside maps', new Map<string, Value>([['a', 1n]]), new Map<string, Value>([['a', 1.0]]), [F, T, F, F, F, F]],
  ['nested slices', [['x', null]], [['x', null]], [T, F, F, F, F, F]],
  ['map vs slice', new Map(), [], [F, T, F, F, F, F]],
  ['same trace ids', new TraceID(new Uint8Array(16).fill(1)), new TraceID(new Uint8Array(16).fill(1)), [T, F, F, F, F, F]],
  ['different span ids', new SpanID(new Uint8Array(8)), new SpanID(new Uint8Array(8).fill(2)), [F, T, F, F, F, F]],
  ['trace id vs profile id with same bytes', new TraceID(new Uint8Array(16)), new ProfileID(new Uint8Array(16)), [F, T, F, F, F, F]],
  ['trace id vs its bytes', new TraceID(new Uint8Array(16)), new Uint8Array(16), [F, T, F, F, F, F]],
];

describe('compareValues', () => {
  it.each(cases)('%s', (_name, a, b, want) => {
    expect(OPS.map((op) => compareValues(op, a, b))).toEqual(want);
  });

  it('valuesEqual is ==', () => {
    expect(valuesEqual(1n, 1.0)).toBe(true);
    expect(valuesEqual('1', 1n)).toBe(false);
    expect(valuesEqual(null, null)).toBe(true);
  });
});

describe('comparison laws', () => {
  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(arbitraryValue, arbitraryValue, fc.constantFrom(...OPS), (a, b, op) => {
        expect(typeof compareValues(op, a, b)).toBe('boolean');
      }),
    );
  });

  it('== is symmetric and != is its negation', () => {
    fc.assert(
      fc.property(arbitraryValue, arbitraryValue, (a, b) => {
        expect(compareValues('==', a, b)).toBe(compareValues('==', b, a));
        expect(compareValues('!=', a, b)).toBe(!compareValues('==', a, b));
      }),
    );
  });

  it('< and > are mirror images; <= is < or ==', () => {
    fc.assert(
      fc.property(arbitraryValue, arbitraryValue, (a, b) => {
        expect(compareValues('<', a, b)).toBe(compareValues('>', b, a));
        const ordered = compareValues('<', a, b) || compareValues('==', a, b);
        if (typeof a !== 'object' || a === null || a instanceof OttlTime || a instanceof OttlDuration || a instanceof Uint8Array) {
          // Ordered types: <= agrees with < or ==.
          expect(compareValues('<=', a, b)).toBe(ordered);
        }
      }),
    );
  });

  it('a value equals a deep copy of itself unless it holds NaN', () => {
    fc.assert(
      fc.property(arbitraryValue, (a) => {
        const copy = structuredCloneValue(a);
        if (!containsNaN(a)) expect(compareValues('==', a, copy)).toBe(true);
      }),
    );
  });

  it('strings order like their UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const ea = new TextEncoder().encode(a);
        const eb = new TextEncoder().encode(b);
        // Lone surrogates are outside Go's model (they are not UTF-8); skip them.
        fc.pre(new TextDecoder().decode(ea) === a && new TextDecoder().decode(eb) === b);
        expect(compareValues('<', a, b)).toBe(compareValues('<', ea, eb));
      }),
    );
  });
});

function containsNaN(v: Value): boolean {
  if (typeof v === 'number') return Number.isNaN(v);
  if (Array.isArray(v)) return v.some(containsNaN);
  if (v instanceof Map) return [...v.values()].some(containsNaN);
  return false;
}

function structuredCloneValue(v: Value): Value {
  if (v instanceof Uint8Array) return v.slice();
  if (Array.isArray(v)) return v.map(structuredCloneValue);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, structuredCloneValue(x)]));
  if (v instanceof OttlTime) return new OttlTime(v.unixNano, v.zone);
  if (v instanceof OttlDuration) return new OttlDuration(v.nanos);
  if (v instanceof TraceID) return new TraceID(v.bytes.slice());
  if (v instanceof SpanID) return new SpanID(v.bytes.slice());
  if (v instanceof ProfileID) return new ProfileID(v.bytes.slice());
  return v;
}
