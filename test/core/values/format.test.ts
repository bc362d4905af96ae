import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  formatFloatE,
  formatFloatG,
  formatFloatGo,
  formatFloatGoccy,
  formatFloatJson,
  goDurationString,
  goTimeString,
  formatRfc3339Nano,
  valueAsString,
  valueToJson,
} from '../../../src/core/values/format.js';
import { OttlDuration, OttlTime, SpanID, TraceID, type Value } from '../../../src/core/values/types.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

// pdata pcommon value_test.go TestValueAsString (generateTestValueMap / generateTestValueSlice).
const testMap = new Map<string, Value>([
  ['strKey', 'strVal'],
  ['intKey', 7n],
  ['floatKey', 18.6],
  ['boolKey', false],
  ['nullKey', null],
  ['mapKey', new Map<string, Value>([['keyOne', 'valOne'], ['keyTwo', 'valTwo']])],
  ['arrKey', ['strOne', 'strTwo']],
]);

describe('valueAsString (pdata Value.AsString)', () => {
  const cases: Array<{ name: string; input: Value; expected: string }> = [
    { name: 'string', input: 'string value', expected: 'string value' },
    { name: 'int64', input: 42n, expected: '42' },
    { name: 'float64', input: 1.61803399, expected: '1.61803399' },
    { name: 'small float64', input: 0.000000009, expected: '9e-9' },
    { name: 'bad float64', input: Infinity, expected: 'json: unsupported value: +Inf' },
    { name: 'NaN', input: NaN, expected: 'json: unsupported value: NaN' },
    { name: 'boolean', input: true, expected: 'true' },
    { name: 'empty_map', input: new Map(), expected: '{}' },
    {
      name: 'simple_map',
      input: testMap,
      expected:
        '{"arrKey":["strOne","strTwo"],"boolKey":false,"floatKey":18.6,"intKey":7,"mapKey":{"keyOne":"valOne","keyTwo":"valTwo"},"nullKey":null,"strKey":"strVal"}',
    },
    { name: 'empty_array', input: [], expected: '[]' },
    { name: 'simple_array', input: ['strVal', 7n, 18.6, false, null], expected: '["strVal",7,18.6,false,null]' },
    { name: 'empty', input: null, expected: '' },
    { name: 'bytes', input: utf8('String bytes'), expected: 'U3RyaW5nIGJ5dGVz' },
    { name: 'large float uses exponent', input: 1e21, expected: '1e+21' },
    { name: 'float below 1e21 stays plain', input: 1e20, expected: '100000000000000000000' },
    { name: 'negative zero', input: -0, expected: '-0' },
    { name: 'map with NaN cannot be encoded', input: new Map([['a', NaN]]), expected: '' },
    { name: 'nested bytes are base64', input: [Uint8Array.of(1, 2, 3)], expected: '["AQID"]' },
    { name: 'HTML characters escaped as json.Marshal does', input: ['<a&b>'], expected: '["\\u003ca\\u0026b\\u003e"]' },
    { name: 'span id', input: new SpanID(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)), expected: '0102030405060708' },
    { name: 'duration', input: new OttlDuration(90_000_000_000n), expected: '1m30s' },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(valueAsString(input)).toBe(expected);
  });
});

describe('Go float formats', () => {
  // [value, 'f' -1, encoding/json, goccy, 'g' -1, 'e' -1]
  const cases: Array<[number, string, string, string, string, string]> = [
    [0, '0', '0', '0', '0', '0e+00'],
    [-0, '-0', '-0', '-0', '-0', '-0e+00'],
    [1, '1', '1', '1', '1', '1e+00'],
    [1.5, '1.5', '1.5', '1.5', '1.5', '1.5e+00'],
    [100, '100', '100', '100', '100', '1e+02'],
    [1e6, '1000000', '1000000', '1000000', '1e+06', '1e+06'],
    [123456789.125, '123456789.125', '123456789.125', '123456789.125', '1.23456789125e+08', '1.23456789125e+08'],
    [1e20, '100000000000000000000', '100000000000000000000', '100000000000000000000', '1e+20', '1e+20'],
    [1e21, '1000000000000000000000', '1e+21', '1e+21', '1e+21', '1e+21'],
    [0.0001, '0.0001', '0.0001', '0.0001', '0.0001', '1e-04'],
    [0.00001, '0.00001', '0.00001', '0.00001', '1e-05', '1e-05'],
    [1e-7, '0.0000001', '1e-7', '1e-07', '1e-07', '1e-07'],
    [1.5e-7, '0.00000015', '1.5e-7', '1.5e-07', '1.5e-07', '1.5e-07'],
    [-2.5e-10, '-0.00000000025', '-2.5e-10', '-2.5e-10', '-2.5e-10', '-2.5e-10'],
    [5e-324, '0.' + '0'.repeat(323) + '5', '5e-324', '5e-324', '5e-324', '5e-324'],
    [0.1 + 0.2, '0.30000000000000004', '0.30000000000000004', '0.30000000000000004', '0.30000000000000004', '3.0000000000000004e-01'],
    [NaN, 'NaN', 'NaN', 'NaN', 'NaN', 'NaN'],
    [Infinity, '+Inf', '+Inf', '+Inf', '+Inf', '+Inf'],
    [-Infinity, '-Inf', '-Inf', '-Inf', '-Inf', '-Inf'],
  ];
  it.each(cases)('%d', (n, f, json, goccy, g, e) => {
    expect(formatFloatGo(n)).toBe(f);
    expect(formatFloatJson(n)).toBe(json);
    expect(formatFloatGoccy(n)).toBe(goccy);
    expect(formatFloatG(n)).toBe(g);
    expect(formatFloatE(n)).toBe(e);
  });

  it('Go JSON floats equal JavaScript number text except for -0', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(formatFloatJson(n)).toBe(Object.is(n, -0) ? '-0' : String(n));
      }),
    );
  });

  it("the 'f' format round-trips", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = formatFloatGo(n);
        expect(text).not.toMatch(/e/);
        expect(Object.is(Number(text), n) || (n === 0 && Number(text) === 0)).toBe(true);
      }),
    );
  });
});

