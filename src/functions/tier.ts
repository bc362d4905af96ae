/**
 * A function's tier and the gate it needs, read from its definition (the one owner: the `tier` and
 * `featureGate` fields). `test/functions/stable-surface.test.ts` checks that the stable tier is exactly
 * the reference's frozen list.
 */
import type { AnyFunctionDefinition, FunctionTier } from './signature.js';

/** The declared tier; a definition without one is stable. */
export function functionTier(def: AnyFunctionDefinition): FunctionTier {
  return def.tier ?? 'stable';
}
