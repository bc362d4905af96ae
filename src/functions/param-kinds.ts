/**
 * The one table of parameter kinds: for each, the reference's Go type (what `ottl functions` and
 * the docs print), a one-line description, and the form of argument it takes with the check or
 * coercion applied to its value. The compiler binds OTTL arguments from it, `ottl/testing` binds
 * plain test values from it, and the listings describe parameters from it.
 */
import {
  expectBool,
  expectDuration,
  expectFloat,
  expectInt,
  expectMap,
  expectSlice,
  expectString,
  expectTime,
  toBoolLike,
  toBytesLike,
  toFloatLike,
  toIntLike,
  toStringLike,
} from '../core/values/coerce.js';
import type { Value } from '../core/values/types.js';
import type { ParamKind } from './signature.js';

/** The literal types a `literal*` kind accepts. */
export type LiteralType = 'string' | 'int' | 'float' | 'bool';

/** The form of argument a kind takes. */
export type ArgumentForm =
  /** Any expression; `convert` (absent for `any`) is the strict check or coercion of its value. */
  | { readonly form: 'value'; readonly convert?: (v: Value) => unknown }
  /** A path; `map` reads it through the map check (`PMapGetSetter`). */
  | { readonly form: 'path'; readonly map?: boolean }
  | { readonly form: 'literal'; readonly literal: LiteralType }
  | { readonly form: 'enum' }
  | { readonly form: 'function' }
  | { readonly form: 'lambda' }
  /** A list literal whose items take the `item` kind. */
  | { readonly form: 'list'; readonly item: ParamKind };

export type ParamKindInfo = ArgumentForm & {
  /** The reference's Go type (`StringLikeGetter`, `Optional` aside). */
  readonly goType: string;
  readonly description: string;
};

export const PARAM_KINDS: { readonly [K in ParamKind]: ParamKindInfo } = {
  any: { form: 'value', goType: 'Getter', description: 'any expression' },
  string: { form: 'value', convert: expectString, goType: 'StringGetter', description: 'an expression yielding a string' },
  int: { form: 'value', convert: expectInt, goType: 'IntGetter', description: 'an expression yielding an int64' },
  float: { form: 'value', convert: expectFloat, goType: 'FloatGetter', description: 'an expression yielding a float64' },
  bool: { form: 'value', convert: expectBool, goType: 'BoolGetter', description: 'an expression yielding a bool' },
  map: { form: 'value', convert: expectMap, goType: 'PMapGetter', description: 'an expression yielding a map' },
  slice: { form: 'value', convert: expectSlice, goType: 'PSliceGetter', description: 'an expression yielding a slice' },
  time: { form: 'value', convert: expectTime, goType: 'TimeGetter', description: 'an expression yielding a time' },
  duration: { form: 'value', convert: expectDuration, goType: 'DurationGetter', description: 'an expression yielding a duration' },
  stringLike: { form: 'value', convert: toStringLike, goType: 'StringLikeGetter', description: 'a value converted to a string' },
  intLike: { form: 'value', convert: toIntLike, goType: 'IntLikeGetter', description: 'a value converted to an int64' },
  floatLike: { form: 'value', convert: toFloatLike, goType: 'FloatLikeGetter', description: 'a value converted to a float64' },
  boolLike: { form: 'value', convert: toBoolLike, goType: 'BoolLikeGetter', description: 'a value converted to a bool' },
  bytesLike: { form: 'value', convert: toBytesLike, goType: 'ByteSliceLikeGetter', description: 'a value converted to bytes' },
  path: { form: 'path', goType: 'GetSetter', description: 'a path to read and write' },
  mapPath: { form: 'path', map: true, goType: 'PMapGetSetter', description: 'a path to a map' },
  setter: { form: 'path', goType: 'Setter', description: 'a path to write' },
  literalString: { form: 'literal', literal: 'string', goType: 'string', description: 'a string literal' },
  literalInt: { form: 'literal', literal: 'int', goType: 'int64', description: 'an int64 literal' },
  literalFloat: { form: 'literal', literal: 'float', goType: 'float64', description: 'a float64 literal (write 1.0, not 1)' },
  literalBool: { form: 'literal', literal: 'bool', goType: 'bool', description: 'a bool literal' },
  enum: { form: 'enum', goType: 'Enum', description: 'an enum symbol of the context' },
  function: { form: 'function', goType: 'FunctionGetter', description: 'a converter name, without parentheses' },
  lambda: { form: 'lambda', goType: 'Lambda', description: 'a lambda such as (k, v) => v != nil' },
  anyList: { form: 'list', item: 'any', goType: '[]Getter', description: 'a list of expressions' },
  stringList: { form: 'list', item: 'string', goType: '[]StringGetter', description: 'a list of string expressions' },
  stringLikeList: { form: 'list', item: 'stringLike', goType: '[]StringLikeGetter', description: 'a list of values converted to strings' },
  literalStringList: { form: 'list', item: 'literalString', goType: '[]string', description: 'a list of string literals' },
  literalFloatList: { form: 'list', item: 'literalFloat', goType: '[]float64', description: 'a list of float64 literals' },
  literalIntList: { form: 'list', item: 'literalInt', goType: '[]int64', description: 'a list of int64 literals' },
};
