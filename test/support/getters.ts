/** Test helpers for calling built-ins directly, without the compiler. */
import type { GetSetter, Getter } from '../../src/core/getters.js';
import { EvalContext } from '../../src/core/eval-context.js';
import type { Value } from '../../src/core/values/types.js';

/** A getter that always returns `v`. */
export function constant<T extends Value>(v: T): Getter<T> {
  return () => v;
}

/** A getter that throws, to check that errors propagate. */
export function failing(message = 'boom'): Getter<never> {
  return () => {
    throw new Error(message);
  };
}

/** A writable box standing in for a path; `box.value` holds what the last set wrote. */
export function box(initial: Value): GetSetter<Value> & { value: Value } {
  const b = {
    value: initial,
    get: () => b.value,
    set: (_ctx: EvalContext, v: Value) => {
      b.value = v;
    },
  };
  return b;
}

export function newContext(): EvalContext {
  return new EvalContext();
}
