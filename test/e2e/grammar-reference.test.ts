/**
 * The reference's grammar tests, ported row by row (pkg/ottl/parser_test.go: Test_parse,
 * Test_parseCondition_full, Test_parseWhere, Test_ParseValueExpression_full,
 * Test_ParseValueExpressions_Error, Test_ParseStatements_Error, Test_ParseConditions_Error,
 * Test_parseStatement, Test_parseCondition, Test_parseValueExpression; pkg/ottl/lexer_test.go;
 * the parse side of pkg/ottl/math_test.go), plus pinned answers to questions the tests leave open.
 *
 * These rows use functions and paths unknown to our contexts (`fff`, `bear.honey`, `GetSomething`),
 * so they exercise the parser only. Accepted rows compare the S-expression of our AST with the
 * reference's AST shape (source positions aside); rejected rows check the error and, where the
 * reference names it, the message.
 */
import { describe, expect, it } from 'vitest';
import { tokenMatcher, type IToken } from 'chevrotain';
import {
  parseCondition,
  parseConditions,
  parseStatement,
  parseStatements,
  parseValueExpression,
} from '../../src/parser/parse.js';
import { sexpr, sexprStatement } from '../../src/parser/sexpr.js';
import {
  AddSub,
  Boolean as BooleanToken,
  Comparison,
  MultDiv,
  ottlLexer,
} from '../../src/lexer/tokens.js';

/** Reference rows we do not match; each is skipped with its reason. Empty when all pass. */
export const KNOWN_DIVERGENCES: ReadonlyArray<{ id: string; reason: string }> = [];
const skipped = new Set(KNOWN_DIVERGENCES.map((d) => d.id));

type Parsed = { ok: true; text: string } | { ok: false; message: string };

const statement = (text: string): Parsed => {
  const r = parseStatement(text);
  return r.ok ? { ok: true, text: sexprStatement(r.ast) } : { ok: false, message: r.errors.map((e) => e.message).join('; ') };
};
const condition = (text: string): Parsed => {
  const r = parseCondition(text);
  return r.ok ? { ok: true, text: sexpr(r.ast) } : { ok: false, message: r.errors.map((e) => e.message).join('; ') };
};
const valueExpr = (text: string): Parsed => {
  const r = parseValueExpression(text);
  return r.ok ? { ok: true, text: sexpr(r.ast) } : { ok: false, message: r.errors.map((e) => e.message).join('; ') };
};

const CONVERTER_NAME = 'converter names must start with an uppercase letter';
const EDITOR_INDEXED = 'only paths and converters may be indexed';
const EDITOR_NAME = 'editor names must start with a lowercase letter';

