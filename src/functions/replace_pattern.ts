/**
 * `replace_pattern(target, regex, replacement, Optional[function], Optional[replacementFormat])`:
 * replaces every match of a Go RE2 regex inside the string at `target`.
 *
 * `replacement` uses Go `Expand` templates (`$1`, `${1}`, `$name`, `${name}`, `$$`). With
 * `function` (a converter such as `SHA256`), each expanded replacement is passed through it and
 * then through `replacementFormat` (one `%s`). A nil or non-string target is left alone. A literal
 * invalid regex is a compile-time error.
 */
import { dynamicRegex } from './internal/text-dynamic.js';
import { replaceAllBounded, replaceWithFunction } from './internal/text-replace.js';
import { defineFunction } from './signature.js';

export const replace_pattern = defineFunction({
  name: 'replace_pattern',
  kind: 'editor',
  description: 'Replaces every regex match inside a string field.',
  example: {
    statement: 'replace_pattern(log.body, "user=(\\\\w+)", "user=$1-redacted")',
    body: 'login user=alice ok',
    result: 'log.body: "login user=alice ok" → "login user=alice-redacted ok"',
  },
  params: [
    { name: 'target', kind: 'path', doc: 'a string path' },
    { name: 'regex_pattern', kind: 'string', doc: 'a Go RE2 regex' },
    { name: 'replacement', kind: 'string', doc: 'the replacement, with $1 / ${name} group references' },
    { name: 'function', kind: 'function', optional: true, doc: 'a converter applied to each replacement' },
    { name: 'replacement_format', kind: 'string', optional: true, doc: 'a format with one %s wrapping the converted replacement' },
  ],
  create({ target, regex_pattern, replacement, function: fn, replacement_format }) {
    const regex = dynamicRegex('replace_pattern', 'regex_pattern', regex_pattern);
    return (ctx) => {
      const original = target.get(ctx);
      if (original === null) return null;
      const template = replacement(ctx);
      if (typeof original !== 'string') return null;
      const re = regex(ctx);
      if (!re.test(original)) return null;
      const updated =
        fn === undefined
          ? replaceAllBounded(re, original, template, 'replace_pattern')
          : replaceWithFunction(ctx, re, fn, original, template, replacement_format, 'replace_pattern');
      target.set(ctx, updated);
      return null;
    };
  },
});
