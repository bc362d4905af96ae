/** `ParseCSV(target, header, delimiter?, header_delimiter?, mode?)`: parses one CSV row into a map. */
import { OttlRuntimeError } from '../core/errors.js';
import type { ValueMap } from '../core/values/types.js';
import { readCsvRow } from './internal/parse-csv.js';
import { ArgumentError, defineFunction } from './signature.js';

const MODES = ['strict', 'lazyQuotes', 'ignoreQuotes'] as const;
type Mode = (typeof MODES)[number];

function singleChar(param: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if ([...value].length !== 1) throw new ArgumentError(param, `invalid arguments: ${param} must be a single character`);
  return value;
}

/**
 * Parses `target` as one CSV row and maps each name of `header` (split on `header_delimiter`,
 * which defaults to `delimiter`, itself default `,`) to the field at the same position.
 *
 * Modes: `strict` (default; Go `encoding/csv`: quotes must be well formed), `lazyQuotes` (a quote
 * inside a field is kept as a literal), `ignoreQuotes` (plain split on the delimiter, quotes kept).
 * In the quoting modes a quoted field may contain the delimiter, `""` and newlines.
 *
 * Errors: a delimiter that is not one character, an unknown mode (compile time); an empty header,
 * malformed quoting, or a field count that differs from the header count (run time).
 */
/** An argument's failure, prefixed as the reference does (`get target: expected string but got nil`). */
function getFailure(what: string, e: unknown): unknown {
  return e instanceof OttlRuntimeError ? new OttlRuntimeError(`get ${what}: ${e.message}`) : e;
}

export const ParseCSV = defineFunction({
  name: 'ParseCSV',
  kind: 'converter',
  description: 'parses a CSV row into a map keyed by the header names',
  params: [
    { name: 'target', kind: 'string', doc: 'the CSV row' },
    { name: 'header', kind: 'string', doc: 'the header row' },
    { name: 'delimiter', kind: 'literalString', optional: true, doc: 'field delimiter (default ",")' },
    { name: 'header_delimiter', kind: 'literalString', optional: true, doc: 'header delimiter (default: delimiter)' },
    { name: 'mode', kind: 'literalString', optional: true, doc: 'strict (default), lazyQuotes or ignoreQuotes' },
  ] as const,
  create: ({ target, header, delimiter: d, header_delimiter: hd, mode: m }) => {
    const delimiter = singleChar('delimiter', d, ',');
    const headerDelimiter = singleChar('header_delimiter', hd, delimiter);
    const mode = (m ?? 'strict') as Mode;
    if (!MODES.includes(mode)) throw new ArgumentError('mode', `unknown mode: ${m}`);
    return (ctx) => {
      let text: string;
      let headerText: string;
      try {
        text = target(ctx);
      } catch (e) {
        throw getFailure('target', e);
      }
      try {
        headerText = header(ctx);
      } catch (e) {
        throw getFailure('header', e);
      }
      if (headerText === '') throw new OttlRuntimeError('headers must not be an empty string');
      const headers = headerText.split(headerDelimiter);
      let fields: string[];
      if (mode === 'ignoreQuotes') {
        fields = text.split(delimiter);
      } else {
        try {
          fields = readCsvRow(text, delimiter, headers.length, mode === 'lazyQuotes');
        } catch (e) {
          throw new OttlRuntimeError((e as Error).message);
        }
      }
      if (fields.length !== headers.length) {
        throw new OttlRuntimeError(
          `map csv headers: wrong number of fields: expected ${headers.length}, found ${fields.length}`,
        );
      }
      const out: ValueMap = new Map();
      for (let i = 0; i < headers.length; i++) out.set(headers[i], fields[i]);
      return out;
    };
  },
});
