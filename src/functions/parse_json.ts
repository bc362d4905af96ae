/** `ParseJSON(target)`: parses a JSON object or array. */
import { OttlRuntimeError } from '../core/errors.js';
import { parseJsonValue } from './internal/parse-json.js';
import { defineFunction } from './signature.js';

/**
 * Go type names (`%T` of the decoded value) of the scalar results the reference refuses; the
 * newest filter processor tests pin `bool` and `float64`.
 */
function scalarTypeName(v: unknown): string {
  if (v === null) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'float64';
  return 'bool';
}

/**
 * Parses `target` as JSON. An object gives a map (document key order; `__proto__` is an ordinary
 * key), an array gives a slice; inside them every number is a float64 (`1` → `1.0`), `null` is nil,
 * and nesting is kept. Errors (run time): malformed JSON, and a top-level value that is not an
 * object or array (`could not convert parsed value of type string to JSON object`). `target` is a
 * strict string argument.
 */
export const ParseJSON = defineFunction({
  name: 'ParseJSON',
  kind: 'converter',
  description: 'parses a JSON object or array into a map or list (numbers become doubles)',
  example: {
    statement: 'set(log.attributes["parsed"], ParseJSON(log.body))',
    body: '{"user":"alice","retries":3}',
    result: 'log.attributes["parsed"]["user"]: (absent) → "alice"\nlog.attributes["parsed"]["retries"]: (absent) → 3.0',
  },
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
      throw new OttlRuntimeError(`could not convert parsed value of type ${scalarTypeName(v)} to JSON object`);
    },
});
