/**
 * Binds a call's arguments to a function's declared parameters, as the reference's `buildArgs` does:
 * positional arguments first, then named ones (snake_case parameter names, matched in CamelCase);
 * count, names and optionality checked; each argument turned into its parameter kind as the
 * parameter-kind table (`functions/param-kinds.ts`) says. The matching and the per-kind binding
 * are generic over where arguments come from, so `ottl/testing` binds plain test values with the
 * same rules the compiler applies to OTTL arguments. Errors name the function, the argument
 * position and the parameter, and carry the argument's span.
 */
import type * as ast from '../parser/ast.js';
import { PARAM_KINDS, type LiteralType } from '../functions/param-kinds.js';
import { ArgumentError, literalGetter, type AnyFunctionDefinition, type ParamKind, type ParamSpec } from '../functions/signature.js';
import type { FunctionRef, GetSetter, Getter, Invocation, LambdaRef } from '../core/getters.js';
import { runtimeError } from '../core/errors.js';
import { expectMap } from '../core/values/coerce.js';
import type { Value } from '../core/values/types.js';
import type { SourceSpan } from '../core/span.js';
import type { Compiler } from './compiler.js';
import { argumentCount, argumentProblem, CompileError, duplicateArgument, positionalAfterNamed, unknownArgumentName } from './errors.js';

/** One argument as written: `name = value` or a positional `value`. */
export interface WrittenArgument<N> {
  readonly name: string | null;
  readonly value: N;
  readonly span: SourceSpan;
}

/**
 * Matches written arguments to parameters: positional ones in order, then named ones. Throws
 * {@link CompileError} for a positional argument after a named one, an unknown or repeated name, too
 * many arguments, or a required parameter left out.
 */
export function matchArguments<N>(def: AnyFunctionDefinition, args: readonly WrittenArgument<N>[], callSpan: SourceSpan): Map<string, WrittenArgument<N>> {
  const params: readonly ParamSpec[] = def.params;
  const given = new Map<string, WrittenArgument<N>>();
  let sawNamed = false;
  args.forEach((arg, i) => {
    if (arg.name === null) {
      if (sawNamed) throw positionalAfterNamed(def.name, arg.span);
      if (i >= params.length) throw argumentCount(def.name, requiredCount(params), params.length, args.length, arg.span);
      given.set(params[i].name, arg);
      return;
    }
    sawNamed = true;
    // As the reference: a name matches a parameter when both agree in CamelCase
    // (`resolve_conflicts`, `resolveConflicts` and `ResolveConflicts` are one name).
    const wanted = toCamel(arg.name);
    const param = params.find((p) => toCamel(p.name) === wanted);
    if (param === undefined) throw unknownArgumentName(def.name, arg.name, arg.span, params.map((p) => p.name));
    if (given.has(param.name)) throw duplicateArgument(def.name, param.name, arg.span);
    given.set(param.name, arg);
  });
  for (const p of params) {
    if (!p.optional && !given.has(p.name)) throw argumentCount(def.name, requiredCount(params), params.length, args.length, callSpan);
  }
  return given;
}

/**
 * Where argument values come from: OTTL syntax for the compiler, plain values for `ottl/testing`.
 * Each method throws {@link ArgumentError} when the argument does not have the form asked for.
 */
export interface ArgumentSource<N> {
  /** An expression: its getter, and its value when it is known at compile time (a literal). */
  value(node: N): { readonly get: Getter<Value>; readonly constant?: { readonly value: Value } };
  path(node: N): GetSetter<Value>;
  /** The value of a literal argument, or undefined when the argument is not a literal. */
  literal(node: N): Value | undefined;
  enumSymbol(node: N): bigint;
  functionRef(node: N): FunctionRef;
  lambda(node: N): LambdaRef;
  /** The items of a list literal, or undefined when the argument is not one. */
  list(node: N): readonly N[] | undefined;
}

/**
 * Binds matched arguments and runs the definition's `create` (once, at compile time). An
 * {@link ArgumentError} from binding or from `create` becomes a positioned {@link CompileError}.
 */
export function bindAndCreate<N>(
  source: ArgumentSource<N>,
  def: AnyFunctionDefinition,
  given: ReadonlyMap<string, WrittenArgument<N>>,
  context: string,
  callSpan: SourceSpan,
): Invocation {
  const params: readonly ParamSpec[] = def.params;
  const args: Record<string, unknown> = {};
  params.forEach((param, position) => {
    const arg = given.get(param.name);
    if (arg === undefined) {
      args[param.name] = undefined;
      return;
    }
    try {
      args[param.name] = bindParam(source, param.kind, arg.value);
    } catch (e) {
      if (e instanceof ArgumentError) throw argumentProblem(def.name, position, param.name, e.message, arg.span);
      throw e;
    }
  });
  try {
    return def.create(args, { context });
  } catch (e) {
    if (e instanceof ArgumentError) {
      const position = params.findIndex((p) => p.name === e.param);
      const span = given.get(e.param)?.span ?? callSpan;
      throw argumentProblem(def.name, position, e.param, e.message, span);
    }
    if (e instanceof CompileError) throw e;
    throw new CompileError(`${def.name}: ${e instanceof Error ? e.message : String(e)}`, callSpan);
  }
}

type CallNode = ast.EditorInvocation | ast.ConverterCall;

/** Binds an OTTL call's arguments and creates its invocation. */
export function bindArguments(compiler: Compiler, def: AnyFunctionDefinition, node: CallNode): Invocation {
  const given = matchArguments(def, node.args, node.span);
  return bindAndCreate(syntaxSource(compiler), def, given, compiler.options.context.name, node.span);
}

