/**
 * fast-check arbitraries for OTTL path texts, drawn from the paths a context really has (the same
 * list its "did you mean" hints use), so every generated text parses and resolves in that context.
 */
import fc from 'fast-check';
import { quoteString } from '../parser/print.js';
import { contextPaths } from '../contexts/index.js';
import type { ContextName } from '../contexts/types.js';
import { mapKeyArb } from './values.js';

/** Options for {@link pathTextArb}. */
export interface PathTextArbOptions {
  /** Only keyed paths (`log.attributes["k"]…`), which read and write inside maps and slices. */
  readonly keyedOnly?: boolean;
  /** Most keys after a keyed path (`["a"][0]["b"]` is 3). Default 3. */
  readonly maxKeys?: number;
}

/** Paths taking exactly one string key (`span.trace_state["k"]`). */
const SINGLE_STRING_KEY = /\.trace_state\[\]$/;
/** Paths whose first key may be an index (the body can be a slice). */
const INDEXABLE = /\.body\[\]$/;

const stringKey = (): fc.Arbitrary<string> => mapKeyArb().map(quoteString);
const indexKey = (): fc.Arbitrary<string> => fc.nat({ max: 3 }).map(String);
const bracket = (keys: string[]): string => keys.map((k) => `[${k}]`).join('');

/**
 * A valid path text for `context`, with its context prefix: `log.severity_text`,
 * `resource.attributes["__proto__"]`, `log.body[0]["k"]`, `span.trace_state["rojo"]`…
 * Keys are OTTL string literals (escaped as the printer writes them) or small indexes.
 */
export function pathTextArb(context: ContextName, options: PathTextArbOptions = {}): fc.Arbitrary<string> {
  const all = contextPaths(context);
  const plain = all.filter((p) => !p.endsWith('[]'));
  const keyed = all.filter((p) => p.endsWith('[]'));
  const maxKeys = options.maxKeys ?? 3;
  const keyedArb = fc.constantFrom(...keyed).chain((template) => {
    const base = template.slice(0, -2);
    if (SINGLE_STRING_KEY.test(template)) return stringKey().map((k) => base + bracket([k]));
    const first = INDEXABLE.test(template) ? fc.oneof(stringKey(), indexKey()) : stringKey();
    const rest = fc.array(fc.oneof(stringKey(), indexKey()), { maxLength: Math.max(0, maxKeys - 1) });
    return fc.tuple(first, rest).map(([k, ks]) => base + bracket([k, ...ks]));
  });
  if (options.keyedOnly === true || plain.length === 0) return keyedArb;
  return fc.oneof(fc.constantFrom(...plain), keyedArb);
}
