/**
 * Common slips from other languages, recognised after a failed lex or parse so the message says
 * what to write instead (the grammar stays as it is; these checks run only on failure):
 * `=` for `==`, `&&` / `||` for `and` / `or`, single-quoted strings.
 */
import { tokenMatcher, type IToken } from 'chevrotain';
import { Comma, Equal, LParen, Lowercase } from '../lexer/tokens.js';
import { messages } from '../core/diagnostics/diagnostic.js';
import type { SourceSpan } from '../core/span.js';

/** A slip found at a lexing error: its message and where to put the caret. */
export interface Slip {
  readonly message: string;
  readonly span: SourceSpan;
  /** Where the slip's text ends: later lexing errors before this offset belong to it. */
  readonly through: number;
}

/** What a lexing error at `offset` is a slip for, if it is one. */
export function lexingSlip(text: string, offset: number): Slip | null {
  const two = text.slice(offset, offset + 2);
  if (two === '&&') return { message: messages.cStyleOperator('&&', 'and'), span: { start: offset, end: offset + 2 }, through: offset + 2 };
  if (two === '||') return { message: messages.cStyleOperator('||', 'or'), span: { start: offset, end: offset + 2 }, through: offset + 2 };
  if (text[offset] === "'") {
    const close = text.indexOf("'", offset + 1);
    const inner = close < 0 ? null : text.slice(offset + 1, close);
    return { message: messages.singleQuotedString(inner), span: { start: offset, end: offset + 1 }, through: close < 0 ? offset + 1 : close + 1 };
  }
  return null;
}

/**
 * The first `=` that does not name an argument (`name=` right after `(` or `,`): a comparison
 * written with one `=`.
 */
export function misusedEqual(tokens: readonly IToken[]): IToken | undefined {
  return tokens.find((t, i) => {
    if (!tokenMatcher(t, Equal)) return false;
    const name = tokens[i - 1];
    const before = tokens[i - 2];
    const namesArgument = name !== undefined && tokenMatcher(name, Lowercase) && before !== undefined && (tokenMatcher(before, LParen) || tokenMatcher(before, Comma));
    return !namesArgument;
  });
}
