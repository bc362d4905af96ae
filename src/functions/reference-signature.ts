/**
 * Renders a declaration in the form of the reference's `stable_function_signatures.txt`
 * (`Name(Field ottl.Kind[interface {}], Other ottl.Optional[string])`), so the frozen 1.0 surface can be
 * compared with our declarations argument by argument (test/functions/stable-surface.test.ts).
 */
import type { AnyFunctionDefinition, ParamKind, ParamSpec } from './signature.js';

/** The Go type the reference's `*Arguments` struct uses for each parameter kind. */
const GO_TYPES: Readonly<Record<ParamKind, string>> = {
  any: 'ottl.Getter[interface {}]',
  string: 'ottl.StringGetter[interface {}]',
  int: 'ottl.IntGetter[interface {}]',
  float: 'ottl.FloatGetter[interface {}]',
  bool: 'ottl.BoolGetter[interface {}]',
  map: 'ottl.PMapGetter[interface {}]',
  slice: 'ottl.PSliceGetter[interface {}]',
  time: 'ottl.TimeGetter[interface {}]',
  duration: 'ottl.DurationGetter[interface {}]',
  stringLike: 'ottl.StringLikeGetter[interface {}]',
  intLike: 'ottl.IntLikeGetter[interface {}]',
  floatLike: 'ottl.FloatLikeGetter[interface {}]',
  boolLike: 'ottl.BoolLikeGetter[interface {}]',
  bytesLike: 'ottl.ByteSliceLikeGetter[interface {}]',
  path: 'ottl.GetSetter[interface {}]',
  mapPath: 'ottl.PMapGetSetter[interface {}]',
  setter: 'ottl.Setter[interface {}]',
  literalString: 'string',
  literalInt: 'int64',
  literalFloat: 'float64',
  literalBool: 'bool',
  enum: 'ottl.Enum',
  function: 'ottl.FunctionGetter[interface {}]',
  lambda: '*ottl.LambdaExpression[interface {}]',
  anyList: '[]ottl.Getter[interface {}]',
  stringList: '[]ottl.StringGetter[interface {}]',
  stringLikeList: '[]ottl.StringLikeGetter[interface {}]',
  literalStringList: '[]string',
  literalFloatList: '[]float64',
  literalIntList: '[]int64',
};

/**
 * The Go field name of a parameter: snake_case words capitalised (`regex_pattern` → `RegexPattern`).
 * The reference's own spellings of initialisms (`SourceIP`, `XPath`, `URI`) differ only in case, which
 * named arguments ignore, so comparisons go through {@link fieldKey}.
 */
export function goFieldName(name: string): string {
  return name
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** The key named arguments match on: the name without underscores, lower-cased. */
export function fieldKey(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

/** One parameter as the reference prints it: `Target ottl.StringGetter[interface {}]`. */
export function referenceParamText(p: ParamSpec): string {
  const type = GO_TYPES[p.kind];
  return `${goFieldName(p.name)} ${p.optional === true ? `ottl.Optional[${type}]` : type}`;
}

/** The whole line: `Name(Param, Param)`. */
export function referenceSignature(def: AnyFunctionDefinition): string {
  return `${def.name}(${(def.params as readonly ParamSpec[]).map(referenceParamText).join(', ')})`;
}

/** The Go type of a parameter kind, as the reference prints it. */
export function goTypeOf(kind: ParamKind): string {
  return GO_TYPES[kind];
}
