/** Calls a built-in directly with already-bound arguments, as the compiler would. */
import type { AnyFunctionDefinition } from '../../src/functions/signature.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext } from '../support/getters.js';

/** `def.create(args)(ctx)` with a fresh context. */
export function call(def: AnyFunctionDefinition, args: Record<string, unknown>): Value {
  return def.create(args, { context: 'log' })(newContext());
}

/** Builds a map value from entries. */
export function m(entries: Record<string, Value>): Map<string, Value> {
  return new Map(Object.entries(entries));
}

/** `def.create(args)` (compile time only), for tests of compile-time argument errors. */
export function compile(def: AnyFunctionDefinition, args: Record<string, unknown>): unknown {
  return def.create(args, { context: 'log' });
}
