/** `ParseKeyValue(target, delimiter?, pair_delimiter?)`: parses `k=v k2=v2` text into a map. */
import { OttlRuntimeError } from '../core/errors.js';
import { goQuote } from '../core/values/go-text.js';
import type { ValueMap } from '../core/values/types.js';
import { splitQuoted } from './internal/parse-split.js';
import { ArgumentError, defineFunction } from './signature.js';

/**
 * Splits `target` into pairs on `pair_delimiter` (default a space) and each pair on the first
 * `delimiter` (default `=`); keys and values are trimmed of surrounding white space and kept as
 * strings. Single or double quotes group text containing delimiters and are removed
 * (`k="a b"` → `a b`). A repeated key keeps its first position and takes the last value.
 *
 * Errors: an empty delimiter or pair delimiter given explicitly, or equal delimiters (compile time);
 * an empty target, an unclosed quote, or a pair without the delimiter (run time).
 */
export const ParseKeyValue = defineFunction({
  name: 'ParseKeyValue',
  kind: 'converter',
  description: 'parses key/value text (k=v k2=v2) into a map',
  params: [
    { name: 'target', kind: 'string', doc: 'the text to parse' },
    { name: 'delimiter', kind: 'literalString', optional: true, doc: 'between key and value (default "=")' },
    { name: 'pair_delimiter', kind: 'literalString', optional: true, doc: 'between pairs (default " ")' },
  ] as const,
  create: ({ target, delimiter: d, pair_delimiter: p }) => {
    // As the reference: an explicit empty delimiter is an error, not the default.
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
      const source = target(ctx);
      if (source === '') throw new OttlRuntimeError('cannot parse from empty target');
      let pairs: string[];
      try {
        pairs = splitQuoted(source, pairDelimiter);
      } catch (e) {
        throw new OttlRuntimeError(`splitting source ${goQuote(source)} into pairs failed: ${(e as Error).message}`);
      }
      const out: ValueMap = new Map();
      for (const pair of pairs) {
        const at = pair.indexOf(delimiter);
        if (at < 0) {
          throw new OttlRuntimeError(
            `failed to split pairs into key-values: cannot split ${goQuote(pair)} into 2 items, got 1 item(s)`,
          );
        }
        out.set(pair.slice(0, at).trim(), pair.slice(at + delimiter.length).trim());
      }
      return out;
    };
  },
});
