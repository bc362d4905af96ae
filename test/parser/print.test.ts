/** The canonical printer: minimal parentheses by precedence, Go-style string escapes, float dots. */
import { describe, expect, it } from 'vitest';
import { parseCondition, parseStatement } from '../../src/parser/parse.js';
import { formatFloat, printBool, printStatement, quoteString } from '../../src/parser/print.js';

const canon = (text: string): string => {
  const r = parseStatement(text);
  if (!r.ok) throw new Error(r.errors[0].message);
  return printStatement(r.ast);
};

describe('printStatement', () => {
  it.each([
    ['set  ( x ,1 )', 'set(x, 1)'],
    ['set(x, ((1 + 2)) * 3)', 'set(x, (1 + 2) * 3)'],
    ['set(x, 1 + (2 * 3))', 'set(x, 1 + 2 * 3)'],
    ['set(x, (1 - 2) - 3)', 'set(x, 1 - 2 - 3)'],
    ['set(x, 1 - (2 - 3))', 'set(x, 1 - (2 - 3))'],
    ['set(x, 8 / (4 / 2))', 'set(x, 8 / (4 / 2))'],
    ['set(x, -(a + b) * -c)', 'set(x, -(a + b) * -c)'],
    ['set(x, - 5)', 'set(x, -5)'],
    ['set(x, -(5))', 'set(x, -(5))'],
    ['set(x, 1., .5, 1e0)'.replace(', 1e0', ''), 'set(x, 1.0, 0.5)'],
    ['set(x, 1.5e300)', 'set(x, 1.5e+300)'],
    ['set(x, 0xABcd)', 'set(x, 0xabcd)'],
    ['set(x, {"a":1 "b":[1 2]})', 'set(x, {"a": 1, "b": [1, 2]})'],
    ['set(x, "tab\\there \\x41 \\u00e9")', 'set(x, "tab\\there A é")'],
    ['set(x, F(a, n = G(), Sha256, (_, v) => v == 1))', 'set(x, F(a, n = G(), Sha256, (_, v) => v == 1))'],
    ['set(x, 1) where ((a == 1 or b == 2)) and not (c == 3)', 'set(x, 1) where (a == 1 or b == 2) and not c == 3'],
    ['set(x, 1) where a == 1 or (b == 2 and c == 3)', 'set(x, 1) where a == 1 or b == 2 and c == 3'],
    ['set(x, 1) where (a == 1 or b == 2) or c == 3', 'set(x, 1) where (a == 1 or b == 2) or c == 3'],
    ['set(x, 1) where not (not IsX())', 'set(x, 1) where not (not IsX())'],
    ['set(span.attributes["k"][0], Split(y, ",")[1]["z"])', 'set(span.attributes["k"][0], Split(y, ",")[1]["z"])'],
  ])('%s', (input, expected) => {
    expect(canon(input)).toBe(expected);
    expect(canon(expected)).toBe(expected); // the canonical form is a fixed point
  });
});

describe('printBool', () => {
  it('prints conditions', () => {
    const r = parseCondition('true and (false or IsMatch(a, "b"))');
    expect(r.ok && printBool(r.ast)).toBe('true and (false or IsMatch(a, "b"))');
  });
});

describe('quoteString', () => {
  it.each([
    ['plain', '"plain"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\x07\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
    ['\x00\x1f\x7f', '"\\u0000\\u001f\\u007f"'],
    ['😀é', '"😀é"'],
  ])('%j', (value, quoted) => {
    expect(quoteString(value)).toBe(quoted);
  });
});

describe('formatFloat', () => {
  it.each([
    [1, '1.0'],
    [-0, '-0.0'],
    [0.5, '0.5'],
    [1e21, '1.0e+21'],
    [5e-324, '5.0e-324'],
    [-2.5, '-2.5'],
  ])('%d', (v, s) => {
    expect(formatFloat(v)).toBe(s);
  });
});
