/** `Coalesce(values)`: the first non-nil value of a list. */
import { ArgumentError, defineFunction } from './signature.js';

/**
 * Evaluates `values` in order and returns the first that is not nil (later ones are not evaluated);
 * nil when all are nil. An empty list is a compile-time error; an error while evaluating a value
 * propagates.
 */
export const Coalesce = defineFunction({
  name: 'Coalesce',
  kind: 'converter',
  description: 'Returns the first non-nil value of a list',
  params: [{ name: 'values', kind: 'anyList' }] as const,
  create: ({ values }) => {
    if (values.length === 0) throw new ArgumentError('values', 'Coalesce requires at least one argument');
    return (ctx) => {
      for (const get of values) {
        const v = get(ctx);
        if (v !== null) return v;
      }
      return null;
    };
  },
});
