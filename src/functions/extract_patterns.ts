/**
 * `ExtractPatterns(target, pattern)`: a map from each named group of the Go RE2 `pattern` to the
 * text it captured in the first match (`""` for a group that did not take part); an empty map when
 * nothing matches. A pattern without a named group is an error (at compile time for a literal).
 */
import { OttlRuntimeError } from '../core/errors.js';
import type { Value } from '../core/values/types.js';
import { dynamicRegex } from './internal/text-dynamic.js';
import { ArgumentError, defineFunction } from './signature.js';

const NO_NAMED_GROUP = 'at least 1 named capture group must be supplied in the given regex';

export const ExtractPatterns = defineFunction({
  name: 'ExtractPatterns',
  kind: 'converter',
  description: 'Extracts the named capture groups of a regex into a map.',
  params: [
    { name: 'target', kind: 'string', doc: 'the text to search' },
    { name: 'pattern', kind: 'string', doc: 'a Go RE2 regex with named groups (?P<name>…)' },
  ],
  create({ target, pattern }) {
    const regex = dynamicRegex('ExtractPatterns', 'pattern', pattern, (re) => {
      if (re.namedGroupCount === 0) throw new ArgumentError('pattern', NO_NAMED_GROUP);
    });
    return (ctx) => {
      const re = regex(ctx);
      if (re.namedGroupCount === 0) throw new OttlRuntimeError(NO_NAMED_GROUP);
      const s = target(ctx);
      const result = new Map<string, Value>();
      const groups = re.findSubmatch(s);
      if (groups === null) return result;
      const names = re.subexpNames;
      for (let i = 1; i < names.length; i++) {
        const name = names[i] as string;
        if (name !== '') result.set(name, groups[i] as string);
      }
      return result;
    };
  },
});
