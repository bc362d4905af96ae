/**
 * Lexer table: rows ported from the reference's `lexer_test.go`, plus the newest lexer's number
 * rules (no sign in number tokens, `1.` is a float, `1e5` is not) and our lambda tokens.
 */
import { describe, expect, it } from 'vitest';
import { ottlLexer } from '../../src/lexer/tokens.js';

const lex = (text: string): string[] | 'error' => {
  const r = ottlLexer().tokenize(text);
  if (r.errors.length > 0) return 'error';
  return r.tokens.map((t) => `${t.tokenType.name}:${t.image}`);
};

const cases: Array<{ name: string; input: string; tokens: string[] | 'error' }> = [
  { name: 'basic_lowercase', input: 'abc', tokens: ['Lowercase:abc'] },
  { name: 'basic_uppercase', input: 'ABC', tokens: ['Uppercase:ABC'] },
  { name: 'basic_equality', input: '3==4.9', tokens: ['Int:3', 'EqEq:==', 'Float:4.9'] },
  { name: 'basic_inequality', input: '3!=4.9', tokens: ['Int:3', 'NotEq:!=', 'Float:4.9'] },
  { name: 'unambiguous_names', input: 'foo bar BAZZ', tokens: ['Lowercase:foo', 'Lowercase:bar', 'Uppercase:BAZZ'] },
  { name: 'name_containing_and', input: 'iphone android', tokens: ['Lowercase:iphone', 'Lowercase:android'] },
  { name: 'parse_and', input: 'iphone and roid', tokens: ['Lowercase:iphone', 'And:and', 'Lowercase:roid'] },
  { name: 'name_containing_or', input: 'oreo corn', tokens: ['Lowercase:oreo', 'Lowercase:corn'] },
  {
    name: 'parse_and_or',
    input: 'if, and, or but',
    tokens: ['Lowercase:if', 'Comma:,', 'And:and', 'Comma:,', 'Or:or', 'Lowercase:but'],
  },
  { name: 'not', input: 'true and not false', tokens: ['True:true', 'And:and', 'Not:not', 'False:false'] },
  { name: 'nothing_recognizable', input: '|', tokens: 'error' },
  {
    name: 'basic_ident_expr',
    input: 'set(attributes["bytes"], 0x0102030405060708)',
    tokens: [
      'Lowercase:set',
      'LParen:(',
      'Lowercase:attributes',
      'LBracket:[',
      'String:"bytes"',
      'RBracket:]',
      'Comma:,',
      'Bytes:0x0102030405060708',
      'RParen:)',
    ],
  },
  {
    name: 'string escape with trailing backslash',
    input: 'a("\\\\", "b")',
    tokens: ['Lowercase:a', 'LParen:(', 'String:"\\\\"', 'Comma:,', 'String:"b"', 'RParen:)'],
  },
  { name: 'string escape with mismatched backslash', input: '"\\"', tokens: 'error' },
  {
    name: 'Mixing case numbers and underscores',
    input: 'aBCd_123E_4',
    tokens: ['Lowercase:a', 'Uppercase:BC', 'Lowercase:d_123', 'Uppercase:E_4'],
  },
  { name: 'Math Operations', input: '+-*/', tokens: ['Plus:+', 'Minus:-', 'Star:*', 'Slash:/'] },
  { name: 'Math Equations', input: '1000 - 600', tokens: ['Int:1000', 'Minus:-', 'Int:600'] },
  { name: 'Math Equations floats', input: '1.1 * 2.9', tokens: ['Float:1.1', 'Star:*', 'Float:2.9'] },
  {
    name: 'Map',
    input: '{"foo":"bar"}',
    tokens: ['LBrace:{', 'String:"foo"', 'Colon::', 'String:"bar"', 'RBrace:}'],
  },
  // Newest number rules: signs are operators; a dot makes a float.
  { name: 'no sign in ints', input: '2-1', tokens: ['Int:2', 'Minus:-', 'Int:1'] },
  { name: 'no sign in floats', input: '-.5', tokens: ['Minus:-', 'Float:.5'] },
  { name: 'trailing dot float', input: '1.', tokens: ['Float:1.'] },
  { name: 'exponent float', input: '1.5e-3', tokens: ['Float:1.5e-3'] },
  { name: '1e5 is not a float', input: '1e5', tokens: ['Int:1', 'Lowercase:e5'] },
  { name: 'bytes need a digit', input: '0x', tokens: ['Int:0', 'Lowercase:x'] },
  { name: 'nil keyword', input: 'nil nils', tokens: ['Nil:nil', 'Lowercase:nils'] },
  { name: 'keyword needs a word boundary', input: 'not_x Xnot', tokens: ['Lowercase:not_x', 'Uppercase:X', 'Lowercase:not'] },
  { name: 'where is a lower-case name', input: 'where', tokens: ['Where:where'] },
  { name: 'comparisons', input: '== != >= <= > <', tokens: ['EqEq:==', 'NotEq:!=', 'GtEq:>=', 'LtEq:<=', 'Gt:>', 'Lt:<'] },
  { name: 'named argument', input: 'a = 1', tokens: ['Lowercase:a', 'Equal:=', 'Int:1'] },
  {
    name: 'lambda',
    input: '(_, v) => v',
    tokens: ['LParen:(', 'Blank:_', 'Comma:,', 'Lowercase:v', 'RParen:)', 'Arrow:=>', 'Lowercase:v'],
  },
  { name: 'string with raw newline is one token', input: '"a\nb"', tokens: ['String:"a\nb"'] },
  { name: 'single quotes are not strings', input: "'a'", tokens: 'error' },
];

describe('lexer', () => {
  it.each(cases)('$name', ({ input, tokens }) => {
    expect(lex(input)).toEqual(tokens);
  });

  it('reports the offset of an unknown character', () => {
    const r = ottlLexer().tokenize('set(x) | y');
    expect(r.errors[0]).toMatchObject({ offset: 7, length: 1 });
  });
});
