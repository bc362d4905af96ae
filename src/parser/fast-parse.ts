/**
 * The fast path of the front end: a recursive-descent parser over `lexer/scan.ts` that builds the
 * typed AST directly, with no token objects, CST or visitor. It follows `grammar.ts` decision for
 * decision (the same lookahead gates, the same order of alternatives, the same LL(1) loops) and
 * builds the nodes `builder.ts` builds, field for field and in the same key order.
 *
 * It is only for valid input: on any error, on a rule the builder would report (a lower-case
 * converter, an upper-case or indexed editor, a bad literal), on a deep rule (see `DEPTH_BUDGET`)
 * or on the lambda syntax, it returns undefined and the Chevrotain path parses the text again and
 * says what is wrong, so every syntax diagnostic keeps one producer.
 */
import type * as A from './ast.js';
import { NO_KEYS } from './ast.js';
import { releaseLargeBuffers, scan, scanned, Tok } from '../lexer/scan.js';
import { decodeBytes, parseFloat64, parseInt64, unquoteString } from '../lexer/literals.js';
import { MAX_RULE_DEPTH, tooDeep } from './limits.js';

/** Thrown (one instance, no stack captured) to leave the fast path. */
class FallBack {}
const FALL_BACK = new FallBack();

/**
 * Nested parser calls allowed before falling back: far below what exhausts the Chevrotain
 * parser's stack, so a rule the fast path accepts never makes the fallback throw a RangeError.
 */
const DEPTH_BUDGET = 64;
/**
 * Below this many tokens a rule cannot be deeper than `MAX_RULE_DEPTH`, so `tooDeep` is skipped: a
 * token makes at most three nodes (an argument, a path and its field), and each node level adds
 * at most an array level and a path key to the depth `tooDeep` counts.
 */
const SHALLOW_TOKENS = Math.floor((MAX_RULE_DEPTH - 10) / 8);

let text = '';
let kinds = scanned.kinds;
let starts = scanned.starts;
let ends = scanned.ends;
/** Index of the next token. */
let p = 0;
let depth = 0;

const fail = (): never => {
  throw FALL_BACK;
};

function expect(kind: number): number {
  if (kinds[p] !== kind) fail();
  return p++;
}

const isLowercase = (k: number): boolean => k === Tok.Lowercase || k === Tok.Where;
const isName = (k: number): boolean => k === Tok.Uppercase || k === Tok.Lowercase || k === Tok.Where;
const isComparison = (k: number): boolean => k >= Tok.EqEq && k <= Tok.Lt;
const isAddSub = (k: number): boolean => k === Tok.Plus || k === Tok.Minus;
const isMultDiv = (k: number): boolean => k === Tok.Slash || k === Tok.Star;
/** First tokens of grammar.ts `mathValue` (and so of `mathExpr`). */
const startsMath = (k: number): boolean => isAddSub(k) || isName(k) || k === Tok.Float || k === Tok.Int || k === Tok.LParen;
/** First tokens of grammar.ts `value`. */
const startsValue = (k: number): boolean =>
  startsMath(k) || k === Tok.Nil || k === Tok.Bytes || k === Tok.String || k === Tok.True || k === Tok.False || k === Tok.LBrace || k === Tok.LBracket;

const COMPARE_OPS: readonly A.CompareOperator[] = ['==', '!=', '>=', '<=', '>', '<'];
const span = (t: number): A.SourceSpan => ({ start: starts[t], end: ends[t] });

// ---------------------------------------------------------------- the grammar's lookahead gates

function nameRunEnd(k: number): number {
  while (isName(kinds[k])) k++;
  return k;
}
const callAhead = (): boolean => isName(kinds[p]) && kinds[nameRunEnd(p)] === Tok.LParen;
const namedArgAhead = (): boolean => isLowercase(kinds[p]) && kinds[nameRunEnd(p)] === Tok.Equal;
const enumAhead = (): boolean => kinds[p] === Tok.Uppercase && !isLowercase(kinds[p + 1]) && !callAhead();
const functionNameAhead = (): boolean => kinds[p] === Tok.Uppercase && !callAhead();

function comparisonAhead(): boolean {
  let level = 0;
  for (let k = p; ; k++) {
    const t = kinds[k];
    if (t === Tok.EOF) return false;
    if (t === Tok.LParen || t === Tok.LBracket || t === Tok.LBrace) level++;
    else if (t === Tok.RParen || t === Tok.RBracket || t === Tok.RBrace) {
      if (level === 0) return false;
      level--;
    } else if (level === 0) {
      if (isComparison(t)) return true;
      if (t === Tok.And || t === Tok.Or || t === Tok.Comma || t === Tok.Equal || t === Tok.Not) return false;
    }
  }
}

