/**
 * `IsMatch(target, pattern)`: true when the Go RE2 `pattern` matches somewhere in `target`
 * (unanchored). The target is a StringLikeGetter, as in the reference: numbers and bools as text,
 * bytes as lowercase hex, maps and slices as JSON; nil is false. A literal invalid pattern is a
 * compile-time error.
 */
import { dynamicRegex } from './internal/text-dynamic.js';
import { defineFunction } from './signature.js';

export const IsMatch = defineFunction({
  name: 'IsMatch',
  kind: 'converter',
  description: 'Whether a regex matches the (string form of the) target.',
  params: [
    { name: 'target', kind: 'stringLike', doc: 'the value to test (converted to a string)' },
    { name: 'pattern', kind: 'string', doc: 'a Go RE2 regex' },
  ],
  create({ target, pattern }) {
    const regex = dynamicRegex('IsMatch', 'pattern', pattern);
    return (ctx) => {
      const re = regex(ctx);
      const v = target(ctx);
      return v === null ? false : re.test(v);
    };
  },
});
