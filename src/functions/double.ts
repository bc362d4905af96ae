/** `Double(target)`: converts a value to a float64. */
import { defineFunction } from './signature.js';

/**
 * Converts `target` to float64: int64 converted, strings parsed by Go `strconv.ParseFloat`, bools 1/0. Nil gives nil. An unparsable string (even `""`) or a map, slice, bytes… is a run-time error.
 * The conversion is the `floatLike` argument coercion itself (the reference's `DoubleLikeGetter`).
 */
export const Double = defineFunction({
  name: 'Double',
  kind: 'converter',
  description: 'Converts a value to a float64',
  params: [{ name: 'target', kind: 'floatLike' }] as const,
  create: ({ target }) => target,
});
