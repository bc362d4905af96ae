import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OttlRuntimeError } from '../../../src/core/errors.js';
import {
  expectBool,
  expectDuration,
  expectFloat,
  expectInt,
  expectMap,
  expectSlice,
  expectString,
  expectTime,
  toBoolLike,
  toBytesLike,
  toFloatLike,
  toIntLike,
  toStringLike,
} from '../../../src/core/values/coerce.js';
import { OttlDuration, OttlTime, SpanID, TraceID, type Value } from '../../../src/core/values/types.js';

const map = (entries: Array<[string, Value]>) => new Map<string, Value>(entries);
const time = new OttlTime(1581452773000000789n);

type Outcome<T> = { value: T } | { error: string };

function outcome<T>(f: () => T): Outcome<T> {
  try {
    return { value: f() };
  } catch (e) {
    if (!(e instanceof OttlRuntimeError)) throw e;
    return { error: e.message };
  }
}

describe('strict getters', () => {
  // Rows from expression_test.go (Test_StandardStringGetter, …IntGetter, …FloatGetter, …BoolGetter,
  // …PMapGetter, …TimeGetter, …DurationGetter) plus every other OTTL type.
  const cases: Array<{ name: string; run: () => unknown; expected: Outcome<unknown> }> = [
    { name: 'string ok', run: () => expectString('str'), expected: { value: 'str' } },
    { name: 'string from bool', run: () => expectString(true), expected: { error: 'expected string but got bool' } },
    { name: 'string from nil', run: () => expectString(null), expected: { error: 'expected string but got nil' } },
    { name: 'string from bytes', run: () => expectString(Uint8Array.of(1)), expected: { error: 'expected string but got []uint8' } },
    { name: 'int ok', run: () => expectInt(1n), expected: { value: 1n } },
    { name: 'int from bool', run: () => expectInt(true), expected: { error: 'expected int64 but got bool' } },
    { name: 'int from float', run: () => expectInt(1.0), expected: { error: 'expected int64 but got float64' } },
    { name: 'int from nil', run: () => expectInt(null), expected: { error: 'expected int64 but got nil' } },
    { name: 'float ok', run: () => expectFloat(1.1), expected: { value: 1.1 } },
    { name: 'float from bool', run: () => expectFloat(true), expected: { error: 'expected float64 but got bool' } },
    { name: 'float from int', run: () => expectFloat(1n), expected: { error: 'expected float64 but got int64' } },
    { name: 'float from nil', run: () => expectFloat(null), expected: { error: 'expected float64 but got nil' } },
    { name: 'bool ok', run: () => expectBool(true), expected: { value: true } },
    { name: 'bool from int', run: () => expectBool(1n), expected: { error: 'expected bool but got int64' } },
    { name: 'bool from nil', run: () => expectBool(null), expected: { error: 'expected bool but got nil' } },
    { name: 'map from bool', run: () => expectMap(true), expected: { error: 'expected pcommon.Map but got bool' } },
    { name: 'map from nil', run: () => expectMap(null), expected: { error: 'expected pcommon.Map but got nil' } },
    { name: 'slice from map', run: () => expectSlice(map([])), expected: { error: 'expected pcommon.Slice but got pcommon.Map' } },
    { name: 'slice from nil', run: () => expectSlice(null), expected: { error: 'expected pcommon.Slice but got nil' } },
    { name: 'time ok', run: () => expectTime(time), expected: { value: time } },
    { name: 'time from string', run: () => expectTime('2020'), expected: { error: 'expected time but got string' } },
    { name: 'time from nil', run: () => expectTime(null), expected: { error: 'expected time but got nil' } },
    { name: 'duration from int', run: () => expectDuration(1n), expected: { error: 'expected duration but got int64' } },
    { name: 'duration from nil', run: () => expectDuration(null), expected: { error: 'expected duration but got nil' } },
    { name: 'duration from time', run: () => expectDuration(time), expected: { error: 'expected duration but got time.Time' } },
    { name: 'string from trace id', run: () => expectString(new TraceID(new Uint8Array(16))), expected: { error: 'expected string but got pcommon.TraceID' } },
  ];
  it.each(cases)('$name', ({ run, expected }) => {
    expect(outcome(run)).toEqual(expected);
  });

  it('return the very map and slice they are given (live references)', () => {
    const m = map([['a', 1n]]);
    const s: Value[] = ['x'];
    expect(expectMap(m)).toBe(m);
    expect(expectSlice(s)).toBe(s);
  });
});

