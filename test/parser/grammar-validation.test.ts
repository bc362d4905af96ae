/**
 * The shared lexer and parser skip Chevrotain's definition checks to start faster; these run them,
 * so a grammar or token change that Chevrotain would reject (an ambiguity, left recursion, a token
 * that can never match) still fails here.
 */
import { describe, expect, it } from 'vitest';
import { OttlParser } from '../../src/parser/grammar.js';
import { ottlLexer } from '../../src/lexer/tokens.js';

describe('grammar definition checks', () => {
  it('the grammar passes every Chevrotain validation (a failing one throws on construction)', () => {
    expect(() => new OttlParser({ validate: true })).not.toThrow();
  });

  it('the tokens pass every Chevrotain lexer validation', () => {
    expect(ottlLexer({ validate: true }).lexerDefinitionErrors).toEqual([]);
  });
});
