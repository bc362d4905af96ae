/**
 * The OTTL syntax tree.
 *
 * Every node is a readonly object with a literal `kind` and a `span` (UTF-16 offsets into the
 * source text, end exclusive). Categories are unions; passes switch on `kind` exhaustively.
 * Parentheses leave no node: precedence is in the tree's shape.
 */
import type { SourceSpan } from '../core/span.js';

export type { SourceSpan };

interface NodeBase {
  readonly span: SourceSpan;
}

// ---------------------------------------------------------------- top level

/** `editor(args) [where condition]` */
export interface Statement extends NodeBase {
  readonly kind: 'statement';
  readonly editor: EditorInvocation;
  readonly where: BoolExpr | null;
}

/** A lower-case function call used as a statement. */
export interface EditorInvocation extends NodeBase {
  readonly kind: 'editor';
  readonly name: string;
  readonly nameSpan: SourceSpan;
  readonly args: readonly Argument[];
}

/** One argument; `name` is set for named arguments (`truncation_marker = "..."`). */
export interface Argument extends NodeBase {
  readonly kind: 'argument';
  readonly name: string | null;
  readonly value: ArgumentValue;
}

/** What an argument may hold: a value, a bare converter name (function reference) or a lambda. */
export type ArgumentValue = ValueExpr | FunctionReference | Lambda;

/** A converter named without parentheses: `SHA256` in `replace_pattern(..., SHA256)`. */
export interface FunctionReference extends NodeBase {
  readonly kind: 'functionRef';
  readonly name: string;
}

/** `(a, b) => body`; `_` ignores a parameter. */
export interface Lambda extends NodeBase {
  readonly kind: 'lambda';
  readonly params: readonly LambdaParam[];
  readonly body: ValueExpr | BoolExpr;
}

export interface LambdaParam extends NodeBase {
  readonly kind: 'lambdaParam';
  readonly name: string;
}

// ---------------------------------------------------------------- values

export type ValueExpr =
  | StringLiteral
  | IntLiteral
  | FloatLiteral
  | BoolLiteral
  | NilLiteral
  | BytesLiteral
  | EnumSymbol
  | PathExpr
  | ConverterCall
  | ListLiteral
  | MapLiteral
  | MathExpr
  | UnaryMathExpr;

export interface StringLiteral extends NodeBase {
  readonly kind: 'string';
  /** The unquoted value (Go escapes resolved). */
  readonly value: string;
}

export interface IntLiteral extends NodeBase {
  readonly kind: 'int';
  readonly value: bigint;
}

export interface FloatLiteral extends NodeBase {
  readonly kind: 'float';
  readonly value: number;
}

export interface BoolLiteral extends NodeBase {
  readonly kind: 'bool';
  readonly value: boolean;
}

export interface NilLiteral extends NodeBase {
  readonly kind: 'nil';
}

export interface BytesLiteral extends NodeBase {
  readonly kind: 'bytes';
  readonly value: Uint8Array;
}

/** An all-caps symbol such as `SPAN_KIND_SERVER`, resolved by the context at compile time. */
export interface EnumSymbol extends NodeBase {
  readonly kind: 'enum';
  readonly name: string;
}

/**
 * `[context.]field{.field}` where each field may carry keys.
 * `context` is the first segment when it was followed by `.`; whether it really names a context
 * is decided at compile time (a legacy path such as `status.code` has `context: 'status'`).
 */
export interface PathExpr extends NodeBase {
  readonly kind: 'path';
  readonly context: string | null;
  readonly fields: readonly PathField[];
}

export interface PathField extends NodeBase {
  readonly kind: 'field';
  readonly name: string;
  readonly keys: readonly Key[];
}

/** The key list of the many fields and calls that have none (AST arrays are never changed). */
export const NO_KEYS: readonly Key[] = Object.freeze([]);

/**
 * `[ "k" ]`, `[ 0 ]`, `[ path ]`, `[ Converter(...) ]`, `[ a + 1 ]`. A float (`[0.0]`) parses, as in
 * the reference, and fails at run time as a key of the wrong type.
 */
export interface Key extends NodeBase {
  readonly kind: 'key';
  readonly value: StringLiteral | IntLiteral | FloatLiteral | PathExpr | ConverterCall | MathExpr | UnaryMathExpr;
}

/** An upper-case function call used as a value, optionally indexed: `Split(x, ",")[0]`. */
export interface ConverterCall extends NodeBase {
  readonly kind: 'converter';
  readonly name: string;
  readonly nameSpan: SourceSpan;
  readonly args: readonly Argument[];
  readonly keys: readonly Key[];
}

export interface ListLiteral extends NodeBase {
  readonly kind: 'list';
  readonly items: readonly ValueExpr[];
}

export interface MapLiteral extends NodeBase {
  readonly kind: 'map';
  readonly entries: readonly MapEntry[];
}

export interface MapEntry extends NodeBase {
  readonly kind: 'mapEntry';
  readonly key: string;
  readonly value: ValueExpr;
}

export type MathOperator = '+' | '-' | '*' | '/';

/** A binary arithmetic expression. */
export interface MathExpr extends NodeBase {
  readonly kind: 'math';
  readonly op: MathOperator;
  readonly left: ValueExpr;
  readonly right: ValueExpr;
}

/**
 * A sign applied to a math operand that is not a plain number: `-attributes["n"]`, `-(a + b)`.
 * (A sign directly before an int or float literal is folded into the literal: `-5` is an
 * `IntLiteral` of -5.) Added for the newest reference grammar, whose math operands take an
 * optional `+`/`-`.
 */
export interface UnaryMathExpr extends NodeBase {
  readonly kind: 'unary';
  readonly op: '+' | '-';
  readonly operand: ValueExpr;
}

// ---------------------------------------------------------------- conditions

export type BoolExpr = OrExpr | AndExpr | NotExpr | Comparison | BoolLiteral | ConverterCall;

export interface OrExpr extends NodeBase {
  readonly kind: 'or';
  /** Two or more operands, evaluated left to right with short-circuit. */
  readonly operands: readonly BoolExpr[];
}

export interface AndExpr extends NodeBase {
  readonly kind: 'and';
  readonly operands: readonly BoolExpr[];
}

export interface NotExpr extends NodeBase {
  readonly kind: 'not';
  readonly operand: BoolExpr;
}

export type CompareOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export interface Comparison extends NodeBase {
  readonly kind: 'compare';
  readonly op: CompareOperator;
  readonly left: ValueExpr;
  readonly right: ValueExpr;
}

/** Every node kind, for generic walkers. */
export type Node =
  | Statement
  | EditorInvocation
  | Argument
  | FunctionReference
  | Lambda
  | LambdaParam
  | ValueExpr
  | PathField
  | Key
  | MapEntry
  | BoolExpr;
