/**
 * Test support for the type/time/id converters: binds plain values to a definition's parameters
 * with the coercion the compiler applies for each parameter kind, then calls it.
 */
import type { AnyFunctionDefinition, ParamKind } from '../../src/functions/signature.js';
import {
  expectDuration,
  expectInt,
  expectString,
  expectTime,
  toBoolLike,
  toBytesLike,
  toFloatLike,
  toIntLike,
  toStringLike,
} from '../../src/core/values/coerce.js';
import type { Value } from '../../src/core/values/types.js';
import { newContext } from '../support/getters.js';
import type { EvalContext } from '../../src/core/eval-context.js';

function bind(kind: ParamKind, v: unknown): unknown {
  const val = v as Value;
  switch (kind) {
    case 'any':
      return () => val;
    case 'string':
      return () => expectString(val);
    case 'int':
      return () => expectInt(val);
    case 'time':
      return () => expectTime(val);
    case 'duration':
      return () => expectDuration(val);
    case 'stringLike':
      return () => toStringLike(val);
    case 'intLike':
      return () => toIntLike(val);
    case 'floatLike':
      return () => toFloatLike(val);
    case 'boolLike':
      return () => toBoolLike(val);
    case 'bytesLike':
      return () => toBytesLike(val);
    case 'anyList':
      return (v as Value[]).map((x) => () => x);
    case 'stringList':
      return (v as Value[]).map((x) => () => expectString(x));
    default:
      return v;
  }
}

/** Positional or named plain-value arguments; `undefined` leaves an optional parameter out. */
export function bindArgs(def: AnyFunctionDefinition, args: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  def.params.forEach((p: { name: string; kind: ParamKind }, i: number) => {
    if (args[i] !== undefined) out[p.name] = bind(p.kind, args[i]);
  });
  return out;
}

/** Compiles `def` with the given arguments and runs it once on `ctx` (a fresh log context by default). */
export function run(def: AnyFunctionDefinition, args: readonly unknown[], ctx: EvalContext = newContext()): Value {
  return def.create(bindArgs(def, args), { context: 'log' })(ctx);
}
