import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/core/values/compare.js';
import { deepCopy, fromRaw, toAttributeValue } from '../../../src/core/values/convert.js';
import { OttlDuration, OttlTime, SpanID, TraceID, type Value } from '../../../src/core/values/types.js';
import { arbitraryValue } from './arbitrary.js';

const time = new OttlTime(1n);
const duration = new OttlDuration(2n);
const traceId = new TraceID(new Uint8Array(16).fill(7));

describe('toAttributeValue (ctxutil.SetValue)', () => {
  const cases: Array<[string, Value, Value]> = [
    ['string', 'a', 'a'],
    ['bool', true, true],
    ['int64', 5n, 5n],
    ['float64', 1.5, 1.5],
    ['bytes', Uint8Array.of(1, 2), Uint8Array.of(1, 2)],
    ['nil stays empty', null, null],
    ['time becomes empty', time, null],
    ['duration becomes empty', duration, null],
    ['trace id becomes empty', traceId, null],
    ['span id becomes empty', new SpanID(new Uint8Array(8)), null],
    ['slice element by element', ['a', 1n, time, [duration, 2.5]], ['a', 1n, null, [null, 2.5]]],
    ['map deep-copied', new Map<string, Value>([['k', new Map<string, Value>([['n', 1n]])]]), new Map([['k', new Map([['n', 1n]])]])],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(toAttributeValue(input)).toEqual(expected);
  });

  it('detaches maps, slices and bytes from the source', () => {
    const inner = new Map<string, Value>([['n', 1n]]);
    const bytes = Uint8Array.of(1);
    const list: Value[] = [bytes];
    const source = new Map<string, Value>([['inner', inner], ['list', list]]);
    const stored = toAttributeValue(source) as Map<string, Value>;
    inner.set('n', 2n);
    list.push('more');
    bytes[0] = 9;
    expect(stored).toEqual(new Map<string, Value>([['inner', new Map([['n', 1n]])], ['list', [Uint8Array.of(1)]]]));
  });

  it('is idempotent and yields only attribute types', () => {
    fc.assert(
      fc.property(arbitraryValue, (v) => {
        const once = toAttributeValue(v);
        expect(toAttributeValue(once)).toEqual(once);
        expect(isAttributeValue(once)).toBe(true);
      }),
    );
  });
});

describe('deepCopy', () => {
  it('copies containers and keeps equality', () => {
    fc.assert(
      fc.property(arbitraryValue, (v) => {
        const copy = deepCopy(v);
        expect(copy).toEqual(v);
        if (typeof v === 'object' && v !== null && (v instanceof Map || Array.isArray(v) || v instanceof Uint8Array)) {
          expect(copy).not.toBe(v);
        }
        if (!containsNaN(v)) expect(compareValues('==', copy, v)).toBe(true);
      }),
    );
  });
});

describe('fromRaw (pcommon FromRaw)', () => {
  it('accepts attribute values', () => {
    expect(fromRaw(new Map<string, Value>([['a', [1n, 'x', null]]]))).toEqual(new Map([['a', [1n, 'x', null]]]));
  });
  it('rejects values pdata cannot hold', () => {
    expect(() => fromRaw(time)).toThrow('<Invalid value type time.Time>');
    expect(() => fromRaw([duration])).toThrow('<Invalid value type time.Duration>');
    expect(() => fromRaw(new Map([['id', traceId]]))).toThrow('<Invalid value type pcommon.TraceID>');
  });
});

function isAttributeValue(v: Value): boolean {
  if (v === null || typeof v !== 'object' || v instanceof Uint8Array) return true;
  if (Array.isArray(v)) return v.every(isAttributeValue);
  if (v instanceof Map) return [...v.values()].every(isAttributeValue);
  return false;
}

function containsNaN(v: Value): boolean {
  if (typeof v === 'number') return Number.isNaN(v);
  if (Array.isArray(v)) return v.some(containsNaN);
  if (v instanceof Map) return [...v.values()].some(containsNaN);
  return false;
}
