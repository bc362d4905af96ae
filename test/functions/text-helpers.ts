/** Helpers for the editor and string-function tests: typed getters as the compiler builds them. */
import { createHash } from 'node:crypto';
import { literalGetter } from '../../src/functions/signature.js';
import type { FunctionRef, GetSetter, Getter } from '../../src/core/getters.js';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { expectInt, expectMap, expectString } from '../../src/core/values/coerce.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';
import { box, newContext } from '../support/getters.js';

/** A strict StringGetter over a fixed value (throws like the compiler's wrapper on other types). */
export function str(v: Value): Getter<string> {
  return () => expectString(v);
}

/** A literal string argument (`getLiteralValue` sees it, as for a literal in a statement). */
export function lit(v: string): Getter<string> {
  return literalGetter(v);
}

/** A strict IntGetter over a fixed value. */
export function int(v: Value): Getter<bigint> {
  return () => expectInt(v);
}

/** A map path holding `m` (a PMapGetSetter: reading a non-map is an error). */
export function mapBox(m: Value): GetSetter<ValueMap> & { value: Value } {
  const b = box(m);
  return Object.assign(b, { get: () => expectMap(b.value) }) as GetSetter<ValueMap> & { value: Value };
}

/** Builds a map from entries. */
export function map(entries: Record<string, Value>): ValueMap {
  return new Map(Object.entries(entries));
}

/** A stand-in for the `SHA256` converter passed by name. */
export const sha256Ref: FunctionRef = {
  name: 'SHA256',
  call: (_ctx, args) => {
    const v = args[0];
    if (typeof v !== 'string') throw new OttlRuntimeError(`expected string but got ${typeof v}`);
    return createHash('sha256').update(v).digest('hex');
  },
};

/** A converter reference returning a non-string. */
export const intRef: FunctionRef = { name: 'Len', call: () => 3n };

/** SHA-256 hex of a string, for expected values. */
export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export { newContext };
