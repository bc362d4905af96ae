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
 * The first `=` that does not name an argument (`name=` right after `(` or `,`), with its message:
 * at the start of a statement (before any call) it is an assignment, elsewhere a comparison
 * written with one `=`.
 */
export function misusedEqual(tokens: readonly IToken[], statement: boolean): Slip | null {
  const at = tokens.findIndex((t, i) => {
    if (!tokenMatcher(t, Equal)) return false;
    const name = tokens[i - 1];
    const before = tokens[i - 2];
    const namesArgument = name !== undefined && tokenMatcher(name, Lowercase) && before !== undefined && (tokenMatcher(before, LParen) || tokenMatcher(before, Comma));
    return !namesArgument;
  });
  if (at < 0) return null;
  const t = tokens[at];
  const assignment = statement && !tokens.slice(0, at).some((b) => tokenMatcher(b, LParen));
  const span = { start: t.startOffset, end: t.startOffset + 1 };
  return { message: assignment ? messages.assignment() : messages.singleEqual(), span, through: span.end };
}
