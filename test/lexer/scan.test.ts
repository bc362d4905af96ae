/**
 * The fast path's scanner (`src/lexer/scan.ts`) against the Chevrotain lexer (`tokens.ts`): when the
 * scanner takes a text, the lexer takes it too and gives the same tokens (kind, start, end); the
 * scanner declines lambdas, `_`, unknown characters and non-ASCII text outside strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ottlLexer } from '../../src/lexer/tokens.js';
import { scan, scanned, Tok } from '../../src/lexer/scan.js';
import { anyText, tokenSoup } from '../compiler/rule-arbitraries.js';
import { fuzzFamily, fuzzTimeout } from '../support/fuzz.js';

const runs = fuzzFamily(2000);
const NAMES = new Map<number, string>(Object.entries(Tok).map(([name, kind]) => [kind, name]));

/** The scanner's tokens as `Kind@start-end`, or null when it declines. */
function scannedTokens(text: string): string[] | null {
  if (!scan(text)) return null;
  const out: string[] = [];
  for (let i = 0; i < scanned.count; i++) out.push(`${NAMES.get(scanned.kinds[i])}@${scanned.starts[i]}-${scanned.ends[i]}`);
  expect(scanned.kinds[scanned.count]).toBe(Tok.EOF);
  return out;
}

function lexed(text: string): string[] | null {
  const r = ottlLexer().tokenize(text);
  if (r.errors.length > 0) return null;
  return r.tokens.map((t) => `${t.tokenType.name}@${t.startOffset}-${t.startOffset + t.image.length}`);
}

/** The property: the scanner declines, or it agrees with the lexer token for token. */
function agree(text: string): boolean {
  const fast = scannedTokens(text);
  if (fast === null) return false;
  expect(lexed(text), JSON.stringify(text)).toEqual(fast);
  return true;
}

describe('scan', () => {
  it.each([
    ['keywords alone and after a word character', 'nil not or and true false where 1nil 0xABnot Xwhere notx', true],
    ['numbers', '1 1. .5 1.5e3 1.5e 1.5e+ 1e5 0x 0x1F 0xg 007 1..2 9223372036854775808', true],
    ['operators', '== != >= <= > < = + - * / ( ) { } [ ] : , .', true],
    ['strings', '"a" "\\"q\\"" "é😀" "\\\\" "a\nb"', true],
    ['names', 'IsMatch is_match SPAN_KIND_SERVER X1 x1_y', true],
    ['spaces', ' \t\r\n\v\f x', true],
  ])('%s', (_name, text, takes) => {
    expect(agree(text)).toBe(takes);
  });

  it.each(['(x) => x', 'a _ b', 'a # b', 'a\u00a0b', 'é', '"unterminated', '"a\\\nb"', 'a ! b'])('declines %j', (text) => {
    expect(scan(text)).toBe(false);
  });

  it('agrees with the Chevrotain lexer on token soup and arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(tokenSoup, anyText), (text) => void agree(text)), runs(2000));
  }, fuzzTimeout);
});
