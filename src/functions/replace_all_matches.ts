/**
 * `replace_all_matches(target, pattern, replacement, Optional[function], Optional[replacementFormat])`:
 * replaces, in place, every string value of the map that matches the glob `pattern` as a whole.
 *
 * Glob dialect, `function` and `replacementFormat` as in `replace_match`. Non-string values are
 * ignored. A literal invalid glob is a compile-time error.
 */
import { dynamicGlob } from './internal/text-dynamic.js';
import { globReplacement } from './internal/text-glob-replace.js';
import { defineFunction } from './signature.js';

export const replace_all_matches = defineFunction({
  name: 'replace_all_matches',
  kind: 'editor',
  description: 'Replaces every string value of a map that matches a glob pattern.',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'pattern', kind: 'string', doc: 'a glob pattern' },
    { name: 'replacement', kind: 'string', doc: 'the new value' },
    { name: 'function', kind: 'function', optional: true, doc: 'a converter applied to the replacement' },
    { name: 'replacement_format', kind: 'string', optional: true, doc: 'a format with one %s wrapping the converted replacement' },
  ],
  create({ target, pattern, replacement, function: fn, replacement_format }) {
    const glob = dynamicGlob('replace_all_matches', 'pattern', pattern);
    return (ctx) => {
      const g = glob(ctx);
      const m = target.get(ctx);
      const repl = globReplacement(ctx, replacement, fn, replacement_format);
      for (const [k, v] of m) if (typeof v === 'string' && g.match(v)) m.set(k, repl);
      target.set(ctx, m);
      return null;
    };
  },
});
