/**
 * `Format(formatString, formatArguments[])`: Go `fmt.Sprintf`. Wrong or missing arguments never
 * fail: the result carries Go's inline error text (`%!d(string=x)`, `%!s(MISSING)`,
 * `%!(EXTRA int64=1)`).
 */
import { goSprintf } from './internal/text-sprintf.js';
import { checkOutputLength } from './internal/bounded-text.js';
import { defineFunction } from './signature.js';

export const Format = defineFunction({
  name: 'Format',
  kind: 'converter',
  description: 'Formats values with a Go fmt.Sprintf format string.',
  params: [
    { name: 'format', kind: 'literalString', doc: 'a Go format string (%s, %d, %02d, %.2f…)' },
    { name: 'vals', kind: 'anyList', doc: 'the values for the verbs' },
  ],
  create({ format, vals }) {
    return (ctx) => {
      const out = goSprintf(format, vals.map((g) => g(ctx)));
      // Bounded by the literal format (Go caps each width at 1e6), but the arguments are data.
      checkOutputLength('Format', out.length);
      return out;
    };
  },
});
