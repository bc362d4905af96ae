/**
 * The CST visitor that builds the typed AST (`ast.ts`) and runs the reference's post-parse checks
 * (`checkForCustomError`): a lower-case converter, an upper-case editor, keys on an editor, and
 * invalid literals (bad escapes, int64 overflow, odd hex digits). Problems are collected as
 * diagnostics; a placeholder node keeps the walk going so every problem is reported.
 */
import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast.js';
import { NO_KEYS } from './ast.js';
import type {
  AndTermCstChildren,
  ArgNameCstChildren,
  ArgumentCstChildren,
  BoolExprCstChildren,
  BoolValueCstChildren,
  CallCstChildren,
  ComparisonCstChildren,
  ConditionEntryCstChildren,
  FieldCstChildren,
  FunctionNameCstChildren,
  KeyCstChildren,
  LambdaCstChildren,
  LambdaParamCstChildren,
  ListCstChildren,
  MapCstChildren,
  MapItemCstChildren,
  MathExprCstChildren,
  MathTermCstChildren,
  MathValueCstChildren,
  PathCstChildren,
  StatementEntryCstChildren,
  ValueCstChildren,
  ValueEntryCstChildren,
} from './generated/cst.js';
import { ottlParser } from './parser.js';
import type { OttlParser } from './grammar.js';
import { decodeBytes, parseFloat64, parseInt64, unquoteString } from '../lexer/literals.js';
import { diagnostic, messages, type Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { Source } from '../core/diagnostics/source.js';


const tokSpan = (t: IToken): A.SourceSpan => ({ start: t.startOffset, end: t.startOffset + t.image.length });
const byOffset = (a: IToken, b: IToken): number => a.startOffset - b.startOffset;

/**
 * A name written as one run of tokens, in source order: the lexer splits `IsMatch` into `I` `s`
 * `M` `atch`, collected by the CST as upper- and lower-case lists, each already in source order.
 */
function nameRun(uppers: readonly IToken[] = NONE, lowers: readonly IToken[] = NONE): { name: string; first: IToken; last: IToken } {
  let name = '';
  let u = 0;
  let l = 0;
  let first: IToken | undefined;
  let last!: IToken;
  while (u < uppers.length || l < lowers.length) {
    const next = l >= lowers.length || (u < uppers.length && uppers[u].startOffset < lowers[l].startOffset) ? uppers[u++] : lowers[l++];
    first ??= next;
    last = next;
    name += next.image;
  }
  return { name, first: first!, last };
}
const NONE: readonly IToken[] = Object.freeze([]);

/** A call before it is known to be an editor or a converter. */
interface RawCall {
  readonly name: string;
  readonly nameSpan: A.SourceSpan;
  readonly upper: boolean;
  readonly args: readonly A.Argument[];
  readonly keys: readonly A.Key[];
  readonly span: A.SourceSpan;
}

/**
 * The parser's CST visitor base. Chevrotain derives it from a built parser, so it is linked in on
 * the first `new AstBuilder()` rather than at import: importing the front end builds no grammar.
 */
const baseOf = (parser: OttlParser) => parser.getBaseCstVisitorConstructor();
const BaseVisitor = function OttlVisitorBase() {} as unknown as ReturnType<typeof baseOf>;
function linkBaseVisitor(): void {
  if (Object.getPrototypeOf(BaseVisitor.prototype) !== Object.prototype) return;
  Object.setPrototypeOf(BaseVisitor.prototype, baseOf(ottlParser()).prototype);
}

/**
 * Builds AST nodes from the parser's CST. Reused across parses (validation runs once): call
 * `build(cst, source)`, which resets the collected diagnostics.
 */
export class AstBuilder extends BaseVisitor {
  diagnostics: Diagnostic[] = [];
  private source!: Source;

  constructor() {
    super();
    linkBaseVisitor();
    this.validateVisitor();
  }

  /** Builds the AST of `cst`; problems are left in `diagnostics`. */
  build<T>(cst: CstNode, source: Source): T {
    this.source = source;
    this.diagnostics = [];
    return this.visit(cst) as T;
  }

  /** Chevrotain's `visit` without its lodash type checks: it runs for every node of every rule. */
  override visit(node: CstNode | CstNode[]): ReturnType<InstanceType<typeof BaseVisitor>['visit']> {
    const n = Array.isArray(node) ? node[0] : node;
    return n === undefined ? undefined : (this as unknown as Record<string, (children: CstNode['children']) => unknown>)[n.name](n.children);
  }

  private error(span: A.SourceSpan, message: string): void {
    this.diagnostics.push(diagnostic(this.source, span, message));
  }

  // ---------------------------------------------------------------- entries

  statementEntry(ctx: StatementEntryCstChildren): A.Statement {
    const call: RawCall = this.visit(ctx.call![0]);
    if (call.upper) this.error(call.nameSpan, messages.editorMustBeLowercase(call.name));
    if (call.keys.length > 0) this.error(call.keys[0].span, messages.editorIndexed(call.name));
    const where: A.BoolExpr | null = ctx.boolExpr ? this.visit(ctx.boolExpr[0]) : null;
    const editor: A.EditorInvocation = {
      kind: 'editor',
      name: call.name,
      nameSpan: call.nameSpan,
      args: call.args,
      span: call.span,
    };
    return { kind: 'statement', editor, where, span: { start: call.span.start, end: where ? where.span.end : call.span.end } };
  }

  conditionEntry(ctx: ConditionEntryCstChildren): A.BoolExpr {
    return this.visit(ctx.boolExpr![0]);
  }

  valueEntry(ctx: ValueEntryCstChildren): A.ValueExpr {
    return this.visit(ctx.value![0]);
  }

  lambdaBoolBody(): never {
    throw new Error('lambdaBoolBody is only used as a lookahead trial');
  }

  // ---------------------------------------------------------------- conditions

  boolExpr(ctx: BoolExprCstChildren): A.BoolExpr {
    // The first and-term is written out in the rule: its operands, then the other terms.
    const first = this.conjunction(ctx.boolValue!);
    if (ctx.andTerm === undefined) return first;
    const operands: A.BoolExpr[] = [first];
    for (const n of ctx.andTerm) operands.push(this.visit(n));
    return { kind: 'or', operands, span: { start: operands[0].span.start, end: operands[operands.length - 1].span.end } };
  }

  andTerm(ctx: AndTermCstChildren): A.BoolExpr {
    return this.conjunction(ctx.boolValue!);
  }

  private conjunction(values: CstNode[]): A.BoolExpr {
    const operands: A.BoolExpr[] = values.map((n) => this.visit(n));
    if (operands.length === 1) return operands[0];
    return { kind: 'and', operands, span: { start: operands[0].span.start, end: operands[operands.length - 1].span.end } };
  }

  boolValue(ctx: BoolValueCstChildren): A.BoolExpr {
    let inner: A.BoolExpr;
    if (ctx.comparison) inner = this.visit(ctx.comparison[0]);
    else if (ctx.Boolean) inner = this.boolLiteral(ctx.Boolean[0]);
    else if (ctx.call) inner = this.converter(this.visit(ctx.call[0]));
    else inner = this.visit(ctx.boolExpr![0]);
    if (!ctx.Not) return inner;
    const not: IToken = ctx.Not[0];
    const end = ctx.RParen ? (ctx.RParen[0] as IToken).startOffset + 1 : inner.span.end;
    return { kind: 'not', operand: inner, span: { start: not.startOffset, end } };
  }

  comparison(ctx: ComparisonCstChildren): A.Comparison {
    const left: A.ValueExpr = this.visit(ctx.value![0]);
    const right: A.ValueExpr = this.visit(ctx.value![1]);
    const op = (ctx.Comparison![0] as IToken).image as A.CompareOperator;
    return { kind: 'compare', op, left, right, span: { start: left.span.start, end: right.span.end } };
  }

  // ---------------------------------------------------------------- values

  value(ctx: ValueCstChildren): A.ValueExpr {
    if (ctx.Nil) return { kind: 'nil', span: tokSpan(ctx.Nil[0]) };
    if (ctx.Bytes) return this.bytesLiteral(ctx.Bytes[0]);
    if (ctx.String) return this.stringLiteral(ctx.String[0]);
    if (ctx.Boolean) return this.boolLiteral(ctx.Boolean[0]);
    if (ctx.Uppercase) {
      const t: IToken = ctx.Uppercase[0];
      return { kind: 'enum', name: t.image, span: tokSpan(t) };
    }
    if (ctx.map) return this.visit(ctx.map[0]);
    if (ctx.list) return this.visit(ctx.list[0]);
    // A math expression written out in the value rule: its first term, then the other terms.
    let left = this.binaryChain(ctx.mathValue!, ctx.MultDiv);
    const terms = ctx.mathTerm ?? [];
    for (let i = 0; i < terms.length; i++) {
      const right: A.ValueExpr = this.visit(terms[i]);
      const op = (ctx.AddSub![i] as IToken).image as A.MathOperator;
      left = { kind: 'math', op, left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  mathExpr(ctx: MathExprCstChildren): A.ValueExpr {
    return this.binaryChain(ctx.mathTerm!, ctx.AddSub);
  }

  mathTerm(ctx: MathTermCstChildren): A.ValueExpr {
    return this.binaryChain(ctx.mathValue!, ctx.MultDiv);
  }

  private binaryChain(operands: CstNode[], ops: IToken[] | undefined): A.ValueExpr {
    let left: A.ValueExpr = this.visit(operands[0]);
    for (let i = 1; i < operands.length; i++) {
      const right: A.ValueExpr = this.visit(operands[i]);
      const op = (ops![i - 1] as IToken).image as A.MathOperator;
      left = { kind: 'math', op, left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  mathValue(ctx: MathValueCstChildren): A.ValueExpr {
    const sign: IToken | undefined = ctx.AddSub?.[0];
    const negative = sign?.image === '-';
    if (ctx.Int) return this.intLiteral(ctx.Int[0], sign, negative);
    if (ctx.Float) return this.floatLiteral(ctx.Float[0], sign, negative);
    let operand: A.ValueExpr;
    let end: number;
    if (ctx.call) operand = this.converter(this.visit(ctx.call[0]));
    else if (ctx.path) operand = this.visit(ctx.path[0]);
    else operand = this.visit(ctx.mathExpr![0]);
    if (ctx.RParen) end = (ctx.RParen[0] as IToken).startOffset + 1;
    else end = operand.span.end;
    if (!sign) return operand;
    return { kind: 'unary', op: sign.image as '+' | '-', operand, span: { start: sign.startOffset, end } };
  }

  call(ctx: CallCstChildren): RawCall {
    const { name, first, last } = nameRun(ctx.Uppercase, ctx.Lowercase);
    const args: A.Argument[] = (ctx.argument ?? []).map((n) => this.visit(n));
    const keys: readonly A.Key[] = ctx.key === undefined ? NO_KEYS : ctx.key.map((n) => this.visit(n));
    const rparen: IToken = ctx.RParen![0];
    const end = keys.length > 0 ? keys[keys.length - 1].span.end : rparen.startOffset + 1;
    const initial = first.image.charCodeAt(0);
    return {
      name,
      nameSpan: { start: first.startOffset, end: last.startOffset + last.image.length },
      upper: initial >= 65 && initial <= 90,
      args,
      keys,
      span: { start: first.startOffset, end },
    };
  }

  /** A call in a value position: it must be a converter. */
  private converter(call: RawCall): A.ConverterCall {
    if (!call.upper) {
      this.error(call.nameSpan, messages.converterMustBeUppercase(call.name));
      // An indexed editor-named call is also reported as such, as the reference does.
      if (call.keys.length > 0) this.error(call.keys[0].span, messages.editorIndexed(call.name));
    }
    return { kind: 'converter', name: call.name, nameSpan: call.nameSpan, args: call.args, keys: call.keys, span: call.span };
  }

  argument(ctx: ArgumentCstChildren): A.Argument {
    let name: string | null = null;
    let start: number | undefined;
    if (ctx.argName) {
      const toks = this.visit(ctx.argName[0]) as IToken[];
      name = toks.map((t) => t.image).join('');
      start = toks[0].startOffset;
    }
    let value: A.ArgumentValue;
    if (ctx.lambda) value = this.visit(ctx.lambda[0]);
    else if (ctx.functionName) value = this.visit(ctx.functionName[0]);
    else value = this.visit(ctx.value![0]);
    return { kind: 'argument', name, value, span: { start: start ?? value.span.start, end: value.span.end } };
  }

  argName(ctx: ArgNameCstChildren): IToken[] {
    return [...(ctx.Lowercase ?? []), ...(ctx.Uppercase ?? [])].sort(byOffset);
  }

  functionName(ctx: FunctionNameCstChildren): A.FunctionReference {
    const { name, first, last } = nameRun(ctx.Uppercase, ctx.Lowercase);
    return {
      kind: 'functionRef',
      name,
      span: { start: first.startOffset, end: last.startOffset + last.image.length },
    };
  }

  lambda(ctx: LambdaCstChildren): A.Lambda {
    const params: A.LambdaParam[] = (ctx.lambdaParam ?? []).map((n) => this.visit(n));
    const body: A.ValueExpr | A.BoolExpr = ctx.boolExpr ? this.visit(ctx.boolExpr[0]) : this.visit(ctx.value![0]);
    const lparen: IToken = ctx.LParen![0];
    return { kind: 'lambda', params, body, span: { start: lparen.startOffset, end: body.span.end } };
  }

  lambdaParam(ctx: LambdaParamCstChildren): A.LambdaParam {
    const t: IToken = (ctx.Lowercase ?? ctx.Blank)![0];
    return { kind: 'lambdaParam', name: t.image, span: tokSpan(t) };
  }

  path(ctx: PathCstChildren): A.PathExpr {
    const head = this.fieldOf(ctx.Lowercase![0], ctx.key);
    let fields: A.PathField[] = [head];
    if (ctx.field !== undefined) for (const n of ctx.field) fields.push(this.visit(n));
    const span = { start: fields[0].span.start, end: fields[fields.length - 1].span.end };
    let context: string | null = null;
    // The reference grammar reads `(Lowercase '.')?` first: a key-less first segment followed by
    // a dot is the context name.
    if (fields.length > 1 && fields[0].keys.length === 0) {
      context = fields[0].name;
      fields = fields.slice(1);
    }
    return { kind: 'path', context, fields, span };
  }

  field(ctx: FieldCstChildren): A.PathField {
    return this.fieldOf(ctx.Lowercase![0], ctx.key);
  }

  private fieldOf(t: IToken, keyNodes: CstNode[] | undefined): A.PathField {
    const keys: readonly A.Key[] = keyNodes === undefined ? NO_KEYS : keyNodes.map((n) => this.visit(n));
    const end = keys.length > 0 ? keys[keys.length - 1].span.end : t.startOffset + t.image.length;
    return { kind: 'field', name: t.image, keys, span: { start: t.startOffset, end } };
  }

  key(ctx: KeyCstChildren): A.Key {
    const span = { start: (ctx.LBracket![0] as IToken).startOffset, end: (ctx.RBracket![0] as IToken).startOffset + 1 };
    if (ctx.String) return { kind: 'key', value: this.stringLiteral(ctx.String[0]), span };
    const v: A.ValueExpr = this.visit(ctx.mathExpr![0]);
    switch (v.kind) {
      case 'int':
      case 'float':
      case 'path':
      case 'converter':
      case 'math':
      case 'unary':
        return { kind: 'key', value: v, span };
      default:
        this.error(v.span, 'an index must be a string, an int, a path, a converter or a math expression');
        return { kind: 'key', value: { kind: 'int', value: 0n, span: v.span }, span };
    }
  }

  list(ctx: ListCstChildren): A.ListLiteral {
    const items: A.ValueExpr[] = (ctx.value ?? []).map((n) => this.visit(n));
    const span = { start: (ctx.LBracket![0] as IToken).startOffset, end: (ctx.RBracket![0] as IToken).startOffset + 1 };
    return { kind: 'list', items, span };
  }

  map(ctx: MapCstChildren): A.MapLiteral {
    const entries: A.MapEntry[] = (ctx.mapItem ?? []).map((n) => this.visit(n));
    const span = { start: (ctx.LBrace![0] as IToken).startOffset, end: (ctx.RBrace![0] as IToken).startOffset + 1 };
    return { kind: 'map', entries, span };
  }

  mapItem(ctx: MapItemCstChildren): A.MapEntry {
    const keyTok: IToken = ctx.String![0];
    const key = this.stringLiteral(keyTok);
    const value: A.ValueExpr = this.visit(ctx.value![0]);
    return { kind: 'mapEntry', key: key.value, value, span: { start: keyTok.startOffset, end: value.span.end } };
  }

  // ---------------------------------------------------------------- literals

  private stringLiteral(t: IToken): A.StringLiteral {
    const r = unquoteString(t.image);
    if (!r.ok) this.error(tokSpan(t), r.message);
    return { kind: 'string', value: r.ok ? r.value : '', span: tokSpan(t) };
  }

  private boolLiteral(t: IToken): A.BoolLiteral {
    return { kind: 'bool', value: t.image === 'true', span: tokSpan(t) };
  }

  private bytesLiteral(t: IToken): A.BytesLiteral {
    const r = decodeBytes(t.image);
    if (!r.ok) this.error(tokSpan(t), r.message);
    return { kind: 'bytes', value: r.ok ? r.value : new Uint8Array(0), span: tokSpan(t) };
  }

  /** An int literal, with a directly preceding sign folded in (`-5` is the int -5). */
  private intLiteral(t: IToken, sign: IToken | undefined, negative: boolean): A.IntLiteral {
    const span = { start: (sign ?? t).startOffset, end: t.startOffset + t.image.length };
    const r = parseInt64(t.image);
    if (!r.ok) this.error(tokSpan(t), r.message);
    const v = r.ok ? r.value : 0n;
    return { kind: 'int', value: negative ? -v : v, span };
  }

  private floatLiteral(t: IToken, sign: IToken | undefined, negative: boolean): A.FloatLiteral {
    const span = { start: (sign ?? t).startOffset, end: t.startOffset + t.image.length };
    const r = parseFloat64(t.image);
    if (!r.ok) this.error(tokSpan(t), r.message);
    const v = r.ok ? r.value : 0;
    return { kind: 'float', value: negative ? -v : v, span };
  }
}
