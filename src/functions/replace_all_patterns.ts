/**
 * `replace_all_patterns(target, mode, regex, replacement, Optional[function], Optional[replacementFormat])`:
 * replaces regex matches in every string value (`mode = "value"`) or every key (`mode = "key"`) of
 * a map, in place.
 *
 * Replacement templates, `function` and `replacementFormat` work as in `replace_pattern`. When the
 * function fails for one entry, that value is left unchanged (mode value) or the entry is dropped
 * (mode key), as in the reference. Renamed keys
 * keep their position; when two keys end up equal, the later value wins at the earlier position.
 * Another mode, or a literal invalid regex, is a compile-time error.
 */
import type { Value } from '../core/values/types.js';
import { dynamicRegex } from './internal/text-dynamic.js';
import { OutputLimitError } from './internal/bounded-text.js';
import { replaceAllBounded, replaceWithFunction } from './internal/text-replace.js';
import { ArgumentError, defineFunction } from './signature.js';

export const replace_all_patterns = defineFunction({
  name: 'replace_all_patterns',
  kind: 'editor',
  description: 'Replaces regex matches in every string value or key of a map.',
  example: {
    statement: 'replace_all_patterns(log.attributes, "value", "\\\\d{4}-\\\\d{4}", "****")',
    attributes: { card: '1234-5678', note: 'none' },
    result: 'log.attributes["card"]: "1234-5678" → "****"',
  },
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'mode', kind: 'literalString', doc: '"key" or "value"' },
    { name: 'regex_pattern', kind: 'string', doc: 'a Go RE2 regex' },
    { name: 'replacement', kind: 'string', doc: 'the replacement, with $1 / ${name} group references' },
    { name: 'function', kind: 'function', optional: true, doc: 'a converter applied to each replacement' },
    { name: 'replacement_format', kind: 'string', optional: true, doc: 'a format with one %s wrapping the converted replacement' },
  ],
  create({ target, mode, regex_pattern, replacement, function: fn, replacement_format }) {
    const regex = dynamicRegex('replace_all_patterns', 'regex_pattern', regex_pattern);
    if (mode !== 'key' && mode !== 'value') {
      throw new ArgumentError('mode', `invalid mode ${mode}, must be either 'key' or 'value'`);
    }
    return (ctx) => {
      const m = target.get(ctx);
      const template = replacement(ctx);
      const re = regex(ctx);
      // With a converter, a failure skips the entry, as the reference does.
      const apply = (s: string): string | undefined => {
        if (fn === undefined) return replaceAllBounded(re, s, template, 'replace_all_patterns');
        try {
          return replaceWithFunction(ctx, re, fn, s, template, replacement_format, 'replace_all_patterns');
        } catch (e) {
          // A result over the output limit is not the converter's failure: it stops the statement.
          if (e instanceof OutputLimitError) throw e;
          return undefined;
        }
      };
      if (mode === 'value') {
        for (const [k, v] of m) {
          if (typeof v !== 'string' || !re.test(v)) continue;
          const updated = apply(v);
          if (updated !== undefined) m.set(k, updated);
        }
      } else {
        let any = false;
        for (const k of m.keys()) {
          if (re.test(k)) {
            any = true;
            break;
          }
        }
        if (any) {
          const entries: [string, Value][] = [...m];
          const rebuilt = new Map<string, Value>();
          for (const [k, v] of entries) {
            let key = k;
            if (re.test(k)) {
              const updated = apply(k);
              if (updated === undefined) continue;
              key = updated;
            }
            rebuilt.set(key, v);
          }
          m.clear();
          for (const [k, v] of rebuilt) m.set(k, v);
        }
      }
      target.set(ctx, m);
      return null;
    };
  },
});