// ---------------------------------------------------------------------------------------------
// Test_parse: statement -> AST
// ---------------------------------------------------------------------------------------------
const WHERE_NAME_FIDO = '(set (path @foo attributes["bar"] cat) "dog") where (== (path name) "fido")';
const testParse: Array<[id: string, text: string, ast: string]> = [
  ['editor with string', 'set("foo")', '(set "foo")'],
  ['editor with float', 'met(1.2)', '(met 1.2)'],
  ['editor with int', 'fff(12)', '(fff 12)'],
  [
    'editor with map',
    'fff({"stringAttr": "value", "intAttr": 3, "floatAttr": 2.5, "boolAttr": true})',
    '(fff (map "stringAttr":"value" "intAttr":3 "floatAttr":2.5 "boolAttr":true))',
  ],
  ['editor with empty map', 'fff({})', '(fff (map))'],
  ['editor with converter with a map', 'fff(GetSomething({"foo":"bar"}))', '(fff (GetSomething (map "foo":"bar")))'],
  [
    'editor with nested map',
    'fff({"mapAttr": {"foo": "bar", "get": bear.honey, "arrayAttr":["foo", "bar"]}})',
    '(fff (map "mapAttr":(map "foo":"bar" "get":(path @bear honey) "arrayAttr":(list "foo" "bar"))))',
  ],
  ['complex editor', 'set("foo", GetSomething(bear.honey))', '(set "foo" (GetSomething (path @bear honey)))'],
  ['complex path', 'set(foo.attributes["bar"].cat, "dog")', '(set (path @foo attributes["bar"] cat) "dog")'],
  ['single field segment', 'set(attributes["bar"], "dog")', '(set (path attributes["bar"]) "dog")'],
  [
    'Converter parameters (All Uppercase)',
    'replace_pattern(attributes["message"], "device=*", attributes["device_name"], SHA256)',
    '(replace_pattern (path attributes["message"]) "device=*" (path attributes["device_name"]) SHA256)',
  ],
  ['Converter parameters', 'replace_pattern(attributes["message"], Sha256)', '(replace_pattern (path attributes["message"]) (fn Sha256))'],
  ['Converter parameters (One Uppercase symbol)', 'replace_pattern(attributes["message"], S)', '(replace_pattern (path attributes["message"]) S)'],
  ['complex path with converter keys', 'set(foo.bar["x"]["y"].z, Test()[0]["pass"])', '(set (path @foo bar["x"]["y"] z) (Test)[0]["pass"])'],
  ['where == clause', 'set(foo.attributes["bar"].cat, "dog") where name == "fido"', WHERE_NAME_FIDO],
  [
    'where != clause',
    'set(foo.attributes["bar"].cat, "dog") where name != "fido"',
    '(set (path @foo attributes["bar"] cat) "dog") where (!= (path name) "fido")',
  ],
  ['ignore extra spaces', 'set  ( foo.attributes[ "bar"].cat,   "dog")   where name=="fido"', WHERE_NAME_FIDO],
  ['handle quotes', 'set("fo\\"o")', '(set "fo\\"o")'],
  ['editor with boolean false', 'convert_gauge_to_sum("cumulative", false)', '(convert_gauge_to_sum "cumulative" false)'],
  ['editor with boolean true', 'convert_gauge_to_sum("cumulative", true)', '(convert_gauge_to_sum "cumulative" true)'],
  ['editor with bytes', 'set(attributes["bytes"], 0x0102030405060708)', '(set (path attributes["bytes"]) 0x0102030405060708)'],
  ['editor with nil', 'set(attributes["test"], nil)', '(set (path attributes["test"]) nil)'],
  ['editor with Enum', 'set(attributes["test"], TEST_ENUM)', '(set (path attributes["test"]) TEST_ENUM)'],
  ['Converter with empty list', 'set(attributes["test"], [])', '(set (path attributes["test"]) (list))'],
  ['Converter with single-value list', 'set(attributes["test"], ["value0"])', '(set (path attributes["test"]) (list "value0"))'],
  ['Converter with multi-value list', 'set(attributes["test"], ["value1", "value2"])', '(set (path attributes["test"]) (list "value1" "value2"))'],
  [
    'Converter with nested heterogeneous types',
    'set(attributes["test"], [Concat(["a", "b"], "+"), ["1", 2, 3.0], nil, attributes["test"]])',
    '(set (path attributes["test"]) (list (Concat (list "a" "b") "+") (list "1" 2 3.0) nil (path attributes["test"])))',
  ],
  [
    'Converter math mathExpression',
    'set(attributes["test"], 1000 - 600) where 1 + 1 * 2 == three / One()',
    '(set (path attributes["test"]) (- 1000 600)) where (== (+ 1 (* 1 2)) (/ (path three) (One)))',
  ],
  ['editor with named arg', 'set(name="foo")', '(set name="foo")'],
];

describe('Test_parse (statement AST)', () => {
  it.each(testParse)('%s: %s', (id, text, ast) => {
    if (skipped.has(id)) return;
    expect(statement(text)).toEqual({ ok: true, text: ast });
  });
});

// ---------------------------------------------------------------------------------------------
// Test_parseCondition_full
// ---------------------------------------------------------------------------------------------
describe('Test_parseCondition_full (condition AST)', () => {
  it.each([
    ['name == "fido"', '(== (path name) "fido")'],
    ['name != "fido"', '(!= (path name) "fido")'],
    ['1 + 1 * 2 == three / One()', '(== (+ 1 (* 1 2)) (/ (path three) (One)))'],
  ])('%s', (text, ast) => {
    expect(condition(text)).toEqual({ ok: true, text: ast });
  });
});

