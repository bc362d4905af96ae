/**
 * How a built-in function declares itself.
 *
 * A definition states its name, whether it is an editor (lower-case, a statement) or a converter
 * (upper-case, a value), and an ordered list of parameters, each with the OTTL parameter kind of
 * the reference (`GetSetter`, `StringGetter`, `StringLikeGetter`, literal `string`, `Optional[...]`,
 * function references, enums, typed lists…). The compiler derives everything else from that list:
 * arity and named/optional argument checks, compile-time literal checks, the coercion wrapped around
 * each argument, the implementation's argument types (see {@link ArgsOf}), and `ottl functions` output.
 */
import type { FunctionRef, GetSetter, Getter, Invocation, LambdaRef } from '../core/getters.js';
import type { OttlDuration, OttlTime, Value, ValueList, ValueMap } from '../core/values/types.js';

/**
 * Parameter kinds. Names follow the reference's Go types:
 * - strict getters (`StringGetter`…): the argument may be any expression; at run time a value of
 *   another type (or nil) is an error;
 * - coercing getters (`StringLikeGetter`…): convert as the reference does; nil stays nil;
 * - `path` (`GetSetter`) / `setter` (`Setter`): the argument must be a path;
 * - `literal*`: the argument must be a literal of that type, known at compile time;
 * - `enum`: an enum symbol of the context; `function`: a bare converter name; `lambda`: `(a, b) => …`;
 * - lists: a list literal whose items are of the element kind.
 */
export interface ParamKinds {
  any: Getter<Value>;
  string: Getter<string>;
  int: Getter<bigint>;
  float: Getter<number>;
  bool: Getter<boolean>;
  map: Getter<ValueMap>;
  slice: Getter<ValueList>;
  time: Getter<OttlTime>;
  duration: Getter<OttlDuration>;
  stringLike: Getter<string | null>;
  intLike: Getter<bigint | null>;
  floatLike: Getter<number | null>;
  boolLike: Getter<boolean | null>;
  bytesLike: Getter<Uint8Array | null>;
  path: GetSetter<Value>;
  /** A path to a map (`PMapGetSetter`): get returns the map, set replaces it. */
  mapPath: GetSetter<ValueMap>;
  setter: GetSetter<Value>;
  literalString: string;
  literalInt: bigint;
  literalFloat: number;
  literalBool: boolean;
  enum: bigint;
  function: FunctionRef;
  lambda: LambdaRef;
  /** `[]Getter`: a list of arbitrary expressions. */
  anyList: Getter<Value>[];
  /** `[]StringGetter`. */
  stringList: Getter<string>[];
  /** `[]StringLikeGetter`. */
  stringLikeList: Getter<string | null>[];
  /** `[]string`: a list literal of string literals. */
  literalStringList: string[];
  /** `[]float64`: a list literal of float literals (`1` is an int literal and is rejected; write `1.0`). */
  literalFloatList: number[];
  /** `[]int64`. */
  literalIntList: bigint[];
}

export type ParamKind = keyof ParamKinds;

export interface ParamSpec {
  /** The snake_case name used for named arguments (`truncation_marker`). */
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional?: boolean;
  /** One line for `ottl functions` and the docs. */
  readonly doc?: string;
}

type ArgOf<S extends ParamSpec> = S['optional'] extends true
  ? ParamKinds[S['kind']] | undefined
  : ParamKinds[S['kind']];

/** The implementation's argument object, derived from the parameter list: `{ target: Getter<string>, … }`. */
export type ArgsOf<P extends readonly ParamSpec[]> = {
  readonly [S in P[number] as S['name']]: ArgOf<S>;
};

/** Compile-time facts available to a function factory. */
export interface CompileEnv {
  /** The context the statement runs in (`log`, `span`, `datapoint`, …). */
  readonly context: string;
}

export type FunctionKind = 'editor' | 'converter';

/**
 * Where a function stands against the reference's frozen OTTL 1.0 surface
 * (`pkg/ottl/ottlfuncs/testdata/stable_function_signatures.txt`):
 * - `stable`: listed there (checked by test/functions/stable-surface.test.ts);
 * - `experimental`: outside it (the lambda converters of `pkg/ottl/xottl`, `ProfileID` of the
 *   profile module); usually offered only behind {@link FunctionDefinition.featureGate};
 * - `deprecated`: removed or replaced upstream, kept so old configurations still run.
 */
export type FunctionTier = 'stable' | 'experimental' | 'deprecated';

export interface FunctionDefinition<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  readonly name: string;
  readonly kind: FunctionKind;
  readonly params: P;
  /** One-line description. */
  readonly description: string;
  /** Contexts the function is limited to (transform-processor metric functions…); all when absent. */
  readonly contexts?: readonly string[];
  /**
   * The function's tier, the one place it is declared; absent means `stable`. Read it through
   * `functionTier` (src/functions/tier.ts).
   */
  readonly tier?: FunctionTier;
  /** Registered only when this feature gate is on (the experimental lambda converters). */
  readonly featureGate?: string;
  /** A worked example for `ottl functions NAME` and docs/functions.md (a test runs it and checks `result`). */
  readonly example?: FunctionExample;
  /**
   * Builds the invocation from bound arguments, once, at compile time. Validate literal arguments
   * here (regexes, enums of strings, limits) and throw {@link ArgumentError} naming the parameter.
   */
  readonly create: (args: ArgsOf<P>, env: CompileEnv) => Invocation;
}

/**
 * A worked example: a statement run in the log context on a log record with the given body and
 * attributes, and what it changes, one `path: before → after` line per field.
 */
export interface FunctionExample {
  readonly statement: string;
  readonly body?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  /** The changed fields, `log.body: "a" → "b"` (absent shown as `(absent)`), one per line. */
  readonly result: string;
}

/** Declares a built-in; `const` inference keeps parameter names and kinds literal for {@link ArgsOf}. */
export function defineFunction<const P extends readonly ParamSpec[]>(def: FunctionDefinition<P>): FunctionDefinition<P> {
  return def;
}

/** A compile-time error about one argument; the compiler adds the argument's position and span. */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

/** A definition of any signature, as stored in the function table. */
export type AnyFunctionDefinition = FunctionDefinition<any>;

/** Functions by name (editors and converters in one table, as the reference keeps them). */
export type FunctionTable = ReadonlyMap<string, AnyFunctionDefinition>;

const LITERAL_VALUE: unique symbol = Symbol.for('ottl.literalValue');

/**
 * A getter for a value known at compile time (a literal argument). The compiler builds literal
 * arguments with this so that functions can do constant work once, as the reference's
 * `ottl.GetLiteralValue` allows (e.g. compile a literal regex in `create` and report it there).
 */
export function literalGetter<T extends Value>(value: T): Getter<T> {
  const g = (() => value) as Getter<T> & { [LITERAL_VALUE]?: { value: T } };
  g[LITERAL_VALUE] = { value };
  return g;
}

/** The value of a getter made by {@link literalGetter}; undefined for any other getter. */
export function getLiteralValue<T>(getter: Getter<T>): { readonly value: T } | undefined {
  return (getter as Getter<T> & { [LITERAL_VALUE]?: { value: T } })[LITERAL_VALUE];
}