/**
 * strcase.ToCamel (iancoleman/strcase v0.3.0) as the reference uses it for named arguments:
 * `utf8_safe`, `utf8safe` and `Utf8_Safe` are all `Utf8Safe`; a letter after a digit or a
 * separator (`_`, space, `-`, `.`) is upper-cased; an upper-case letter right after another is
 * lower-cased (`URI` → `Uri`, `XPath` → `Xpath`); other characters are dropped.
 */
export function toCamel(name: string): string {
  const s = name.trim();
  let out = '';
  let capNext = true;
  let prevIsCap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    const isCap = c >= 65 && c <= 90;
    const isLow = c >= 97 && c <= 122;
    if (capNext) {
      if (isLow) c -= 32;
    } else if (prevIsCap && isCap) {
      c += 32;
    }
    prevIsCap = isCap;
    if (isCap || isLow) {
      out += String.fromCharCode(c);
      capNext = false;
    } else if (c >= 48 && c <= 57) {
      out += String.fromCharCode(c);
      capNext = true;
    } else {
      capNext = c === 95 || c === 32 || c === 45 || c === 46;
    }
  }
  return out;
}

function requiredCount(params: readonly ParamSpec[]): number {
  return params.filter((p) => !p.optional).length;
}

/** Turns one argument into the value its parameter kind asks for; throws ArgumentError on a mismatch. */
export function bindParam<N>(source: ArgumentSource<N>, kind: ParamKind, node: N): unknown {
  const info = PARAM_KINDS[kind];
  switch (info.form) {
    case 'value':
      return valueGetter(source, node, info.convert);
    case 'path': {
      const p = source.path(node);
      if (!info.map) return p;
      const get = p.get;
      return { get: (ctx) => expectMap(get(ctx)), set: p.set } satisfies GetSetter;
    }
    case 'literal':
      return literalOf(source.literal(node), info.literal);
    case 'enum':
      return source.enumSymbol(node);
    case 'function':
      return source.functionRef(node);
    case 'lambda':
      return source.lambda(node);
    case 'list': {
      const items = source.list(node);
      if (items === undefined) throw new ArgumentError('', 'must be a list literal such as ["a", "b"]');
      return items.map((i) => bindParam(source, info.item, i));
    }
    default: {
      const never: never = info;
      throw new Error(`unknown parameter form ${String(never)}`);
    }
  }
}

/**
 * A getter whose result passes through `convert` (a strict type test or a coercion). A literal is
 * converted once: marked as a literal when the result is still a scalar or bytes (so functions can
 * do constant work once), and a failed conversion stays a run-time error, as in the reference.
 */
function valueGetter<N>(source: ArgumentSource<N>, node: N, convert: ((v: Value) => unknown) | undefined): Getter<unknown> {
  const compiled = source.value(node);
  if (convert === undefined) return compiled.constant ? literalGetter(compiled.constant.value) : compiled.get;
  if (compiled.constant) {
    try {
      const v = convert(compiled.constant.value);
      const literal = v === null || typeof v !== 'object' || v instanceof Uint8Array;
      return literal ? literalGetter(v as Value) : () => v;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return () => runtimeError(message);
    }
  }
  const get = compiled.get;
  return (ctx) => convert(get(ctx));
}

const JS_TYPE: Record<LiteralType, string> = { string: 'string', int: 'bigint', float: 'number', bool: 'boolean' };

function literalOf(value: Value | undefined, type: LiteralType): unknown {
  // As the reference (`Literal.Float == nil` → "must be a float"): `10` is an int, write `10.0`.
  if (typeof value !== JS_TYPE[type]) throw new ArgumentError('', `must be a ${type === 'int' ? 'int64' : type} literal`);
  return value;
}

const SOURCES = new WeakMap<Compiler, ArgumentSource<ast.ArgumentValue>>();

/** Arguments written in OTTL, compiled by `compiler` (one source per compiler, not one per call). */
function syntaxSource(compiler: Compiler): ArgumentSource<ast.ArgumentValue> {
  let source = SOURCES.get(compiler);
  if (source === undefined) SOURCES.set(compiler, (source = newSyntaxSource(compiler)));
  return source;
}

function newSyntaxSource(compiler: Compiler): ArgumentSource<ast.ArgumentValue> {
  return {
    value: (node) => compiler.value(valueNode(node)),
    path: (node) => {
      if (node.kind !== 'path') throw new ArgumentError('', 'must be a path such as log.attributes["key"]');
      const accessor = compiler.path(node);
      const set = accessor.set ?? (() => runtimeError('the path is read-only'));
      return { get: accessor.get, set };
    },
    literal: (node) =>
      node.kind === 'string' || node.kind === 'int' || node.kind === 'float' || node.kind === 'bool' ? (node.value as Value) : undefined,
    enumSymbol: (node) => {
      if (node.kind !== 'enum') throw new ArgumentError('', 'must be an enum symbol');
      return compiler.value(node).constant!.value as bigint;
    },
    functionRef: (node) => {
      if (node.kind === 'functionRef' || node.kind === 'enum') return compiler.functionRef(node.name, node.span);
      throw new ArgumentError('', 'must be the name of a converter, without parentheses');
    },
    lambda: (node) => {
      if (node.kind !== 'lambda') throw new ArgumentError('', 'must be a lambda such as (k, v) => v != nil');
      return compiler.lambda(node);
    },
    list: (node) => (node.kind === 'list' ? node.items : undefined),
  };
}

function valueNode(node: ast.ArgumentValue): ast.ValueExpr {
  if (node.kind === 'lambda') throw new ArgumentError('', 'a lambda is not accepted here');
  if (node.kind === 'functionRef') {
    throw new ArgumentError('', `"${node.name}" is a function name; call it with parentheses to use its result`);
  }
  return node;
}