describe('toStringLike (StringLikeGetter)', () => {
  const cases: Array<{ name: string; input: Value; expected: Outcome<string | null> }> = [
    { name: 'string type', input: 'str', expected: { value: 'str' } },
    { name: 'bool type', input: true, expected: { value: 'true' } },
    { name: 'int64 type', input: 1n, expected: { value: '1' } },
    { name: 'float64 type', input: 1.1, expected: { value: '1.1' } },
    { name: 'byte[] type', input: Uint8Array.of(0), expected: { value: '00' } },
    { name: 'pcommon.map type', input: map([['test', 'passed']]), expected: { value: '{"test":"passed"}' } },
    { name: 'pcommon.slice type', input: ['test'], expected: { value: '["test"]' } },
    { name: 'nil', input: null, expected: { value: null } },
    { name: 'bytes are lowercase hex', input: Uint8Array.of(0xab, 0xcd), expected: { value: 'abcd' } },
    { name: 'whole floats keep no fraction', input: 2.0, expected: { value: '2' } },
    { name: 'small floats (goccy exponent)', input: 1e-7, expected: { value: '1e-07' } },
    { name: 'large floats', input: 1e21, expected: { value: '1e+21' } },
    { name: 'NaN is unsupported', input: NaN, expected: { error: 'unsupported type: float64' } },
    { name: 'map keys sorted, HTML escaped', input: map([['b', '<'], ['a', 1.5]]), expected: { value: '{"a":1.5,"b":"\\u003c"}' } },
    { name: 'nested bytes are base64', input: map([['b', Uint8Array.of(1, 2)]]), expected: { value: '{"b":"AQI="}' } },
    { name: 'map holding NaN', input: map([['n', NaN]]), expected: { error: 'json: unsupported value: NaN' } },
    { name: 'time is a quoted JSON string', input: time, expected: { value: '"2020-02-11T20:26:13.000000789Z"' } },
    { name: 'duration is its nanoseconds', input: new OttlDuration(1_500_000_000n), expected: { value: '1500000000' } },
    { name: 'span id is a byte array', input: new SpanID(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)), expected: { value: '[1,2,3,4,5,6,7,8]' } },
    { name: 'time beyond year 9999', input: new OttlTime(253402300800000000000n), expected: { error: 'unsupported type: time.Time' } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(outcome(() => toStringLike(input))).toEqual(expected);
  });
});

