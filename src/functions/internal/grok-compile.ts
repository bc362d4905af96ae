/**
 * Grok patterns compiled to Go RE2 regexes, as github.com/elastic/go-grok does it for the
 * reference's ExtractGrokPatterns: `%{SYNTAX}`, `%{SYNTAX:ID}` and `%{SYNTAX:ID:TYPE}` are expanded
 * (repeatedly, up to 1000 passes) into `(?P<ID>…)` groups; dots in ids travel as `___`.
 *
 * Go's regexp accepts the same group name twice, which expanded grok patterns often produce, but
 * re2js does not; so after expansion every named group is rewritten to a plain group and the names
 * are kept in a side table by group number.
 */
import { skipClass } from '../../core/text/literal-prefilter.js';
import { compileRegex, type GoRegex } from '../../core/text/regex.js';
import { GROK_COMPLETE_SETS, GROK_DEFAULT } from './grok-patterns.js';
import { functionLimits } from './limits.js';

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

/**
 * Expands grok references.
 * @throws Error `pattern definition "X" unknown: parsing failed`, or when the expansion would pass
 *   `maxGrokExpansionLength` (limits.ts).
 */
export function expandGrok(
  pattern: string,
  namedCapturesOnly: boolean,
  custom: ReadonlyMap<string, string>,
): { expanded: string; hints: Map<string, string> } {
  const hints = new Map<string, string>();
  const limit = functionLimits().maxGrokExpansionLength;
  let expanded = pattern;
  for (let pass = 1000; pass > 0; pass--) {
    const found = [...expanded.matchAll(REUSE)];
    if (found.length === 0) break;
    // Each distinct reference once per pass: replacing one replaces all its occurrences, and
    // definitions that double (`P1=%{P0}%{P0}` …) would otherwise rescan the text per occurrence.
    const seen = new Set<string>();
    for (const m of found) {
      if (seen.has(m[0])) continue;
      seen.add(m[0]);
      const parts = m[1].split(':');
      const grokId = parts[0];
      const targetId = parts.length > 1 ? parts[1].replaceAll('.', DOT_SEP) : parts[0];
      if (parts.length === 3) hints.set(targetId, parts[2]);
      const known = custom.get(grokId) ?? COMPLETE.get(grokId) ?? DEFAULT.get(grokId);
      if (known === undefined) throw new Error(`pattern definition "${grokId}" unknown: parsing failed`);
      const replacement = namedCapturesOnly && parts.length === 1 ? `(${known})` : `(?P<${targetId}>${known})`;
      // Bounded before the text is built: the expansion can grow geometrically with the nesting.
      const occurrences = expanded.split(m[0]).length - 1;
      const grown = expanded.length + occurrences * (replacement.length - m[0].length);
      if (grown > limit) {
        throw new Error(`the expanded pattern would exceed ${limit} characters (maxGrokExpansionLength)`);
      }
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
      const end = skipClass(re, i);
      out += re.slice(i, end);
      i = end;
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

/** Expands and compiles a grok pattern. @throws Error for unknown names, an invalid regex, or a pattern over the limits. */
export function compileGrok(
  pattern: string,
  namedCapturesOnly: boolean,
  custom: ReadonlyMap<string, string>,
): GrokProgram {
  const { expanded, hints } = expandGrok(pattern, namedCapturesOnly, custom);
  const { source, names } = stripGroupNames(expanded);
  const maxGroups = functionLimits().maxGrokCaptureGroups;
  if (names.length - 1 > maxGroups) {
    throw new Error(`the expanded pattern has ${names.length - 1} capture groups, over the limit of ${maxGroups} (maxGrokCaptureGroups)`);
  }
  const regex = compileRegex(source);
  return { regex, names, hints, hasNamedGroups: names.some((n) => n !== '') };
}
