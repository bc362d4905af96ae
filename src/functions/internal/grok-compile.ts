/**
 * Grok patterns compiled to Go RE2 regexes, as github.com/elastic/go-grok does it for the
 * reference's ExtractGrokPatterns: `%{SYNTAX}`, `%{SYNTAX:ID}` and `%{SYNTAX:ID:TYPE}` are expanded
 * (repeatedly, up to 1000 passes) into `(?P<ID>…)` groups; dots in ids travel as `___`.
 *
 * Go's regexp accepts the same group name twice, which expanded grok patterns often produce, but
 * re2js does not; so after expansion every named group is rewritten to a plain group and the names
 * are kept in a side table by group number.
 */
import { compileRegex, type GoRegex } from '../../core/text/regex.js';
import { GROK_COMPLETE_SETS, GROK_DEFAULT } from './grok-patterns.js';

const REUSE = /%\{(\w+(?::[\w+.]+(?::\w+)?)?)\}/g;
const DOT_SEP = '___';

const COMPLETE = new Map<string, string>();
for (const set of GROK_COMPLETE_SETS) for (const [k, v] of set) COMPLETE.set(k, v);
const DEFAULT = new Map<string, string>(GROK_DEFAULT);

/** A compiled grok expression. */
export interface GrokProgram {
  readonly regex: GoRegex;
  /** Group number → capture name (Go form, `___` for dots), or '' for unnamed groups. */
  readonly names: readonly string[];
  /** Capture name → type hint (`int`, `float`, `bool`…). */
  readonly hints: ReadonlyMap<string, string>;
  /** Whether any group is named (go-grok `HasCaptureGroups`). */
  readonly hasNamedGroups: boolean;
}

/** Expands grok references. @throws Error `pattern definition "X" unknown: parsing failed`. */
export function expandGrok(
  pattern: string,
  namedCapturesOnly: boolean,
  custom: ReadonlyMap<string, string>,
): { expanded: string; hints: Map<string, string> } {
  const hints = new Map<string, string>();
  let expanded = pattern;
  for (let pass = 1000; pass > 0; pass--) {
    const found = [...expanded.matchAll(REUSE)];
    if (found.length === 0) break;
    for (const m of found) {
      const parts = m[1].split(':');
      const grokId = parts[0];
      const targetId = parts.length > 1 ? parts[1].replaceAll('.', DOT_SEP) : parts[0];
      if (parts.length === 3) hints.set(targetId, parts[2]);
      const known = custom.get(grokId) ?? COMPLETE.get(grokId) ?? DEFAULT.get(grokId);
      if (known === undefined) throw new Error(`pattern definition "${grokId}" unknown: parsing failed`);
      const replacement = namedCapturesOnly && parts.length === 1 ? `(${known})` : `(?P<${targetId}>${known})`;
      expanded = expanded.split(m[0]).join(replacement);
    }
  }
  return { expanded, hints };
}

/**
 * Rewrites `(?P<name>` and `(?<name>` groups to plain groups, returning the names by group number.
 * Escapes and character classes (including `[:alpha:]` inside them) are skipped.
 */
export function stripGroupNames(re: string): { source: string; names: string[] } {
  const names: string[] = [''];
  let out = '';
  let i = 0;
  while (i < re.length) {
    const c = re[i];
    if (c === '\\') {
      if (re[i + 1] === 'Q') {
        const end = re.indexOf('\\E', i + 2);
        const stop = end < 0 ? re.length : end + 2;
        out += re.slice(i, stop);
        i = stop;
        continue;
      }
      out += re.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (re[j] === '^') j++;
      if (re[j] === ']') j++;
      while (j < re.length && re[j] !== ']') {
        if (re[j] === '\\') j += 2;
        else if (re[j] === '[' && re[j + 1] === ':') {
          const close = re.indexOf(':]', j + 2);
          j = close < 0 ? j + 1 : close + 2;
        } else j++;
      }
      out += re.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '(') {
      const named = /^\(\?P?<([^>]*)>/.exec(re.slice(i, i + 256));
      if (named !== null) {
        names.push(named[1]);
        out += '(';
        i += named[0].length;
        continue;
      }
      if (re[i + 1] !== '?') names.push('');
    }
    out += c;
    i++;
  }
  return { source: out, names };
}

/** Expands and compiles a grok pattern. @throws Error for unknown names or an invalid regex. */
export function compileGrok(
  pattern: string,
  namedCapturesOnly: boolean,
  custom: ReadonlyMap<string, string>,
): GrokProgram {
  const { expanded, hints } = expandGrok(pattern, namedCapturesOnly, custom);
  const { source, names } = stripGroupNames(expanded);
  const regex = compileRegex(source);
  return { regex, names, hints, hasNamedGroups: names.some((n) => n !== '') };
}