describe('valueToJson', () => {
  const cases: Array<{ name: string; input: Value; expected: string; goccy?: string }> = [
    { name: 'keys sorted by byte order', input: new Map<string, Value>([['b', 1n], ['a', 2n], ['B', 3n], ['é', 4n]]), expected: '{"B":3,"a":2,"b":1,"é":4}' },
    { name: 'html escaped by default', input: '<a href="x">&</a>', expected: '"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"' },
    { name: 'control characters', input: '\n\r\t\b\f\u0001\u001f', expected: '"\\n\\r\\t\\b\\f\\u0001\\u001f"', goccy: '"\\n\\r\\t\\u0008\\u000c\\u0001\\u001f"' },
    { name: 'line separators', input: '\u2028\u2029', expected: '"\\u2028\\u2029"' },
    { name: 'lone surrogate becomes U+FFFD', input: 'a\ud800b', expected: '"a\\ufffdb"' },
    { name: 'astral characters kept', input: '😀', expected: '"😀"' },
    { name: 'bytes base64', input: utf8('hello'), expected: '"aGVsbG8="' },
    { name: 'small float', input: [1e-7], expected: '[1e-7]', goccy: '[1e-07]' },
    { name: 'time', input: new OttlTime(1581452773000000789n), expected: '"2020-02-11T20:26:13.000000789Z"' },
    { name: 'duration', input: new OttlDuration(1500n), expected: '1500' },
    { name: 'trace id as byte array', input: new TraceID(new Uint8Array(16).fill(1)), expected: '[' + Array(16).fill(1).join(',') + ']' },
  ];
  it.each(cases)('$name', ({ input, expected, goccy }) => {
    expect(valueToJson(input)).toBe(expected);
    expect(valueToJson(input, { dialect: 'goccy' })).toBe(goccy ?? expected);
  });

  it('rejects NaN like Go', () => {
    expect(() => valueToJson([NaN])).toThrow('json: unsupported value: NaN');
    expect(() => valueToJson(new Map([['x', -Infinity]]))).toThrow('json: unsupported value: -Inf');
  });

  it('rejects times outside years 0..9999', () => {
    expect(() => valueToJson(new OttlTime(-62167219200000000001n))).toThrow('year outside of range [0,9999]');
  });

  it('matches JSON.stringify on plain JSON data without HTML characters', () => {
    const plain = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string().filter((s) => !/[<>&\u2028\u2029\u0008\u000c]/.test(s)),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(plain, (v) => {
        const parsed = JSON.parse(valueToJson(v as Value)) as unknown;
        expect(parsed).toEqual(v);
      }),
    );
  });
});

describe('Go time and duration text', () => {
  const durations: Array<[bigint, string]> = [
    [0n, '0s'],
    [1n, '1ns'],
    [1100n, '1.1µs'],
    [2_200_000n, '2.2ms'],
    [3_300_000_000n, '3.3s'],
    [-4_000_000_000n, '-4s'],
    [90_000_000_000n, '1m30s'],
    [3_600_000_000_000n, '1h0m0s'],
    [3_723_500_000_000n, '1h2m3.5s'],
    [-(1n << 63n), '-2562047h47m16.854775808s'],
  ];
  it.each(durations)('Duration(%s).String()', (nanos, text) => {
    expect(goDurationString(new OttlDuration(nanos))).toBe(text);
  });

  it('formats times like Go', () => {
    const t = new OttlTime(1581452773000000789n);
    expect(goTimeString(t)).toBe('2020-02-11 20:26:13.000000789 +0000 UTC');
    expect(formatRfc3339Nano(new OttlTime(1581452773000000000n, '+05:30'))).toBe('2020-02-12T01:56:13+05:30');
    expect(formatRfc3339Nano(new OttlTime(1581452773120000000n, 'America/New_York'))).toBe('2020-02-11T15:26:13.12-05:00');
    expect(goTimeString(new OttlTime(1581452773000000000n, 'America/New_York'))).toBe('2020-02-11 15:26:13 -0500 EST');
    expect(formatRfc3339Nano(new OttlTime(-1n))).toBe('1969-12-31T23:59:59.999999999Z');
  });

  it('base64 is standard with padding', () => {
    expect(bytesToBase64(Uint8Array.of(0xfb, 0xff))).toBe('+/8=');
  });
});