// ---------------------------------------------------------------------------------------------
// Test_parseWhere: `set(name, "test") where <clause>`
// ---------------------------------------------------------------------------------------------
describe('Test_parseWhere (where clause AST)', () => {
  it.each([
    ['true', 'true'],
    ['true and false', '(and true false)'],
    ['true and true and false', '(and true true false)'],
    ['true or false', '(or true false)'],
    ['false and true or false', '(or (and false true) false)'],
    ['(false and true) or false', '(or (and false true) false)'],
    ['false and (true or false)', '(and false (or true false))'],
    ['name != "foo" and name != "bar"', '(and (!= (path name) "foo") (!= (path name) "bar"))'],
    ['name == "foo" or name == "bar"', '(or (== (path name) "foo") (== (path name) "bar"))'],
    ['true and not false', '(and true (not false))'],
    ['not name == "bar"', '(not (== (path name) "bar"))'],
    ['not (true or false)', '(not (or true false))'],
    ['True()', '(True)'],
    ['True() and False()', '(and (True) (False))'],
    ['nil == nil', '(== nil nil)'],
    ['nil == "nil"', '(== nil "nil")'],
  ])('%s', (clause, ast) => {
    expect(statement(`set(name, "test") where ${clause}`)).toEqual({ ok: true, text: `(set (path name) "test") where ${ast}` });
  });
});

// ---------------------------------------------------------------------------------------------
// Test_ParseValueExpression_full (the parse side; the values are checked by the compiler tests)
// ---------------------------------------------------------------------------------------------
describe('Test_ParseValueExpression_full (value expression AST)', () => {
  it.each([
    ['string value', '"fido"', '"fido"'],
    ['resolve context value', 'attributes', '(path attributes)'],
    ['resolve math expression', 'time2 - time1', '(- (path time2) (path time1))'],
    ['nil', 'nil', 'nil'],
    ['quoted nil', '"nil"', '"nil"'],
    ['string', '"string"', '"string"'],
    ['hex values', '[0x0000000000000000, 0x0000000000000000]', '(list 0x0000000000000000 0x0000000000000000)'],
    ['boolean', 'true', 'true'],
    ['map', '{"map": 1}', '(map "map":1)'],
    ['string list', '["list", "of", "strings"]', '(list "list" "of" "strings")'],
    ['nested list', '[{"list":[{"foo":"bar"}]}, {"bar":"baz"}]', '(list (map "list":(list (map "foo":"bar"))) (map "bar":"baz"))'],
  ])('%s: %s', (_name, text, ast) => {
    expect(valueExpr(text)).toEqual({ ok: true, text: ast });
  });
});

// ---------------------------------------------------------------------------------------------
// Test_ParseValueExpressions_Error / Test_ParseStatements_Error / Test_ParseConditions_Error
// ---------------------------------------------------------------------------------------------
describe('batch parse errors: one error per bad text', () => {
  it.each(['123abc', '1+'])('value expression %s is rejected', (text) => {
    expect(valueExpr(text).ok).toBe(false);
  });

  it('ParseStatements reports each of three bad statements', () => {
    const texts = ['set(', 'set("foo)', 'set(name.)'];
    const r = parseStatements(texts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.source.name)).toEqual(['statement[0]', 'statement[1]', 'statement[2]']);
  });

  it('ParseConditions reports each of three bad conditions', () => {
    const texts = ['True(', '"foo == "foo"', 'set()'];
    const r = parseConditions(texts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.source.name)).toEqual(['condition[0]', 'condition[1]', 'condition[2]']);
  });
});

// ---------------------------------------------------------------------------------------------
// Test_parseStatement / Test_parseCondition / Test_parseValueExpression: accept or reject
// ---------------------------------------------------------------------------------------------
/** `true`: accepted; `false`: rejected; a string (or several): rejected with those words in the message. */
type Want = boolean | string | string[];

