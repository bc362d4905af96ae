/** `Bool(target)`: converts a value to a bool. */
import { defineFunction } from './signature.js';

/**
 * Converts `target` to bool: int64/float64 are true when non-zero, strings use Go `strconv.ParseBool` (`1 t T TRUE true True 0 f F FALSE false False`); a bool is returned as is. Nil gives nil. An unparsable string (even `""`) or a map, slice, bytes… is a run-time error.
 * The conversion is the `boolLike` argument coercion itself (the reference's `BoolLikeGetter`).
 */
export const Bool = defineFunction({
  name: 'Bool',
  kind: 'converter',
  description: 'Converts a value to a bool',
  params: [{ name: 'target', kind: 'boolLike' }] as const,
  create: ({ target }) => target,
});