/** A run of name tokens from `first` to before `end`, joined as the builder joins them. */
function nameOf(first: number, end: number): string {
  let name = text.slice(starts[first], ends[first]);
  for (let t = first + 1; t < end; t++) name += text.slice(starts[t], ends[t]);
  return name;
}

/**
 * The items of the lists being built, an inner list's above its outer one's: a list is copied out
 * at its exact length (`collect`), where pushing onto a fresh array would over-allocate each one.
 */
const pending: unknown[] = [];
let top = 0;
function collect<T>(base: number): T[] {
  const items = pending.slice(base, top) as T[];
  top = base;
  return items;
}

function enter(): void {
  if (++depth > DEPTH_BUDGET) fail();
}

// ---------------------------------------------------------------- conditions

/** `next { op next }`: one `kind` node of two or more operands, or the lone operand. */
function junction(op: number, kind: 'or' | 'and', next: () => A.BoolExpr): A.BoolExpr {
  const first = next();
  if (kinds[p] !== op) return first;
  const base = top;
  pending[top++] = first;
  while (kinds[p] === op) {
    p++;
    pending[top++] = next();
  }
  const operands = collect<A.BoolExpr>(base);
  return { kind, operands, span: { start: operands[0].span.start, end: operands[operands.length - 1].span.end } };
}

const boolExpr = (): A.BoolExpr => junction(Tok.Or, 'or', andTerm);
const andTerm = (): A.BoolExpr => junction(Tok.And, 'and', boolValue);

function boolValue(): A.BoolExpr {
  enter();
  const not = kinds[p] === Tok.Not ? p++ : -1;
  let inner: A.BoolExpr;
  let rparen = -1;
  const k = kinds[p];
  if (comparisonAhead() && startsValue(k)) inner = comparison();
  else if (k === Tok.True || k === Tok.False) inner = { kind: 'bool', value: k === Tok.True, span: span(p++) };
  else if (k === Tok.Uppercase) inner = converter(call());
  else if (k === Tok.LParen) {
    p++;
    inner = boolExpr();
    rparen = expect(Tok.RParen);
  } else return fail();
  depth--;
  if (not < 0) return inner;
  return { kind: 'not', operand: inner, span: { start: starts[not], end: rparen >= 0 ? starts[rparen] + 1 : inner.span.end } };
}

function comparison(): A.Comparison {
  const left = value();
  const k = kinds[p];
  if (!isComparison(k)) fail();
  p++;
  const right = value();
  return { kind: 'compare', op: COMPARE_OPS[k - Tok.EqEq], left, right, span: { start: left.span.start, end: right.span.end } };
}

// ---------------------------------------------------------------- values

function value(): A.ValueExpr {
  enter();
  let v: A.ValueExpr;
  const k = kinds[p];
  if (k === Tok.Nil) v = { kind: 'nil', span: span(p++) };
  else if (k === Tok.Bytes) v = bytesLiteral(p++);
  else if (k === Tok.String) v = stringLiteral(p++);
  else if (k === Tok.True || k === Tok.False) v = { kind: 'bool', value: k === Tok.True, span: span(p++) };
  else if (k === Tok.Uppercase && enumAhead()) v = { kind: 'enum', name: text.slice(starts[p], ends[p]), span: span(p++) };
  else if (k === Tok.LBrace) v = map();
  else if (k === Tok.LBracket) v = list();
  else if (startsMath(k)) v = mathExpr();
  else return fail();
  depth--;
  return v;
}

function math(op: number, left: A.ValueExpr, right: A.ValueExpr): A.MathExpr {
  const sign = op === Tok.Plus ? '+' : op === Tok.Minus ? '-' : op === Tok.Star ? '*' : '/';
  return { kind: 'math', op: sign, left, right, span: { start: left.span.start, end: right.span.end } };
}

/** `next { op next }`, left-associative. */
function chain(isOp: (k: number) => boolean, next: () => A.ValueExpr): A.ValueExpr {
  let left = next();
  while (isOp(kinds[p])) {
    const op = kinds[p++];
    left = math(op, left, next());
  }
  return left;
}

const mathExpr = (): A.ValueExpr => chain(isAddSub, mathTerm);
const mathTerm = (): A.ValueExpr => chain(isMultDiv, mathValue);