const statementRows: Array<[string, Want]> = [
  ['set(', false],
  ['set("foo)', false],
  ['set(name.)', false],
  ['("foo")', false],
  ['set("foo") where name =||= "fido"', false],
  ['set(span_id, SpanIDWrapper{not a hex string})', false],
  ['set(span_id, SpanIDWrapper{01})', false],
  ['set(span_id, SpanIDWrapper{010203040506070809})', false],
  ['set(trace_id, TraceIDWrapper{not a hex string})', false],
  ['set(trace_id, TraceIDWrapper{0102030405060708090a0b0c0d0e0f})', false],
  ['set(trace_id, TraceIDWrapper{0102030405060708090a0b0c0d0e0f1011})', false],
  ['set("foo") where name = "fido"', false],
  ['set("foo") where name or "fido"', false],
  ['set("foo") where name and "fido"', false],
  ['set("foo") where name and', false],
  ['set("foo") where name or', false],
  ['set("foo") where (', false],
  ['set("foo") where )', false],
  ['set("foo") where (name == "fido"))', false],
  ['set("foo") where ((name == "fido")', false],
  ['Set()', EDITOR_NAME],
  ['set(int())', CONVERTER_NAME],
  ['set(1 + int())', CONVERTER_NAME],
  ['set(int() + 1)', CONVERTER_NAME],
  ['set(1 * int())', CONVERTER_NAME],
  ['set(1 * 1 + (2 * int()))', CONVERTER_NAME],
  ['set() where int() == 1', CONVERTER_NAME],
  ['set() where 1 == int()', CONVERTER_NAME],
  ['set() where true and 1 == int() ', CONVERTER_NAME],
  ['set() where false or 1 == int() ', CONVERTER_NAME],
  ['set(foo.attributes["bar"].cat)["key"]', EDITOR_INDEXED],
  ['set(foo.attributes["bar"].cat, "dog")', true],
  ['set(set = foo.attributes["animal"], val = "dog") where animal == "cat"', true],
  ['test() where service == "pinger" or foo.attributes["endpoint"] == "/x/alive"', true],
  ['test() where service == "pinger" or foo.attributes["verb"] == "GET" and foo.attributes["endpoint"] == "/x/alive"', true],
  ['test() where animal > "cat"', true],
  ['test() where animal >= "cat"', true],
  ['test() where animal <= "cat"', true],
  ['test() where animal < "cat"', true],
  ['test() where animal =< "dog"', false],
  ['test() where animal => "dog"', false],
  ['test() where animal <> "dog"', false],
  ['test() where animal = "dog"', false],
  ['test() where animal', false],
  ['test() where animal ==', false],
  ['test() where ==', false],
  ['test() where == animal', false],
  ['test() where attributes["path"] == "/healthcheck"', true],
  ['test() where one() == 1', CONVERTER_NAME],
  ['test(fail())', CONVERTER_NAME],
  ['Test()', EDITOR_NAME],
  // The reference lists this row twice, once per message: both must be reported.
  ['set() where test(foo)["key"] == "bar"', [CONVERTER_NAME, EDITOR_INDEXED]],
];

const conditionRows: Array<[string, Want]> = [
  ['set(', false],
  ['set("foo)', false],
  ['set(name.)', false],
  ['("foo")', false],
  ['name =||= "fido"', false],
  ['name = "fido"', false],
  ['name or "fido"', false],
  ['name and "fido"', false],
  ['name and', false],
  ['name or', false],
  ['(', false],
  [')', false],
  ['(name == "fido"))', false],
  ['((name == "fido")', false],
  ['set()', false],
  ['Int() == 1', true],
  ['1 == Int()', true],
  ['true and 1 == Int() ', true],
  ['false or 1 == Int() ', true],
  ['service == "pinger" or foo.attributes["endpoint"] == "/x/alive"', true],
  ['service == "pinger" or foo.attributes["verb"] == "GET" and foo.attributes["endpoint"] == "/x/alive"', true],
  ['animal > "cat"', true],
  ['animal >= "cat"', true],
  ['animal <= "cat"', true],
  ['animal < "cat"', true],
  ['animal =< "dog"', false],
  ['animal => "dog"', false],
  ['animal <> "dog"', false],
  ['animal = "dog"', false],
  ['animal', false],
  ['animal ==', false],
  ['==', false],
  ['== animal', false],
  ['attributes["path"] == "/healthcheck"', true],
  ['One() == 1', true],
  ['test(fail())', false],
  ['Test()', true],
  ['"test" == Foo', false],
  ['test(animal) == "dog"', CONVERTER_NAME],
  // Listed twice in the reference, once per message.
  ['test(animal)["kind"] == "birds"', [CONVERTER_NAME, EDITOR_INDEXED]],
];

const valueRows: Array<[string, Want]> = [
  ['time_end - time_end', true],
  ['time_end - time_end - attributes["foo"]', true],
  ['Test("foo")', true],
  ['Test(Test("foo")) - attributes["bar"]', true],
  ['Test(Test("foo")) - attributes["bar"]"', false],
  ['test("foo")', CONVERTER_NAME],
  ['test(animal)["kind"]', EDITOR_INDEXED],
  ['Test("a"")foo"', false],
  ['Test("a"") == 1"', false],
];

function check(parsed: Parsed, want: Want): void {
  if (want === true) {
    expect(parsed).toMatchObject({ ok: true });
    return;
  }
  expect(parsed.ok).toBe(false);
  if (parsed.ok || want === false) return;
  for (const words of Array.isArray(want) ? want : [want]) expect(parsed.message).toContain(words);
}

describe('Test_parseStatement (accept / reject)', () => {
  it.each(statementRows)('%s', (text, want) => check(statement(text), want));
});

