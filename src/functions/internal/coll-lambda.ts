/** Shared pieces of the experimental lambda converters (`All`, `Filter`, `MapEach`…). */
import { OttlRuntimeError } from '../../core/errors.js';
import type { EvalContext } from '../../core/eval-context.js';
import { goFormatV, goTypeName } from '../../core/values/go-text.js';
import type { Value, ValueList, ValueMap } from '../../core/values/types.js';
import { ArgumentError, defineFunction } from '../signature.js';
import type { LambdaRef, Getter } from '../../core/getters.js';

/** The feature gate that registers the lambda converters. */
export const EXPERIMENTAL_GATE = 'pkg.ottl.functions.enableExperimental';

/** Reads a source that must be a slice or a map (`unsupported type provided: <T>` otherwise). */
export function sliceOrMap(get: Getter<Value>, ctx: EvalContext): ValueList | ValueMap {
  const v = get(ctx);
  if (Array.isArray(v) || v instanceof Map) return v;
  throw new OttlRuntimeError(`unsupported type provided: ${goTypeName(v)}`);
}

/** Wraps a failure inside the lambda with the item it was evaluating, as the reference words it. */
export function itemError(kind: 'slice' | 'map', key: string | number, value: Value, cause: unknown): OttlRuntimeError {
  const msg = cause instanceof Error ? cause.message : String(cause);
  return new OttlRuntimeError(`error while evaluating lambda function on ${kind} item (${key}, ${goFormatV(value)}): ${msg}`);
}

/**
 * Calls a predicate on one element and insists on a bool result; a failure (a non-bool result
 * included) is wrapped with the element, as the reference words it.
 */
export function entryHolds(lambda: LambdaRef, ctx: EvalContext, key: bigint | string, value: Value, kind: 'slice' | 'map'): boolean {
  let r: Value;
  try {
    r = lambda(ctx, [key, value]);
    if (typeof r !== 'boolean') throw new OttlRuntimeError(`lambda expression must return a value of type bool, got ${goTypeName(r)}`);
  } catch (e) {
    throw itemError(kind, String(key), value, e);
  }
  return r;
}

/**
 * Visits each element as `(key, value)`: slices give the index as an int64, maps give the key.
 * Stops early when `visit` returns true.
 */
export function forEachEntry(
  source: ValueList | ValueMap,
  visit: (key: bigint | string, value: Value, kind: 'slice' | 'map') => boolean | void,
): void {
  if (Array.isArray(source)) {
    for (let i = 0; i < source.length; i++) if (visit(BigInt(i), source[i], 'slice') === true) return;
  } else {
    for (const [k, v] of source) if (visit(k, v, 'map') === true) return;
  }
}

/**
 * The reference's `ValidateArity` in a factory: a lambda written with another number of formals
 * (blanks `_` included) is a compile-time error. `prefix` is prepended as the reference does for
 * `Find` (`invalid predicate: …`).
 */
export function validateArity(param: string, lambda: LambdaRef, arity: number, prefix = ''): void {
  if (lambda.arity !== undefined && lambda.arity !== arity) {
    throw new ArgumentError(param, `${prefix}lambda should be defined with exactly ${arity} formal(s), but has ${lambda.arity}`);
  }
}

/**
 * `All` / `Any` (experimental): a converter `NAME(source, predicate)` that calls
 * `predicate(key, value)` on the elements of a slice (keys are int64 indexes) or map in order and
 * stops at the first result equal to `stopOn`, which it then returns; an empty source (or no stop)
 * gives `!stopOn`. Errors: a source that is neither a slice nor a map; a predicate that fails or
 * returns a non-bool.
 */
export function definePredicateFold(name: string, description: string, stopOn: boolean) {
  return defineFunction({
    name,
    kind: 'converter',
    description,
    tier: 'experimental',
    featureGate: EXPERIMENTAL_GATE,
    params: [
      { name: 'source', kind: 'any', doc: 'a list or a map' },
      { name: 'predicate', kind: 'lambda', doc: '(key, value) => bool' },
    ] as const,
    create: ({ source, predicate }) => {
      validateArity('predicate', predicate, 2);
      return (ctx) => {
        let result = !stopOn;
        forEachEntry(sliceOrMap(source, ctx), (k, v, kind) => {
          const got = entryHolds(predicate, ctx, k, v, kind);
          if (got === stopOn) result = stopOn;
          return got === stopOn;
        });
        return result;
      };
    },
  });
}
