/** Lambdas for the experimental converter tests. */
import type { LambdaRef } from '../../src/core/getters.js';
import type { Value } from '../../src/core/values/types.js';

/** `(k, v) => body(k, v)` as the compiler would hand it over. */
export function lambda(body: (...args: Value[]) => Value): LambdaRef {
  return (_ctx, args) => body(...args);
}