describe('Test_parseCondition (accept / reject)', () => {
  it.each(conditionRows)('%s', (text, want) => check(condition(text), want));
});

describe('Test_parseValueExpression (accept / reject)', () => {
  it.each(valueRows)('%s', (text, want) => check(valueExpr(text), want));
});

// ---------------------------------------------------------------------------------------------
// math_test.go: every input of Test_evaluateMathExpression parses as a math value expression
// ---------------------------------------------------------------------------------------------
describe('math_test.go inputs (parse side)', () => {
  it.each([
    ['1000 - 600', '(- 1000 600)'],
    ['1 / 1', '(/ 1 1)'],
    ['1000 - 600 + 1', '(+ (- 1000 600) 1)'],
    ['10 - 6 * 2 + 2', '(+ (- 10 (* 6 2)) 2)'],
    ['30 - 6 * (2 + 2)', '(- 30 (* 6 (+ 2 2)))'],
    ['(4 * 2) + 1 + 1 - 3 / 3 + ( 2 + 1 - (6 / 3))', '(+ (- (+ (+ (* 4 2) 1) 1) (/ 3 3)) (- (+ 2 1) (/ 6 3)))'],
    ['.5 + 2.6', '(+ 0.5 2.6)'],
    ['(.5 * 4.0) / .1 + 3.9', '(+ (/ (* 0.5 4.0) 0.1) 3.9)'],
    ['one + two', '(+ (path one) (path two))'],
    ['three.one + three.one', '(+ (path @three one) (path @three one))'],
    ['One() + Two()', '(+ (One) (Two))'],
    ['ThreePointOne() + ThreePointOne()', '(+ (ThreePointOne) (ThreePointOne))'],
    ['Sum([1, 2, 3, 4]) / (1 * 10)', '(/ (Sum (list 1 2 3 4)) (* 1 10))'],
    ['10 / 3', '(/ 10 3)'],
    ['9223372036854775807 * 9223372036854775807', '(* 9223372036854775807 9223372036854775807)'],
    ['4.0 / 2', '(/ 4.0 2)'],
    ['4 / 2.0', '(/ 4 2.0)'],
    ['1 / 0', '(/ 1 0)'],
  ])('%s', (text, ast) => {
    expect(valueExpr(text)).toEqual({ ok: true, text: ast });
  });

  it('parses float literals at the edge of float64', () => {
    const big = '1.79769313486231570814527423731704356798070e+308';
    const r = parseValueExpression(`${big} * ${big}`);
    expect(r.ok && r.ast).toMatchObject({ kind: 'math', op: '*', left: { kind: 'float', value: Number.MAX_VALUE } });
  });
});

// ---------------------------------------------------------------------------------------------
// lexer_test.go: token categories in the reference's names
// ---------------------------------------------------------------------------------------------
/** Our token, named by the reference lexer's rule (`Punct` covers `, . [ ]`). */
function referenceName(t: IToken): string {
  if (tokenMatcher(t, Comparison)) return 'OpComparison';
  if (tokenMatcher(t, AddSub)) return 'OpAddSub';
  if (tokenMatcher(t, MultDiv)) return 'OpMultDiv';
  if (tokenMatcher(t, BooleanToken)) return 'Boolean';
  const name = t.tokenType.name;
  const table: Record<string, string> = { Comma: 'Punct', Dot: 'Punct', LBracket: 'Punct', RBracket: 'Punct', And: 'OpAnd', Or: 'OpOr', Not: 'OpNot', Where: 'Lowercase' };
  return table[name] ?? name;
}

