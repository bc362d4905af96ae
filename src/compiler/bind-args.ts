/**
 * Binds a call's arguments to a function's declared parameters, as the reference's `buildArgs` does:
 * positional arguments first, then named ones (snake_case parameter names); count, names and
 * optionality checked; each argument turned into its parameter kind (a getter with the strict
 * check or coercion, a path accessor, a literal, an enum, a function reference, a lambda, a list).
 * Errors name the function, the argument position and the parameter, and carry the argument's span.
 */
import type * as ast from '../parser/ast.js';
import { ArgumentError, literalGetter, type AnyFunctionDefinition, type ParamKind, type ParamSpec } from '../functions/signature.js';
import type { Invocation, GetSetter, Getter } from '../core/getters.js';
import { runtimeError } from '../core/errors.js';
import {
  expectBool,
  expectDuration,
  expectFloat,
  expectInt,
  expectMap,
  expectSlice,
  expectString,
  expectTime,
  toBoolLike,
  toBytesLike,
  toFloatLike,
  toIntLike,
  toStringLike,
} from '../core/values/coerce.js';
import type { Value } from '../core/values/types.js';
import type { Compiler } from './compiler.js';
import {
  argumentCount,
  argumentProblem,
  CompileError,
  duplicateArgument,
  positionalAfterNamed,
  unknownArgumentName,
} from './errors.js';

type CallNode = ast.EditorInvocation | ast.ConverterCall;

