/**
 * Calling a function definition directly in a test, without writing OTTL text: plain values are
 * wrapped into the getters, paths, literals and lists the definition's parameter kinds ask for by
 * the compiler's own binder (`matchArguments` and `bindParam` in `src/compiler/bind-args.ts`, driven
 * by the parameter-kind table), so a test sees the same checks and coercions as OTTL text.
 *
 * ```ts
 * callFunction(SHA256, { value: 'hello' });                       // '2cf24d…'
 * callEditor(replace_pattern, { target: 'a=1', regex_pattern: '=', replacement: ':' }).target; // 'a:1'
 * ```
 */
import { bindParam, matchArguments, type ArgumentSource } from '../compiler/bind-args.js';
import { PARAM_KINDS } from '../functions/param-kinds.js';
import { ArgumentError, type AnyFunctionDefinition, type CompileEnv, type ParamSpec } from '../functions/signature.js';
import type { Invocation, LambdaRef, FunctionRef, GetSetter, Getter } from '../core/getters.js';
import { createEvalContext, EvalContext } from '../core/eval-context.js';
import { runtimeError } from '../core/errors.js';
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

/** An {@link EvalContext} pointing at the given records. */
export const evalContext = createEvalContext;

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
  const context = env.context ?? 'log';
  const paths: Record<string, GetSetter<Value>> = {};
  // The compiler's own matching and per-kind binding, fed plain values instead of OTTL syntax.
  const written = Object.entries(args)
    .filter(([, input]) => input !== undefined)
    .map(([name, input]) => ({ name, value: { param: name, input }, span: NO_SPAN }));
  const given = matchArguments(def, written, NO_SPAN);
  const source = valueSource(context, paths);
  const bound: Record<string, unknown> = {};
  for (const p of def.params as readonly ParamSpec[]) {
    const arg = given.get(p.name);
    source.current = p.name;
    try {
      bound[p.name] = arg === undefined ? undefined : bindParam(source, p.kind, { param: p.name, input: arg.value.input });
    } catch (e) {
      // The compiler positions ArgumentErrors; a test sees them as the function threw them, naming the parameter.
      if (e instanceof ArgumentError && e.param === '') throw new ArgumentError(p.name, e.message);
      throw e;
    }
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

// ---------------------------------------------------------------- test values as arguments

const NO_SPAN = { start: 0, end: 0 };

/** A test value for one parameter. */
interface TestArgument {
  readonly param: string;
  readonly input: unknown;
}

/** Plain test values as an argument source for the compiler's binder. */
function valueSource(context: string, paths: Record<string, GetSetter<Value>>): ArgumentSource<TestArgument> & { current: string } {
  const source = {
    current: '',
    value: ({ param, input }: TestArgument) => {
      if (typeof input === 'function') return { get: input as Getter<Value> };
      const value = asValue(input, param);
      return isScalar(value) ? { get: () => value, constant: { value } } : { get: () => value };
    },
    path: ({ param, input }: TestArgument) => {
      const path = isGetSetter(input) ? input : pathBox(asValue(input, param));
      // A list item is not a parameter of its own; the first path given to a parameter is the one reported.
      paths[source.current] ??= path;
      return path;
    },
    literal: ({ input }: TestArgument) => (isScalar(input as Value) && input !== null ? (input as Value) : undefined),
    enumSymbol: ({ input }: TestArgument) => {
      if (typeof input !== 'bigint') throw new ArgumentError('', 'must be an enum symbol');
      return input;
    },
    functionRef: ({ input }: TestArgument) => functionRefFor(input, context),
    lambda: ({ input }: TestArgument) => {
      if (typeof input !== 'function') throw new ArgumentError('', 'must be a lambda such as (k, v) => v != nil');
      return input as LambdaRef;
    },
    list: ({ param, input }: TestArgument) => (Array.isArray(input) ? input.map((i: unknown) => ({ param, input: i })) : undefined),
  };
  return source;
}

/** Scalars are what OTTL can write as literals (strings, numbers, booleans, nil). */
function isScalar(v: Value): boolean {
  return v === null || typeof v !== 'object';
}

function functionRefFor(input: unknown, context: string): FunctionRef {
  if (isDefinition(input)) {
    if (input.kind !== 'converter') throw new ArgumentError('', `${input.name} is not a converter`);
    return referenceTo(input, context);
  }
  if (typeof input === 'object' && input !== null && typeof (input as FunctionRef).call === 'function') return input as FunctionRef;
  throw new ArgumentError('', 'must be the name of a converter, without parentheses');
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
          args[p.name] = PARAM_KINDS[p.kind].form === 'path'
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