describe('Test_lexer', () => {
  const lex = (input: string): string[] | 'error' => {
    const r = ottlLexer().tokenize(input);
    return r.errors.length > 0 ? 'error' : r.tokens.map((t) => `${referenceName(t)} ${t.image}`);
  };
  it.each<[string, string, string[] | 'error']>([
    ['basic_lowercase', 'abc', ['Lowercase abc']],
    ['basic_uppercase', 'ABC', ['Uppercase ABC']],
    ['basic_equality', '3==4.9', ['Int 3', 'OpComparison ==', 'Float 4.9']],
    ['basic_inequality', '3!=4.9', ['Int 3', 'OpComparison !=', 'Float 4.9']],
    ['unambiguous_names', 'foo bar BAZZ', ['Lowercase foo', 'Lowercase bar', 'Uppercase BAZZ']],
    ['name_containing_and', 'iphone android', ['Lowercase iphone', 'Lowercase android']],
    ['parse_and', 'iphone and roid', ['Lowercase iphone', 'OpAnd and', 'Lowercase roid']],
    ['name_containing_or', 'oreo corn', ['Lowercase oreo', 'Lowercase corn']],
    ['parse_and_or', 'if, and, or but', ['Lowercase if', 'Punct ,', 'OpAnd and', 'Punct ,', 'OpOr or', 'Lowercase but']],
    ['not', 'true and not false', ['Boolean true', 'OpAnd and', 'OpNot not', 'Boolean false']],
    ['nothing_recognizable', '|', 'error'],
    [
      'basic_ident_expr',
      'set(attributes["bytes"], 0x0102030405060708)',
      ['Lowercase set', 'LParen (', 'Lowercase attributes', 'Punct [', 'String "bytes"', 'Punct ]', 'Punct ,', 'Bytes 0x0102030405060708', 'RParen )'],
    ],
    ['string escape with trailing backslash', 'a("\\\\", "b")', ['Lowercase a', 'LParen (', 'String "\\\\"', 'Punct ,', 'String "b"', 'RParen )']],
    ['string escape with mismatched backslash', '"\\"', 'error'],
    ['Mixing case numbers and underscores', 'aBCd_123E_4', ['Lowercase a', 'Uppercase BC', 'Lowercase d_123', 'Uppercase E_4']],
    ['Math Operations', '+-*/', ['OpAddSub +', 'OpAddSub -', 'OpMultDiv *', 'OpMultDiv /']],
    ['Math Equations (ints)', '1000 - 600', ['Int 1000', 'OpAddSub -', 'Int 600']],
    ['Math Equations (floats)', '1.1 * 2.9', ['Float 1.1', 'OpMultDiv *', 'Float 2.9']],
    ['Map', '{"foo":"bar"}', ['LBrace {', 'String "foo"', 'Colon :', 'String "bar"', 'RBrace }']],
  ])('%s', (_name, input, want) => {
    expect(lex(input)).toEqual(want);
  });
});

// ---------------------------------------------------------------------------------------------
// Pinned answers from the newest reference lexer (grammar.go `buildLexer`): numbers carry no
// sign (`Int` is `\d+`, `Float` is `(\d+\.\d*|\d*\.\d+)([eE][-+]?\d+)?`), `+`/`-` before a math
// value is the grammar's unary operator, and `Int` is captured into an int64.
// ---------------------------------------------------------------------------------------------
describe('pinned: signs, int64 range, operators without spaces', () => {
  it('2-1 (no spaces) is a subtraction, not two numbers', () => {
    expect(valueExpr('2-1')).toEqual({ ok: true, text: '(- 2 1)' });
    expect(statement('set(x, 2-1)')).toEqual({ ok: true, text: '(set (path x) (- 2 1))' });
    expect(condition('x-1 == 2')).toEqual({ ok: true, text: '(== (- (path x) 1) 2)' });
  });

  it('-9223372036854775808 is rejected: the unsigned literal 9223372036854775808 does not fit an int64', () => {
    const parsed = statement('set(x, -9223372036854775808)');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('9223372036854775808');
  });

  it('the int64 minimum can be written as an expression', () => {
    expect(valueExpr('-9223372036854775807 - 1')).toEqual({ ok: true, text: '(- -9223372036854775807 1)' });
  });

  it('9223372036854775807 (int64 maximum) is a valid literal', () => {
    expect(valueExpr('9223372036854775807')).toEqual({ ok: true, text: '9223372036854775807' });
  });

  it('1. and .5 are floats; 1e5 is an int followed by a name', () => {
    expect(valueExpr('1.')).toEqual({ ok: true, text: '1.0' });
    expect(valueExpr('.5')).toEqual({ ok: true, text: '0.5' });
    expect(valueExpr('1e5').ok).toBe(false);
  });

  it('a sign may precede a path, a converter or a parenthesized expression', () => {
    expect(valueExpr('-(1 + 2)')).toMatchObject({ ok: true });
    expect(valueExpr('-Len(x)')).toMatchObject({ ok: true });
    expect(valueExpr('-x')).toMatchObject({ ok: true });
  });
});

describe.skipIf(KNOWN_DIVERGENCES.length === 0)('known divergences (skipped)', () => {
  for (const d of KNOWN_DIVERGENCES) it.skip(`${d.id}: ${d.reason}`, () => {});
  if (KNOWN_DIVERGENCES.length === 0) it('none', () => {});
});
