/**
 * Entry points of the OTTL front end. Each returns `{ ok: true, ast }` or `{ ok: false, errors }`
 * with positioned diagnostics, and never throws.
 */
import { EOF, tokenMatcher, type ILexingError, type IRecognitionException, type IToken } from 'chevrotain';
import { Comparison } from '../lexer/tokens.js';
import type { BoolExpr, SourceSpan, Statement, ValueExpr } from './ast.js';
import { ottlLexer } from '../lexer/tokens.js';
import { ottlParser } from './parser.js';
import type { OttlParser } from './grammar.js';
import { AstBuilder } from './builder.js';
import { MAX_RULE_DEPTH, tooDeep } from './limits.js';
import { lexingSlip, misusedEqual } from './slips.js';
import { fastParse, type FastEntry } from './fast-parse.js';
import { Source } from '../core/diagnostics/source.js';
import { diagnostic, messages, sortDiagnostics, type Diagnostic } from '../core/diagnostics/diagnostic.js';

/** Result of parsing one text. */
export type ParseResult<T> = { ok: true; ast: T } | { ok: false; errors: Diagnostic[] };

/** Options shared by the entry points. */
export interface ParseOptions {
  /** The source name used in messages (default `<input>`). */
  readonly name?: string;
}

let shared: AstBuilder | undefined;
const builder = (): AstBuilder => (shared ??= new AstBuilder());

type Entry = 'statementEntry' | 'conditionEntry' | 'valueEntry';
const FAST_ENTRY: Record<Entry, FastEntry> = { statementEntry: 'statement', conditionEntry: 'condition', valueEntry: 'value' };

/** Valid text takes the fast path; anything it does not take, the Chevrotain path, which says what is wrong. */
function run<T>(text: string, entry: Entry, options: ParseOptions): ParseResult<T> {
  const ast = fastParse(typeof text === 'string' ? text : String(text), FAST_ENTRY[entry]);
  return ast !== undefined ? { ok: true, ast: ast as T } : parseByGrammar<T>(text, entry, options);
}

/**
 * The Chevrotain path: lexer, grammar, CST and AST builder, with every syntax diagnostic. Exported
 * for the differential tests of the fast path.
 */
export function parseByGrammar<T>(text: string, entry: Entry, options: ParseOptions = {}): ParseResult<T> {
  const source = new Source(typeof text === 'string' ? text : String(text), options.name);
  let parser: OttlParser | undefined;
  try {
    const lexed = ottlLexer().tokenize(source.text);
    if (lexed.errors.length > 0) return { ok: false, errors: sortDiagnostics(lexingErrors(source, lexed.errors)) };
    parser = ottlParser();
    parser.input = lexed.tokens;
    const cst = parser[entry]();
    if (parser.errors.length > 0) {
      const equal = misusedEqual(lexed.tokens, entry === 'statementEntry');
      if (equal !== null) return { ok: false, errors: [diagnostic(source, equal.span, equal.message)] };
      const errors = parser.errors.map((e) => parseError(source, lexed.tokens, e));
      return { ok: false, errors: sortDiagnostics(errors) };
    }
    const astBuilder = builder();
    const ast = astBuilder.build<T>(cst, source);
    if (astBuilder.diagnostics.length > 0) return { ok: false, errors: sortDiagnostics(astBuilder.diagnostics) };
    const deep = tooDeep(ast as object);
    if (deep !== null) return { ok: false, errors: [diagnostic(source, deep, messages.tooDeep(MAX_RULE_DEPTH))] };
    return { ok: true, ast };
  } catch (err) {
    const message = err instanceof RangeError ? messages.tooDeep(MAX_RULE_DEPTH) : `internal parser error: ${(err as Error)?.message ?? err}`;
    return { ok: false, errors: [diagnostic(source, { start: 0, end: 0 }, message)] };
  } finally {
    if (parser !== undefined) parser.input = [];
  }
}

/** Lexing errors as diagnostics: a known slip once (with what to write instead), else the character. */
function lexingErrors(source: Source, errors: readonly ILexingError[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let covered = -1;
  for (const e of errors) {
    if (e.offset < covered) continue;
    const slip = lexingSlip(source.text, e.offset);
    if (slip !== null) {
      out.push(diagnostic(source, slip.span, slip.message));
      covered = slip.through;
      continue;
    }
    const ch = source.text[e.offset] ?? '';
    const msg = ch === '"' ? messages.unterminatedString() : messages.unexpectedCharacter(ch);
    out.push(diagnostic(source, { start: e.offset, end: e.offset + Math.max(1, e.length) }, msg));
  }
  return out;
}

/** Positions a parser error; an end-of-input error is anchored at the end of the last real token. */
function parseError(source: Source, tokens: IToken[], e: IRecognitionException): Diagnostic {
  const tok = e.token;
  let span: SourceSpan;
  if (!tok || tok.tokenType === EOF || !Number.isFinite(tok.startOffset)) {
    const last = tokens[tokens.length - 1];
    const end = last ? last.startOffset + last.image.length : 0;
    span = { start: end, end };
  } else {
    span = { start: tok.startOffset, end: tok.startOffset + tok.image.length };
    // A second operator after a complete comparison: say what the rule is.
    if (tokenMatcher(tok, Comparison) && tokens.indexOf(tok) > 0) {
      const before = tokens.slice(0, tokens.indexOf(tok));
      if (before.some((t) => tokenMatcher(t, Comparison))) return diagnostic(source, span, messages.chainedComparison(tok.image));
    }
  }
  return diagnostic(source, span, e.message);
}

/** Parses a statement: `editor(args) [where condition]`. */
export function parseStatement(text: string, options: ParseOptions = {}): ParseResult<Statement> {
  return run<Statement>(text, 'statementEntry', options);
}

/** Parses a condition: a bare boolean expression (no editor, no `where`). */
export function parseCondition(text: string, options: ParseOptions = {}): ParseResult<BoolExpr> {
  return run<BoolExpr>(text, 'conditionEntry', options);
}

/** Parses a single value expression (the reference's `ParseValueExpression`). */
export function parseValueExpression(text: string, options: ParseOptions = {}): ParseResult<ValueExpr> {
  return run<ValueExpr>(text, 'valueEntry', options);
}

/**
 * Parses a rule set. All statements parse, or the result lists the first error of every bad
 * statement (each statement's own source is named `<name>[index]`).
 */
export function parseStatements(
  texts: readonly string[],
  options: ParseOptions = {},
): { ok: true; ast: Statement[] } | { ok: false; errors: Diagnostic[] } {
  const asts: Statement[] = [];
  const errors: Diagnostic[] = [];
  const base = options.name ?? 'statement';
  texts.forEach((text, i) => {
    const r = parseStatement(text, { name: `${base}[${i}]` });
    if (r.ok) asts.push(r.ast);
    else errors.push(r.errors[0]);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ast: asts };
}

/** Same as `parseStatements` for conditions. */
export function parseConditions(
  texts: readonly string[],
  options: ParseOptions = {},
): { ok: true; ast: BoolExpr[] } | { ok: false; errors: Diagnostic[] } {
  const asts: BoolExpr[] = [];
  const errors: Diagnostic[] = [];
  const base = options.name ?? 'condition';
  texts.forEach((text, i) => {
    const r = parseCondition(text, { name: `${base}[${i}]` });
    if (r.ok) asts.push(r.ast);
    else errors.push(r.errors[0]);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ast: asts };
}