export function bindArguments(compiler: Compiler, def: AnyFunctionDefinition, node: CallNode): Invocation {
  const params: readonly ParamSpec[] = def.params;
  const given = new Map<string, ast.Argument>();
  let sawNamed = false;
  node.args.forEach((arg, i) => {
    if (arg.name === null) {
      if (sawNamed) throw positionalAfterNamed(def.name, arg.span);
      if (i >= params.length) throw argumentCount(def.name, requiredCount(params), params.length, node.args.length, arg.span);
      given.set(params[i].name, arg);
      return;
    }
    sawNamed = true;
    // As the reference: a name matches a parameter when both agree in CamelCase
    // (`resolve_conflicts`, `resolveConflicts` and `ResolveConflicts` are one name).
    const wanted = toCamel(arg.name);
    const param = params.find((p) => toCamel(p.name) === wanted);
    if (param === undefined) {
      throw unknownArgumentName(def.name, arg.name, arg.span, params.map((p) => p.name));
    }
    if (given.has(param.name)) throw duplicateArgument(def.name, param.name, arg.span);
    given.set(param.name, arg);
  });
  for (const p of params) {
    if (!p.optional && !given.has(p.name)) {
      throw argumentCount(def.name, requiredCount(params), params.length, node.args.length, node.span);
    }
  }

  const args: Record<string, unknown> = {};
  params.forEach((param, position) => {
    const arg = given.get(param.name);
    if (arg === undefined) {
      args[param.name] = undefined;
      return;
    }
    try {
      args[param.name] = convertArgument(compiler, param.kind, arg.value);
    } catch (e) {
      if (e instanceof ArgumentError) throw argumentProblem(def.name, position, param.name, e.message, arg.span);
      throw e;
    }
  });

  try {
    return def.create(args, { context: compiler.options.context.name });
  } catch (e) {
    if (e instanceof ArgumentError) {
      const position = params.findIndex((p) => p.name === e.param);
      const span = given.get(e.param)?.span ?? node.span;
      throw argumentProblem(def.name, position, e.param, e.message, span);
    }
    if (e instanceof CompileError) throw e;
    throw new CompileError(`${def.name}: ${e instanceof Error ? e.message : String(e)}`, node.span);
  }
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
function convertArgument(compiler: Compiler, kind: ParamKind, node: ast.ArgumentValue): unknown {
  switch (kind) {
    case 'any':
      return getter(compiler, node);
    case 'string':
      return strict(compiler, node, expectString);
    case 'int':
      return strict(compiler, node, expectInt);
    case 'float':
      return strict(compiler, node, expectFloat);
    case 'bool':
      return strict(compiler, node, expectBool);
    case 'map':
      return strict(compiler, node, expectMap);
    case 'slice':
      return strict(compiler, node, expectSlice);
    case 'time':
      return strict(compiler, node, expectTime);
    case 'duration':
      return strict(compiler, node, expectDuration);
    case 'stringLike':
      return strict(compiler, node, toStringLike);
    case 'intLike':
      return strict(compiler, node, toIntLike);
    case 'floatLike':
      return strict(compiler, node, toFloatLike);
    case 'boolLike':
      return strict(compiler, node, toBoolLike);
    case 'bytesLike':
      return strict(compiler, node, toBytesLike);
    case 'path':
    case 'setter':
      return pathArgument(compiler, node);
    case 'mapPath': {
      const p = pathArgument(compiler, node);
      const get = p.get;
      return { get: (ctx) => expectMap(get(ctx)), set: p.set } satisfies GetSetter;
    }
    case 'literalString':
      return literal(node, 'string');
    case 'literalInt':
      return literal(node, 'int');
    case 'literalFloat':
      // As the reference (`Literal.Float == nil` → "must be a float"): `10` is an int, write `10.0`.
      return literal(node, 'float');
    case 'literalBool':
      return literal(node, 'bool');
    case 'enum':
      if (node.kind !== 'enum') throw new ArgumentError('', 'must be an enum symbol');
      return compiler.value(node).constant!.value;
    case 'function':
      if (node.kind === 'functionRef' || node.kind === 'enum') return compiler.functionRef(node.name, node.span);
      throw new ArgumentError('', 'must be the name of a converter, without parentheses');
    case 'lambda':
      if (node.kind !== 'lambda') throw new ArgumentError('', 'must be a lambda such as (k, v) => v != nil');
      return compiler.lambda(node);
    case 'anyList':
      return listItems(node).map((i) => compiler.value(i).get);
    case 'stringList':
      return listItems(node).map((i) => strict(compiler, i, expectString));
    case 'stringLikeList':
      return listItems(node).map((i) => strict(compiler, i, toStringLike));
    case 'literalStringList':
      return listItems(node).map((i) => literal(i, 'string'));
    case 'literalFloatList':
      return listItems(node).map((i) => literal(i, 'float'));
    case 'literalIntList':
      return listItems(node).map((i) => literal(i, 'int'));
    default: {
      const never: never = kind;
      throw new Error(`unknown parameter kind ${String(never)}`);
    }
  }
}

function valueNode(node: ast.ArgumentValue): ast.ValueExpr {
  if (node.kind === 'lambda') throw new ArgumentError('', 'a lambda is not accepted here');
  if (node.kind === 'functionRef') {
    throw new ArgumentError('', `"${node.name}" is a function name; call it with parentheses to use its result`);
  }
  return node;
}

function getter(compiler: Compiler, node: ast.ArgumentValue): Getter<Value> {
  const compiled = compiler.value(valueNode(node));
  return compiled.constant ? literalGetter(compiled.constant.value) : compiled.get;
}

/** A getter whose result passes through `check` (a strict type test or a coercion). */
function strict<T>(compiler: Compiler, node: ast.ArgumentValue, check: (v: Value) => T): Getter<T> {
  const compiled = compiler.value(valueNode(node));
  if (compiled.constant) {
    // Check a literal once; a literal of the wrong type still fails at run time, as in the reference.
    try {
      const v = check(compiled.constant.value);
      // Marked as a literal so functions can do constant work once (compile a literal regex, decode
      // a literal id…); bytes count as a literal too (the reference's ByteSliceLikeGetter does).
      const literal = v === null || typeof v !== 'object' || v instanceof Uint8Array;
      return (literal ? literalGetter(v as Value) : () => v) as Getter<T>;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return () => runtimeError(message);
    }
  }
  const get = compiled.get;
  return (ctx) => check(get(ctx));
}

function pathArgument(compiler: Compiler, node: ast.ArgumentValue): GetSetter<Value> {
  if (node.kind !== 'path') throw new ArgumentError('', 'must be a path such as log.attributes["key"]');
  const accessor = compiler.path(node);
  const set = accessor.set ?? (() => runtimeError('the path is read-only'));
  return { get: accessor.get, set };
}

interface LiteralValues {
  string: string;
  int: bigint;
  float: number;
  bool: boolean;
}

function literal<K extends keyof LiteralValues>(node: ast.ArgumentValue, kind: K): LiteralValues[K] {
  if (node.kind !== kind) throw new ArgumentError('', `must be a ${kind === 'int' ? 'int64' : kind} literal`);
  return (node as unknown as { value: LiteralValues[K] }).value;
}

function listItems(node: ast.ArgumentValue): readonly ast.ValueExpr[] {
  if (node.kind !== 'list') throw new ArgumentError('', 'must be a list literal such as ["a", "b"]');
  return node.items;
}
