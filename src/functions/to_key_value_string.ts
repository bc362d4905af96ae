/** `ToKeyValueString(target, delimiter?, pair_delimiter?, sort_output?)`: renders a map as `k=v` text. */
import { goQuote } from '../core/values/go-text.js';
import { valueAsString } from '../core/values/format.js';
import type { Value } from '../core/values/types.js';
import { compareUtf8 } from '../core/values/utf8.js';
import { ArgumentError, defineFunction } from './signature.js';

function escapeAndQuote(s: string, delimiter: string, pairDelimiter: string): string {
  const escaped = s.replaceAll('"', '\\"');
  return escaped.includes(pairDelimiter) || escaped.includes(delimiter) ? `"${escaped}"` : escaped;
}

/**
 * Joins the entries of `target` as `key<delimiter>value` separated by `pair_delimiter` (defaults
 * `=` and a space), in map order or sorted by key (byte order) when `sort_output` is true. Values
 * use their stored-text form (maps and slices as JSON, bytes as base64). In keys and values, `"`
 * becomes `\"`, and text containing either delimiter is wrapped in double quotes. An empty map
 * gives `""`. `target` is a strict map argument.
 *
 * Errors (compile time): an empty delimiter, or equal delimiters.
 */
export const ToKeyValueString = defineFunction({
  name: 'ToKeyValueString',
  kind: 'converter',
  description: 'renders a map as key/value text (k=v k2=v2)',
  params: [
    { name: 'target', kind: 'map', doc: 'the map to render' },
    { name: 'delimiter', kind: 'literalString', optional: true, doc: 'between key and value (default "=")' },
    { name: 'pair_delimiter', kind: 'literalString', optional: true, doc: 'between pairs (default " ")' },
    { name: 'sort_output', kind: 'literalBool', optional: true, doc: 'sort pairs by key (default false)' },
  ] as const,
  create: ({ target, delimiter: d, pair_delimiter: p, sort_output: sortOutput }) => {
    if (d === '') throw new ArgumentError('delimiter', 'delimiter cannot be set to an empty string');
    if (p === '') throw new ArgumentError('pair_delimiter', 'pair delimiter cannot be set to an empty string');
    const delimiter = d ?? '=';
    const pairDelimiter = p ?? ' ';
    if (pairDelimiter === delimiter) {
      throw new ArgumentError(
        'pair_delimiter',
        `pair delimiter ${goQuote(pairDelimiter)} cannot be equal to delimiter ${goQuote(delimiter)}`,
      );
    }
    return (ctx) => {
      let entries: [string, Value][] = [...target(ctx)];
      if (sortOutput === true) entries = entries.sort((a, b) => compareUtf8(a[0], b[0]));
      const parts = entries.map(
        ([k, v]) =>
          escapeAndQuote(k, delimiter, pairDelimiter) + delimiter + escapeAndQuote(valueAsString(v), delimiter, pairDelimiter),
      );
      return parts.join(pairDelimiter);
    };
  },
});
