/** `ParseJSON(target)`: parses a JSON object or array. */
import { OttlRuntimeError } from '../runtime/errors.js';
import { parseJsonValue } from './internal/parse-json.js';
import { defineFunction } from './signature.js';

/** pdata type names of the scalar results the reference refuses. */
function scalarTypeName(v: unknown): string {
  if (v === null) return 'Empty';
  if (typeof v === 'string') return 'Str';
  if (typeof v === 'number') return 'Double';
  return 'Bool';
}

/**
 * Parses `target` as JSON. An object gives a map (document key order; `__proto__` is an ordinary
 * key), an array gives a slice; inside them every number is a float64 (`1` → `1.0`), `null` is nil,
 * and nesting is kept. Errors (run time): malformed JSON, and a top-level value that is not an
 * object or array (`could not convert parsed value of type "Str" to JSON object`). `target` is a
 * strict string argument.
 */
export const ParseJSON = defineFunction({
  name: 'ParseJSON',
  kind: 'converter',
  description: 'parses a JSON object or array into a map or list (numbers become doubles)',
  params: [{ name: 'target', kind: 'string', doc: 'the JSON text' }] as const,
  create:
    ({ target }) =>
    (ctx) => {
      let v;
      try {
        v = parseJsonValue(target(ctx));
      } catch (e) {
        throw new OttlRuntimeError((e as Error).message);
      }
      if (v instanceof Map || Array.isArray(v)) return v;
      throw new OttlRuntimeError(`could not convert parsed value of type "${scalarTypeName(v)}" to JSON object`);
    },
});
