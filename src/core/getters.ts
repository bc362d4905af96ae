/**
 * The shapes compiled rules take at run time: getters and setters over the current record, calls,
 * and function/lambda references. The compiler builds them, functions receive them, the engine runs them.
 */
import type { EvalContext } from './eval-context.js';
import type { Value } from './values/types.js';

/** A compiled expression: evaluates against the current record; throws OttlRuntimeError on failure. */
export type Getter<T = Value> = (ctx: EvalContext) => T;

/** A compiled writable path. */
export interface GetSetter<T = Value> {
  readonly get: Getter<T>;
  readonly set: (ctx: EvalContext, value: Value) => void;
}

/** A converter passed by name (`SHA256` in `replace_pattern(..., SHA256)`), called with plain values. */
export interface FunctionRef {
  readonly name: string;
  /** Calls the converter with the given argument values (positional), as the reference's FunctionGetter does. */
  readonly call: (ctx: EvalContext, args: readonly Value[]) => Value;
}

/**
 * A lambda argument: called with one value per declared parameter. `arity` is the number of
 * formals written (`(k, v) => …` has 2, blanks included) so a factory can reject a wrong count
 * at compile time, as the reference's `ValidateArity`; absent on hand-made lambdas in tests.
 */
export type LambdaRef = ((ctx: EvalContext, args: readonly Value[]) => Value) & { readonly arity?: number };

/** The compiled call: runs once per record. Editors return null. */
export type Invocation = (ctx: EvalContext) => Value;