describe('toFloatLike (FloatLikeGetter)', () => {
  const cases: Array<{ name: string; input: Value; expected: Outcome<number | null> }> = [
    { name: 'string type', input: '1.0', expected: { value: 1.0 } },
    { name: 'int64 type', input: 1n, expected: { value: 1 } },
    { name: 'float64 type', input: 1.1, expected: { value: 1.1 } },
    { name: 'float64 bool true', input: true, expected: { value: 1 } },
    { name: 'float64 bool false', input: false, expected: { value: 0 } },
    { name: 'nil', input: null, expected: { value: null } },
    { name: 'invalid type', input: new Uint8Array(0), expected: { error: 'unsupported type: []uint8' } },
    { name: 'map', input: map([]), expected: { error: 'unsupported type: pcommon.Map' } },
    { name: 'bad string is an error', input: 'abc', expected: { error: 'strconv.ParseFloat: parsing "abc": invalid syntax' } },
    { name: 'empty string', input: '', expected: { error: 'strconv.ParseFloat: parsing "": invalid syntax' } },
    { name: 'spaces are not trimmed', input: ' 1', expected: { error: 'strconv.ParseFloat: parsing " 1": invalid syntax' } },
    { name: 'exponent', input: '1e3', expected: { value: 1000 } },
    { name: 'leading dot', input: '.5', expected: { value: 0.5 } },
    { name: 'trailing dot', input: '5.', expected: { value: 5 } },
    { name: 'hex float', input: '0x1p-2', expected: { value: 0.25 } },
    { name: 'hex float with fraction', input: '0x1.8p1', expected: { value: 3 } },
    { name: 'hex without exponent', input: '0x10', expected: { error: 'strconv.ParseFloat: parsing "0x10": invalid syntax' } },
    { name: 'underscores between digits', input: '1_000.5', expected: { value: 1000.5 } },
    { name: 'leading underscore', input: '_1', expected: { error: 'strconv.ParseFloat: parsing "_1": invalid syntax' } },
    { name: 'infinity', input: '-Infinity', expected: { value: -Infinity } },
    { name: 'inf', input: '+inf', expected: { value: Infinity } },
    { name: 'nan', input: 'NaN', expected: { value: NaN } },
    { name: 'signed nan is invalid', input: '+NaN', expected: { error: 'strconv.ParseFloat: parsing "+NaN": invalid syntax' } },
    { name: 'out of range', input: '1e400', expected: { error: 'strconv.ParseFloat: parsing "1e400": value out of range' } },
    { name: 'underflow is zero', input: '1e-400', expected: { value: 0 } },
    { name: 'exponent without digits', input: '1e', expected: { error: 'strconv.ParseFloat: parsing "1e": invalid syntax' } },
    { name: 'big int64 rounds', input: 9007199254740993n, expected: { value: 9007199254740992 } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(outcome(() => toFloatLike(input))).toEqual(expected);
  });
});

describe('toIntLike (IntLikeGetter)', () => {
  const cases: Array<{ name: string; input: Value; expected: Outcome<bigint | null> }> = [
    { name: 'string type', input: '1', expected: { value: 1n } },
    { name: 'int64 type', input: 1n, expected: { value: 1n } },
    { name: 'float64 type', input: 1.1, expected: { value: 1n } },
    { name: 'float truncates toward zero', input: -1.9, expected: { value: -1n } },
    { name: 'primitive bool true', input: true, expected: { value: 1n } },
    { name: 'primitive bool false', input: false, expected: { value: 0n } },
    { name: 'nil', input: null, expected: { value: null } },
    { name: 'invalid type', input: new Uint8Array(0), expected: { error: 'unsupported type: []uint8' } },
    { name: 'float text is nil, not an error', input: '2.0', expected: { value: null } },
    { name: 'garbage is nil', input: 'abc', expected: { value: null } },
    { name: 'signed text', input: '-42', expected: { value: -42n } },
    { name: 'plus sign', input: '+7', expected: { value: 7n } },
    { name: 'int64 max text', input: '9223372036854775807', expected: { value: 9223372036854775807n } },
    { name: 'out of range text is nil', input: '9223372036854775808', expected: { value: null } },
    { name: 'underscores are not allowed in base 10', input: '1_000', expected: { value: null } },
    { name: 'NaN converts like amd64', input: NaN, expected: { value: -(1n << 63n) } },
    { name: 'huge float converts like amd64', input: 1e19, expected: { value: -(1n << 63n) } },
    { name: 'slice', input: [], expected: { error: 'unsupported type: pcommon.Slice' } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(outcome(() => toIntLike(input))).toEqual(expected);
  });
});

