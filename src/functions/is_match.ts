/**
 * `IsMatch(target, pattern)`: true when the Go RE2 `pattern` matches somewhere in `target`
 * (unanchored). A non-string target is converted first, as the reference documents: numbers and
 * bools as text, bytes as **base64**, maps and slices as JSON, other values via their string form;
 * nil is false. A literal invalid pattern is a compile-time error.
 */
import { valueAsString } from '../values/format.js';
import { dynamicRegex } from './internal/text-dynamic.js';
import { defineFunction } from './signature.js';

export const IsMatch = defineFunction({
  name: 'IsMatch',
  kind: 'converter',
  description: 'Whether a regex matches the (string form of the) target.',
  params: [
    { name: 'target', kind: 'any', doc: 'the value to test (converted to a string)' },
    { name: 'pattern', kind: 'string', doc: 'a Go RE2 regex' },
  ],
  create({ target, pattern }) {
    const regex = dynamicRegex('IsMatch', 'pattern', pattern);
    return (ctx) => {
      const re = regex(ctx);
      const v = target(ctx);
      return v === null ? false : re.test(valueAsString(v));
    };
  },
});
