/** Builds the single-argument hash converters (`SHA256(target)`…), which all share one shape. */
import type { Value } from '../../core/values/types.js';
import { defineFunction } from '../signature.js';

/**
 * A converter `NAME(target)` where `target` is a strict string getter (nil or a non-string is a
 * run-time error, as the reference's `StringGetter`) and the result is `hash(target)`.
 */
export function defineStringHash(name: string, description: string, hash: (s: string) => Value) {
  return defineFunction({
    name,
    kind: 'converter',
    description,
    params: [{ name: 'target', kind: 'string', doc: 'the text to hash (its UTF-8 bytes)' }] as const,
    create: ({ target }) => (ctx) => hash(target(ctx)),
  });
}