describe('toBoolLike (BoolLikeGetter)', () => {
  const cases: Array<{ name: string; input: Value; expected: Outcome<boolean | null> }> = [
    { name: 'bool', input: true, expected: { value: true } },
    { name: 'int zero', input: 0n, expected: { value: false } },
    { name: 'int non-zero', input: 10n, expected: { value: true } },
    { name: 'float zero', input: 0.0, expected: { value: false } },
    { name: 'float non-zero', input: 0.5, expected: { value: true } },
    { name: 'NaN is non-zero', input: NaN, expected: { value: true } },
    { name: 'string true', input: 'true', expected: { value: true } },
    { name: 'string T', input: 'T', expected: { value: true } },
    { name: 'string 0', input: '0', expected: { value: false } },
    { name: 'string False', input: 'False', expected: { value: false } },
    { name: 'string tRUE is invalid', input: 'tRUE', expected: { error: 'strconv.ParseBool: parsing "tRUE": invalid syntax' } },
    { name: 'string yes is invalid', input: 'yes', expected: { error: 'strconv.ParseBool: parsing "yes": invalid syntax' } },
    { name: 'nil', input: null, expected: { value: null } },
    { name: 'bytes', input: Uint8Array.of(1), expected: { error: 'unsupported type: []uint8' } },
    { name: 'map', input: map([]), expected: { error: 'unsupported type: pcommon.Map' } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(outcome(() => toBoolLike(input))).toEqual(expected);
  });
});

describe('toBytesLike (ByteSliceLikeGetter)', () => {
  const cases: Array<{ name: string; input: Value; expected: Outcome<number[] | null> }> = [
    { name: 'string type', input: '1', expected: { value: [49] } },
    { name: 'byte type', input: Uint8Array.of(49), expected: { value: [49] } },
    { name: 'int64 type', input: 12n, expected: { value: [0, 0, 0, 0, 0, 0, 0, 12] } },
    { name: 'negative int64', input: -1n, expected: { value: [255, 255, 255, 255, 255, 255, 255, 255] } },
    { name: 'float64 type', input: 1.1, expected: { value: [63, 241, 153, 153, 153, 153, 153, 154] } },
    { name: 'primitive bool true', input: true, expected: { value: [1] } },
    { name: 'primitive bool false', input: false, expected: { value: [0] } },
    { name: 'utf-8 string', input: 'é', expected: { value: [0xc3, 0xa9] } },
    { name: 'nil', input: null, expected: { value: null } },
    { name: 'map', input: map([]), expected: { error: 'unsupported type: pcommon.Map' } },
    { name: 'time', input: time, expected: { error: 'unsupported type: time.Time' } },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const got = outcome(() => {
      const b = toBytesLike(input);
      return b === null ? null : Array.from(b);
    });
    expect(got).toEqual(expected);
  });
});

describe('coercing getters agree with strict getters on already-typed values', () => {
  const finite = fc.double({ noNaN: true });
  const int64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });

  it('strings', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(toStringLike(s)).toBe(expectString(s));
    }));
  });
  it('int64', () => {
    fc.assert(fc.property(int64, (i) => {
      expect(toIntLike(i)).toBe(expectInt(i));
    }));
  });
  it('float64', () => {
    fc.assert(fc.property(finite, (f) => {
      expect(Object.is(toFloatLike(f), expectFloat(f))).toBe(true);
    }));
  });
  it('bool', () => {
    fc.assert(fc.property(fc.boolean(), (b) => {
      expect(toBoolLike(b)).toBe(expectBool(b));
    }));
  });
  it('bytes', () => {
    fc.assert(fc.property(fc.uint8Array(), (b) => {
      expect(toBytesLike(b)).toBe(b);
    }));
  });
  it('int64 text round-trips through IntLike', () => {
    fc.assert(fc.property(int64, (i) => {
      expect(toIntLike(toStringLike(i))).toBe(i);
    }));
  });
  it('float text round-trips through FloatLike', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (f) => {
        expect(Object.is(toFloatLike(toStringLike(f)), f)).toBe(true);
      }),
    );
  });
});

describe('GETTER_CONVERSIONS', () => {
  it('maps each getter kind to its conversion', async () => {
    const { GETTER_CONVERSIONS } = await import('../../../src/core/values/coerce.js');
    expect(GETTER_CONVERSIONS.intLike('12')).toBe(12n);
    expect(() => GETTER_CONVERSIONS.string(1n)).toThrow('expected string but got int64');
    expect(Object.keys(GETTER_CONVERSIONS).sort()).toEqual(
      ['bool', 'boolLike', 'bytesLike', 'duration', 'float', 'floatLike', 'int', 'intLike', 'map', 'slice', 'string', 'stringLike', 'time'],
    );
  });
});