function mathValue(): A.ValueExpr {
  enter();
  const sign = isAddSub(kinds[p]) ? p++ : -1;
  const negative = sign >= 0 && kinds[sign] === Tok.Minus;
  const k = kinds[p];
  let operand: A.ValueExpr;
  let end: number;
  if (callAhead()) {
    operand = converter(call());
    end = operand.span.end;
  } else if (k === Tok.Float || k === Tok.Int) {
    depth--;
    return numberLiteral(p++, sign, negative);
  } else if (isLowercase(k)) {
    operand = path();
    end = operand.span.end;
  } else if (k === Tok.LParen) {
    p++;
    operand = mathExpr();
    end = starts[expect(Tok.RParen)] + 1;
  } else return fail();
  depth--;
  if (sign < 0) return operand;
  return { kind: 'unary', op: negative ? '-' : '+', operand, span: { start: starts[sign], end } };
}

/** A call of either case, as a converter node; the statement turns it into its editor. */
function call(): A.ConverterCall {
  const first = p;
  if (!isName(kinds[p])) fail();
  p = nameRunEnd(p);
  const name = nameOf(first, p);
  const nameSpan = { start: starts[first], end: ends[p - 1] };
  expect(Tok.LParen);
  const base = top;
  if (startsValue(kinds[p])) {
    pending[top++] = argument();
    while (kinds[p] === Tok.Comma) {
      p++;
      pending[top++] = argument();
    }
  }
  const args = collect<A.Argument>(base);
  const rparen = expect(Tok.RParen);
  const keys = keyList();
  const end = keys.length > 0 ? keys[keys.length - 1].span.end : starts[rparen] + 1;
  return { kind: 'converter', name, nameSpan, args, keys, span: { start: starts[first], end } };
}

/** A call in a value position: the builder reports a lower-case one. */
function converter(c: A.ConverterCall): A.ConverterCall {
  const initial = text.charCodeAt(c.nameSpan.start);
  if (initial < 65 || initial > 90) fail();
  return c;
}

function argument(): A.Argument {
  let name: string | null = null;
  let start = -1;
  if (namedArgAhead()) {
    const first = p;
    p = nameRunEnd(p);
    name = nameOf(first, p);
    start = starts[first];
    p++;
  }
  let v: A.ArgumentValue;
  const k = kinds[p];
  if ((!functionNameAhead() || enumAhead()) && startsValue(k)) v = value();
  else if (k === Tok.Uppercase) {
    const first = p;
    p = nameRunEnd(p);
    v = { kind: 'functionRef', name: nameOf(first, p), span: { start: starts[first], end: ends[p - 1] } };
  } else return fail();
  return { kind: 'argument', name, value: v, span: { start: start >= 0 ? start : v.span.start, end: v.span.end } };
}

function path(): A.PathExpr {
  const start = starts[p];
  let context: string | null = null;
  // grammar.ts reads `(Lowercase '.')?` first: a key-less first segment before a dot names the context.
  if (kinds[p + 1] === Tok.Dot) {
    context = text.slice(start, ends[p]);
    p += 2;
    if (!isLowercase(kinds[p])) fail();
  }
  const base = top;
  pending[top++] = field();
  while (kinds[p] === Tok.Dot) {
    p++;
    if (!isLowercase(kinds[p])) fail();
    pending[top++] = field();
  }
  const fields = collect<A.PathField>(base);
  return { kind: 'path', context, fields, span: { start, end: fields[fields.length - 1].span.end } };
}

function field(): A.PathField {
  const t = p++;
  const keys = keyList();
  const end = keys.length > 0 ? keys[keys.length - 1].span.end : ends[t];
  return { kind: 'field', name: text.slice(starts[t], ends[t]), keys, span: { start: starts[t], end } };
}

function keyList(): readonly A.Key[] {
  if (kinds[p] !== Tok.LBracket) return NO_KEYS;
  const base = top;
  while (kinds[p] === Tok.LBracket) pending[top++] = key();
  return collect<A.Key>(base);
}

function key(): A.Key {
  const lbracket = p++;
  let v: A.Key['value'];
  if (kinds[p] === Tok.String) v = stringLiteral(p++);
  else if (startsMath(kinds[p])) v = mathExpr() as A.Key['value'];
  else return fail();
  const rbracket = expect(Tok.RBracket);
  return { kind: 'key', value: v, span: { start: starts[lbracket], end: starts[rbracket] + 1 } };
}

