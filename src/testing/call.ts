/**
 * Calling a function definition directly in a test, without writing OTTL text: plain values are
 * wrapped into the getters, paths, literals and lists the definition's parameter kinds ask for,
 * with the same checks and coercions the compiler wraps around real arguments
 * (`GETTER_CONVERSIONS` from `src/values/coerce.ts`, the literal and list rules of
 * `src/compiler/bind-args.ts`).
 *
 * ```ts
 * callFunction(SHA256, { value: 'hello' });                       // '2cf24d…'
 * callEditor(replace_pattern, { target: 'a=1', regex_pattern: '=', replacement: ':' }).target; // 'a:1'
 * ```
 */
import { toCamel } from '../compiler/bind-args.js';
import { ArgumentError, literalGetter, type AnyFunctionDefinition, type CompileEnv, type ParamKind, type ParamSpec } from '../functions/signature.js';
import type { Invocation, LambdaRef, FunctionRef, GetSetter, Getter } from '../core/getters.js';
import { EvalContext } from '../core/eval-context.js';
import { runtimeError } from '../core/errors.js';
import { expectMap, GETTER_CONVERSIONS } from '../core/values/coerce.js';
import { OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from '../core/values/types.js';

/**
 * What a test may pass for one argument:
 * - a plain {@link Value}: for a getter kind it acts as a literal written in the statement (scalars
 *   are visible to `getLiteralValue`, so literal regexes are checked in `create`); for a path kind
 *   it is the path's initial value (read the result back with {@link callEditor});
 * - a function `(ctx) => Value`: a getter evaluated per record (see {@link dynamic}); for `lambda`
 *   parameters, the lambda itself (see {@link lambda});
 * - a {@link GetSetter} for path kinds; a {@link FunctionRef} or a converter definition for
 *   `function` parameters; an array for list kinds;
 * - `undefined` (or leaving the name out) for an omitted optional parameter.
 */
export type ArgInput = Value | Getter<Value> | GetSetter<Value> | FunctionRef | AnyFunctionDefinition | LambdaRef | readonly unknown[] | undefined;

/** Arguments by parameter name (snake_case as declared; CamelCase spellings match too, as in OTTL). */
export type ArgInputs = Readonly<Record<string, ArgInput>>;

/** A writable stand-in for a path; `value` holds what the function last wrote. */
export interface PathBox extends GetSetter<Value> {
  value: Value;
}

/** A path holding `initial`, for path parameters (`target GetSetter`). */
export function pathBox(initial: Value = null): PathBox {
  const box: PathBox = {
    value: initial,
    get: () => box.value,
    set: (_ctx, v) => {
      box.value = v;
    },
  };
  return box;
}

/** A getter that is not a literal: the function sees a value computed per record (e.g. a dynamic regex). */
export function dynamic(value: Value): Getter<Value> {
  return () => value;
}

/** Adapts a plain function to a lambda argument: `lambda((k, v) => v !== null)`. */
export function lambda(fn: (...args: Value[]) => Value): LambdaRef {
  return (_ctx, args) => fn(...args);
}

/** Parts of the record a function runs against (`{ log, resource, scope }`, `{ span }`, …). */
export type EvalContextParts = Partial<
  Pick<
    EvalContext,
    'resource' | 'resourceHolder' | 'scope' | 'scopeHolder' | 'log' | 'span' | 'spanEvent' | 'eventIndex' | 'spanLink' | 'metric' | 'metrics' | 'dataPoint' | 'exemplar'
  >
>;

/** An {@link EvalContext} pointing at the given records. */
export function evalContext(parts: EvalContextParts = {}): EvalContext {
  return Object.assign(new EvalContext(), parts);
}

/** The context a record belongs to: the most specific one the EvalContext points at (default `log`). */
export function contextNameOf(ctx: EvalContext): string {
  if (ctx.exemplar !== null) return 'exemplar';
  if (ctx.dataPoint !== null) return 'datapoint';
  if (ctx.metric !== null) return 'metric';
  if (ctx.spanEvent !== null) return 'spanevent';
  if (ctx.spanLink !== null) return 'spanlink';
  if (ctx.span !== null) return 'span';
  return 'log';
}

/** A definition bound to test arguments: the compiled invocation and the paths it reads and writes. */
export interface BoundCall {
  readonly invoke: Invocation;
  /** The GetSetter given to (or made for) each path parameter, by parameter name. */
  readonly paths: Readonly<Record<string, GetSetter<Value>>>;
}

/**
 * Binds `args` to `def`'s parameters and runs `def.create` (compile time only). Use it to test
 * compile-time validation: an invalid literal argument throws {@link ArgumentError} naming the
 * parameter, exactly as `create` throws it under the compiler.
 *
 * @throws Error for an unknown parameter name or a missing required argument (a compile error in OTTL);
 *   ArgumentError for an argument of the wrong form (a path where a literal is required…).
 */
export function compileFunction(def: AnyFunctionDefinition, args: ArgInputs, env: Partial<CompileEnv> = {}): BoundCall {
  const params: readonly ParamSpec[] = def.params;
  const byName = new Map(params.map((p) => [toCamel(p.name), p]));
  const given = new Map<string, ArgInput>();
  for (const [name, input] of Object.entries(args)) {
    const param = byName.get(toCamel(name));
    if (param === undefined) {
      throw new Error(`${def.name} has no parameter "${name}" (parameters: ${params.map((p) => p.name).join(', ') || 'none'})`);
    }
    given.set(param.name, input);
  }
  const bound: Record<string, unknown> = {};
  const paths: Record<string, GetSetter<Value>> = {};
  const context = env.context ?? 'log';
  for (const p of params) {
    const input = given.get(p.name);
    if (input === undefined) {
      if (!p.optional) throw new Error(`${def.name}: missing required argument "${p.name}"`);
      bound[p.name] = undefined;
      continue;
    }
    bound[p.name] = bindArgument(p, input, paths, context);
  }
  return { invoke: def.create(bound, { context }), paths };
}

/**
 * Calls `def` once with `args` against `ctx` (a fresh, empty record by default) and returns its
 * result (`null` for editors). The compile environment's context is the one `ctx` points at.
 *
 * @throws whatever the function throws: ArgumentError at compile time, OttlRuntimeError at run time.
 */
export function callFunction(def: AnyFunctionDefinition, args: ArgInputs, ctx: EvalContext = new EvalContext(), env: Partial<CompileEnv> = {}): Value {
  return compileFunction(def, args, { context: contextNameOf(ctx), ...env }).invoke(ctx);
}

/**
 * Runs an editor once and returns the final value of each path parameter (plain values given for
 * paths become {@link pathBox}es), plus `$result`, the invocation's return value.
 */
export function callEditor(
  def: AnyFunctionDefinition,
  args: ArgInputs,
  ctx: EvalContext = new EvalContext(),
  env: Partial<CompileEnv> = {},
): Record<string, Value> {
  const { invoke, paths } = compileFunction(def, args, { context: contextNameOf(ctx), ...env });
  const result = invoke(ctx);
  const out: Record<string, Value> = { $result: result };
  for (const [name, path] of Object.entries(paths)) out[name] = path.get(ctx);
  return out;
}

// ---------------------------------------------------------------- binding one argument

const GETTER_KINDS = new Set<ParamKind>(['any', ...(Object.keys(GETTER_CONVERSIONS) as ParamKind[])]);
const PATH_KINDS = new Set<ParamKind>(['path', 'setter', 'mapPath']);

function bindArgument(p: ParamSpec, input: ArgInput, paths: Record<string, GetSetter<Value>>, context: string): unknown {
  const kind = p.kind;
  if (GETTER_KINDS.has(kind)) return getterFor(kind, input, p.name);
  if (PATH_KINDS.has(kind)) {
    const path = isGetSetter(input) ? input : pathBox(asValue(input, p.name));
    paths[p.name] = path;
    if (kind !== 'mapPath') return path;
    const get = path.get;
    return { get: (ctx: EvalContext) => expectMap(get(ctx)), set: path.set } satisfies GetSetter;
  }
  switch (kind) {
    case 'literalString':
      return literal(input, 'string', p.name);
    case 'literalInt':
      return literal(input, 'int', p.name);
    case 'literalFloat':
      return literal(input, 'float', p.name);
    case 'literalBool':
      return literal(input, 'bool', p.name);
    case 'enum':
      if (typeof input !== 'bigint') throw new ArgumentError(p.name, 'must be an enum symbol');
      return input;
    case 'function':
      return functionRefFor(input, p.name, context);
    case 'lambda':
      if (typeof input !== 'function') throw new ArgumentError(p.name, 'must be a lambda such as (k, v) => v != nil');
      return input;
    case 'anyList':
      return listOf(input, p.name).map((i) => getterFor('any', i, p.name));
    case 'stringList':
      return listOf(input, p.name).map((i) => getterFor('string', i, p.name));
    case 'stringLikeList':
      return listOf(input, p.name).map((i) => getterFor('stringLike', i, p.name));
    case 'literalStringList':
      return listOf(input, p.name).map((i) => literal(i, 'string', p.name));
    case 'literalFloatList':
      return listOf(input, p.name).map((i) => literal(i, 'float', p.name));
    case 'literalIntList':
      return listOf(input, p.name).map((i) => literal(i, 'int', p.name));
    default:
      throw new Error(`unsupported parameter kind ${kind}`);
  }
}

/**
 * A getter of `kind` over `input`. A scalar is a literal: checked once, marked as a literal when the
 * checked value is still a scalar, and a failed check is a run-time error — as the compiler does.
 */
function getterFor(kind: ParamKind, input: unknown, param: string): Getter<unknown> {
  const convert: (v: Value) => unknown = kind === 'any' ? (v) => v : GETTER_CONVERSIONS[kind as keyof typeof GETTER_CONVERSIONS];
  if (typeof input === 'function') {
    const get = input as Getter<Value>;
    return (ctx) => convert(get(ctx));
  }
  const value = asValue(input, param);
  if (!isScalar(value)) return () => convert(value);
  let converted: unknown;
  try {
    converted = convert(value);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return () => runtimeError(message);
  }
  // As the compiler: a converted literal is marked literal when scalar, or bytes (a bytesLike string).
  return isScalar(converted as Value) || converted instanceof Uint8Array ? literalGetter(converted as Value) : () => converted;
}

/** Scalars are what OTTL can write as literals (strings, numbers, booleans, nil). */
function isScalar(v: Value): boolean {
  return v === null || typeof v !== 'object';
}

function functionRefFor(input: unknown, param: string, context: string): FunctionRef {
  if (isDefinition(input)) {
    if (input.kind !== 'converter') throw new ArgumentError(param, `${input.name} is not a converter`);
    return referenceTo(input, context);
  }
  if (typeof input === 'object' && input !== null && typeof (input as FunctionRef).call === 'function') return input as FunctionRef;
  throw new ArgumentError(param, 'must be the name of a converter, without parentheses');
}

/**
 * A converter passed by name, as the compiler builds it: compiled once per arity with arguments
 * that are not literals (the values arrive per call).
 */
function referenceTo(def: AnyFunctionDefinition, context: string): FunctionRef {
  const params: readonly ParamSpec[] = def.params;
  const byArity = new Map<number, { invoke: Invocation; slots: Value[] }>();
  return {
    name: def.name,
    call: (ctx, values) => {
      if (values.length > params.length) throw new Error(`${def.name} takes at most ${params.length} arguments, got ${values.length}`);
      let compiled = byArity.get(values.length);
      if (compiled === undefined) {
        const slots: Value[] = [];
        const args: Record<string, ArgInput> = {};
        params.slice(0, values.length).forEach((p, i) => {
          args[p.name] = PATH_KINDS.has(p.kind)
            ? { get: () => slots[i], set: () => runtimeError(`${def.name}: the argument is read-only`) }
            : (): Value => slots[i];
        });
        compiled = { invoke: compileFunction(def, args, { context }).invoke, slots };
        byArity.set(values.length, compiled);
      }
      values.forEach((v, i) => (compiled.slots[i] = v));
      return compiled.invoke(ctx);
    },
  };
}

interface LiteralValues {
  string: string;
  int: bigint;
  float: number;
  bool: boolean;
}

const LITERAL_TYPES: Record<keyof LiteralValues, string> = { string: 'string', int: 'bigint', float: 'number', bool: 'boolean' };

function literal<K extends keyof LiteralValues>(input: unknown, kind: K, param: string): LiteralValues[K] {
  if (typeof input !== LITERAL_TYPES[kind]) throw new ArgumentError(param, `must be a ${kind === 'int' ? 'int64' : kind} literal`);
  return input as LiteralValues[K];
}

function listOf(input: unknown, param: string): readonly unknown[] {
  if (!Array.isArray(input)) throw new ArgumentError(param, 'must be a list literal such as ["a", "b"]');
  return input;
}

function isDefinition(x: unknown): x is AnyFunctionDefinition {
  return typeof x === 'object' && x !== null && typeof (x as AnyFunctionDefinition).create === 'function' && Array.isArray((x as AnyFunctionDefinition).params);
}

function isGetSetter(x: unknown): x is GetSetter<Value> {
  return (
    typeof x === 'object' &&
    x !== null &&
    !(x instanceof Map) &&
    !Array.isArray(x) &&
    typeof (x as GetSetter).get === 'function' &&
    typeof (x as GetSetter).set === 'function'
  );
}

/** Checks that a test passed an OTTL value (catching `undefined`, plain objects and numbers meant as ints). */
function asValue(x: unknown, param: string): Value {
  if (isValue(x)) return x;
  const what = x === undefined ? 'undefined' : typeof x === 'object' ? (x.constructor?.name ?? 'object') : typeof x;
  throw new TypeError(`argument "${param}": ${what} is not an OTTL value (use null, string, bigint, number, boolean, Uint8Array, Map, an array, or a value class)`);
}

function isValue(x: unknown): x is Value {
  if (x === null) return true;
  switch (typeof x) {
    case 'string':
    case 'bigint':
    case 'number':
    case 'boolean':
      return true;
    case 'object':
      return (
        x instanceof Uint8Array ||
        x instanceof Map ||
        Array.isArray(x) ||
        x instanceof OttlTime ||
        x instanceof OttlDuration ||
        x instanceof TraceID ||
        x instanceof SpanID ||
        x instanceof ProfileID
      );
    default:
      return false;
  }
}
