/** `String(target)`: converts a value to its string form. */
import { defineFunction } from './signature.js';

/**
 * Converts `target` to a string: strings as is, bytes as lower-case hex, maps and slices as JSON,
 * int64/float64/bool as their JSON text. Nil gives nil. The conversion is the `stringLike` argument
 * coercion itself (the reference's `StringLikeGetter`). Exported as `StringFunction` so as not to
 * shadow the global `String`.
 */
export const StringFunction = defineFunction({
  name: 'String',
  kind: 'converter',
  description: 'Converts a value to its string form',
  params: [{ name: 'target', kind: 'stringLike' }] as const,
  create: ({ target }) => target,
});