function list(): A.ListLiteral {
  const lbracket = p++;
  const base = top;
  while (startsValue(kinds[p])) pending[top++] = value();
  while (kinds[p] === Tok.Comma) {
    p++;
    pending[top++] = value();
  }
  const items = collect<A.ValueExpr>(base);
  const rbracket = expect(Tok.RBracket);
  return { kind: 'list', items, span: { start: starts[lbracket], end: starts[rbracket] + 1 } };
}

function map(): A.MapLiteral {
  const lbrace = p++;
  const base = top;
  while (kinds[p] === Tok.String) {
    const keyTok = p++;
    const entryKey = stringLiteral(keyTok);
    expect(Tok.Colon);
    const v = value();
    if (kinds[p] === Tok.Comma) p++;
    pending[top++] = { kind: 'mapEntry', key: entryKey.value, value: v, span: { start: starts[keyTok], end: v.span.end } };
  }
  const entries = collect<A.MapEntry>(base);
  const rbrace = expect(Tok.RBrace);
  return { kind: 'map', entries, span: { start: starts[lbrace], end: starts[rbrace] + 1 } };
}

// ---------------------------------------------------------------- literals

function stringLiteral(t: number): A.StringLiteral {
  const r = unquoteString(text.slice(starts[t], ends[t]));
  if (!r.ok) fail();
  return { kind: 'string', value: (r as { value: string }).value, span: span(t) };
}

function bytesLiteral(t: number): A.BytesLiteral {
  const r = decodeBytes(text.slice(starts[t], ends[t]));
  if (!r.ok) fail();
  return { kind: 'bytes', value: (r as { value: Uint8Array }).value, span: span(t) };
}

/** An int or float literal, with a directly preceding sign folded in (`-5` is the int -5). */
function numberLiteral(t: number, sign: number, negative: boolean): A.IntLiteral | A.FloatLiteral {
  const numberSpan = { start: starts[sign >= 0 ? sign : t], end: ends[t] };
  const image = text.slice(starts[t], ends[t]);
  if (kinds[t] === Tok.Int) {
    const r = parseInt64(image);
    if (!r.ok) fail();
    const v = (r as { value: bigint }).value;
    return { kind: 'int', value: negative ? -v : v, span: numberSpan };
  }
  const r = parseFloat64(image);
  if (!r.ok) fail();
  const v = (r as { value: number }).value;
  return { kind: 'float', value: negative ? -v : v, span: numberSpan };
}

// ---------------------------------------------------------------- entries

function statement(): A.Statement {
  const c = call();
  // The builder reports an upper-case or indexed editor.
  const initial = text.charCodeAt(c.nameSpan.start);
  if ((initial >= 65 && initial <= 90) || c.keys.length > 0) fail();
  let where: A.BoolExpr | null = null;
  if (kinds[p] === Tok.Where) {
    p++;
    where = boolExpr();
  }
  const editor: A.EditorInvocation = { kind: 'editor', name: c.name, nameSpan: c.nameSpan, args: c.args, span: c.span };
  return { kind: 'statement', editor, where, span: { start: c.span.start, end: where ? where.span.end : c.span.end } };
}

/** The grammar entries the fast path serves. */
export type FastEntry = 'statement' | 'condition' | 'value';
const ENTRIES: Record<FastEntry, () => A.Statement | A.BoolExpr | A.ValueExpr> = { statement, condition: boolExpr, value };

/**
 * The syntax tree of `source` for `entry`, exactly as the Chevrotain path builds it, or undefined
 * when the fast path does not take the text (then the Chevrotain path must run).
 */
export function fastParse(source: string, entry: FastEntry): A.Statement | A.BoolExpr | A.ValueExpr | undefined {
  if (!scan(source)) return undefined;
  ({ kinds, starts, ends } = scanned);
  text = source;
  p = 0;
  depth = 0;
  top = 0;
  try {
    const ast = ENTRIES[entry]();
    if (kinds[p] !== Tok.EOF) return undefined;
    if (scanned.count >= SHALLOW_TOKENS && tooDeep(ast) !== null) return undefined;
    return ast;
  } catch {
    // FALL_BACK, or a RangeError from a deep rule: either way the Chevrotain path, which never
    // throws, parses the text and reports what is wrong with it.
    return undefined;
  } finally {
    text = '';
    releaseLargeBuffers();
    if (pending.length > 1 << 10) pending.length = 0;
  }
}
