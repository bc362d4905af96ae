/** `Int(target)`: converts a value to an int64. */
import { defineFunction } from './signature.js';

/**
 * Converts `target` to int64: float64 truncated toward zero, strings parsed in base 10 (`"2.0"` gives nil), bools 1/0. Nil gives nil. An unparsable string gives nil (no error); bytes, maps, slices… are a run-time error.
 * The conversion is the `intLike` argument coercion itself (the reference's `IntLikeGetter`).
 */
export const Int = defineFunction({
  name: 'Int',
  kind: 'converter',
  description: 'Converts a value to an int64',
  params: [{ name: 'target', kind: 'intLike' }] as const,
  create: ({ target }) => target,
});
