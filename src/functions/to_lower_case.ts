/** `ToLowerCase(target)`: lower-case, per code point like Go `strings.ToLower`. A non-string (or nil) target is a run-time error. */
import { goToLower } from './internal/text-case.js';
import { defineFunction } from './signature.js';

export const ToLowerCase = defineFunction({
  name: 'ToLowerCase',
  kind: 'converter',
  description: 'Converts a string to lower case.',
  params: [{ name: 'target', kind: 'string', doc: 'the text' }],
  create({ target }) {
    return (ctx) => goToLower(target(ctx));
  },
});
