/**
 * `replace_match(target, pattern, replacement, Optional[function], Optional[replacementFormat])`:
 * replaces the whole string at `target` when it matches the glob `pattern`.
 *
 * The glob dialect is the reference's (gobwas/glob without separators): `*` matches any run of
 * characters, including `/`; `?` one character; `[a-z]`, `[!a-z]`, `{a,b}`; `\` escapes. With
 * `function`, the replacement is passed through the converter and then `replacementFormat`. A nil
 * or non-string target is left alone. A literal invalid glob is a compile-time error.
 */
import { dynamicGlob } from './internal/text-dynamic.js';
import { globReplacement } from './internal/text-glob-replace.js';
import { defineFunction } from './signature.js';

export const replace_match = defineFunction({
  name: 'replace_match',
  kind: 'editor',
  description: 'Replaces a whole string field when it matches a glob pattern.',
  params: [
    { name: 'target', kind: 'path', doc: 'a string path' },
    { name: 'pattern', kind: 'string', doc: 'a glob pattern' },
    { name: 'replacement', kind: 'string', doc: 'the new value' },
    { name: 'function', kind: 'function', optional: true, doc: 'a converter applied to the replacement' },
    { name: 'replacement_format', kind: 'string', optional: true, doc: 'a format with one %s wrapping the converted replacement' },
  ],
  create({ target, pattern, replacement, function: fn, replacement_format }) {
    const glob = dynamicGlob('replace_match', 'pattern', pattern);
    return (ctx) => {
      const g = glob(ctx);
      const v = target.get(ctx);
      const repl = globReplacement(ctx, replacement, fn, replacement_format);
      if (typeof v === 'string' && g.match(v)) target.set(ctx, repl);
      return null;
    };
  },
});
