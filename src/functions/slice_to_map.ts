/** `SliceToMap(target, key_path?, value_path?)`: turns a slice into a map. */
import { OttlRuntimeError } from '../core/errors.js';
import { typeName, type Value, type ValueMap } from '../core/values/types.js';
import { deepCopy } from '../core/values/convert.js';
import { defineFunction } from './signature.js';

/** pdata's type names, which the reference quotes in its messages. */
function pdataTypeName(v: Value): string {
  switch (typeName(v)) {
    case 'nil':
      return 'Empty';
    case 'string':
      return 'Str';
    case 'int64':
      return 'Int';
    case 'float64':
      return 'Double';
    case 'bool':
      return 'Bool';
    case 'bytes':
      return 'Bytes';
    case 'map':
      return 'Map';
    case 'slice':
      return 'Slice';
    default:
      return typeName(v);
  }
}

function pathText(path: readonly string[]): string {
  return `[${path.join(' ')}]`;
}

function extract(m: ValueMap, path: readonly string[]): Value {
  if (path.length === 0) throw new Error('must provide at least one path item');
  let cur: ValueMap = m;
  for (let i = 0; ; i++) {
    if (!cur.has(path[i])) throw new Error(`provided object does not contain the path ${pathText(path.slice(i))}`);
    const v = cur.get(path[i]) as Value;
    if (i === path.length - 1) return v;
    if (!(v instanceof Map)) throw new Error(`provided object does not contain the path ${pathText(path.slice(i))}`);
    cur = v;
  }
}

/**
 * Builds a map from the elements of `target` (a strict slice argument):
 * - key: with `key_path`, the string found by following those keys inside each element (which
 *   must then be a map); otherwise the element's index as text (`"0"`, `"1"`…);
 * - value: with `value_path`, the value found by following those keys; otherwise the whole
 *   element (copied).
 *
 * Later elements with the same key replace earlier ones. Errors (run time): an element that is
 * not a map while a path is given; a path that does not resolve; a key that is not a string; an
 * empty path list.
 */
export const SliceToMap = defineFunction({
  name: 'SliceToMap',
  kind: 'converter',
  description: 'turns a list (of maps) into a map keyed by index or by a key path',
  params: [
    { name: 'target', kind: 'slice', doc: 'the list to convert' },
    { name: 'key_path', kind: 'literalStringList', optional: true, doc: 'keys leading to each element\'s key' },
    { name: 'value_path', kind: 'literalStringList', optional: true, doc: 'keys leading to each element\'s value' },
  ] as const,
  create: ({ target, key_path: keyPath, value_path: valuePath }) => {
    const usePaths = keyPath !== undefined || valuePath !== undefined;
    return (ctx) => {
      const list = target(ctx);
      const out: ValueMap = new Map();
      for (let i = 0; i < list.length; i++) {
        const elem = list[i];
        if (usePaths && !(elem instanceof Map)) {
          throw new OttlRuntimeError(
            'slice elements must be maps when using `key_path` or `value_path`, but could not cast element of type ' +
              `\`${pdataTypeName(elem)}\` to a map`,
          );
        }
        let key = String(i);
        if (keyPath !== undefined) {
          let k: Value;
          try {
            k = extract(elem as ValueMap, keyPath);
          } catch (e) {
            throw new OttlRuntimeError(`could not extract key from element ${i}: ${(e as Error).message}`);
          }
          if (typeof k !== 'string') {
            throw new OttlRuntimeError(
              `element ${i}: extracted key attribute is not of type string, got "${pdataTypeName(k)}"`,
            );
          }
          key = k;
        }
        let value = elem;
        if (valuePath !== undefined) {
          try {
            value = extract(elem as ValueMap, valuePath);
          } catch (e) {
            throw new OttlRuntimeError(`could not extract value from element ${i}: ${(e as Error).message}`);
          }
        }
        out.set(key, deepCopy(value));
      }
      return out;
    };
  },
});
