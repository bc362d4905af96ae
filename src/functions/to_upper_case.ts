/** `ToUpperCase(target)`: upper-case, per code point like Go `strings.ToUpper` (`ß` stays `ß`). A non-string (or nil) target is a run-time error. */
import { goToUpper } from './internal/text-case.js';
import { defineFunction } from './signature.js';

export const ToUpperCase = defineFunction({
  name: 'ToUpperCase',
  kind: 'converter',
  description: 'Converts a string to upper case.',
  params: [{ name: 'target', kind: 'string', doc: 'the text' }],
  create({ target }) {
    return (ctx) => goToUpper(target(ctx));
  },
});
