/**
 * A cheap pre-check for regex searches, as the reference's extract-patterns prefilter does: the
 * literal substrings every match must contain (up to 4, each at least 3 characters) are looked for
 * with a plain substring search first; when one is missing the regex cannot match and is not run.
 *
 * Extraction is deliberately conservative (it may find nothing, never a wrong literal): only runs
 * of plain characters at the top level of the pattern count — outside groups, classes and escapes
 * other than escaped punctuation — and a character followed by a quantifier is left out. Patterns
 * with a case-insensitive flag (`(?i)`) or a top-level alternation (`a|b`) get no prefilter.
 */

const MAX_LITERALS = 4;
const MIN_LITERAL_LENGTH = 3;

/** Characters that end a literal run (regex syntax at the top level). */
const SPECIAL = new Set(['.', '^', '$', '[', ']', '(', ')', '{', '}', '*', '+', '?', '|', '\\']);
const QUANTIFIER_START = new Set(['*', '+', '?', '{']);

/**
 * The literals every match of `pattern` (Go RE2 syntax) must contain: the longest runs first, at
 * most 4, each of 3 characters or more; empty when no sound literal is found.
 */
export function requiredLiterals(pattern: string): string[] {
  return searchLiterals(pattern).required;
}

/**
 * The literal every match of `pattern` starts with (a run of plain characters at its very start),
 * or '' when there is none: a search can skip to where it next occurs, since no match starts
 * anywhere else. The same conservative rules as {@link requiredLiterals}.
 */
export function literalPrefix(pattern: string): string {
  return searchLiterals(pattern).prefix;
}

/** What a search may look for before running the regex: {@link requiredLiterals} and {@link literalPrefix}, from one reading of the pattern. */
export function searchLiterals(pattern: string): { readonly required: string[]; readonly prefix: string } {
  const runs = literalRuns(pattern);
  const required = runs
    .map((r) => r.text)
    .filter((t) => t.length >= MIN_LITERAL_LENGTH)
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_LITERALS);
  const first = runs[0];
  return { required, prefix: first !== undefined && first.start === 0 ? first.text : '' };
}

/**
 * The runs of plain characters at the top level of `pattern`, in order, with where each starts
 * in it; none when literals cannot be found soundly (a case-insensitive flag, a top-level
 * alternation, `\Q…\E`).
 */
function literalRuns(pattern: string): { readonly text: string; readonly start: number }[] {
  if (/\(\?[a-zA-Z]*i[a-zA-Z]*[):]/.test(pattern)) return [];
  const runs: { text: string; start: number }[] = [];
  let run = '';
  let runStart = 0;
  const endRun = () => {
    if (run !== '') runs.push({ text: run, start: runStart });
    run = '';
  };
  const add = (ch: string, at: number) => {
    if (run === '') runStart = at;
    run += ch;
  };
  let depth = 0;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined || next === 'Q') return [];
      // Only escaped punctuation is a literal character (`\.`, `\-`); `\d`, `\b`, `\pL`, `\x41`… end the run.
      const literal = depth === 0 && !/[0-9A-Za-z]/.test(next) ? next : undefined;
      const at = i;
      i = afterEscape(pattern, i);
      if (literal !== undefined && !QUANTIFIER_START.has(pattern[i] ?? '')) add(literal, at);
      else endRun();
      continue;
    }
    if (c === '[') {
      endRun();
      i = skipClass(pattern, i);
      continue;
    }
    if (c === '(') {
      endRun();
      depth++;
      i++;
      continue;
    }
    if (c === ')') {
      depth--;
      i++;
      continue;
    }
    if (c === '|' && depth === 0) return [];
    if (depth > 0 || SPECIAL.has(c)) {
      endRun();
      i++;
      continue;
    }
    const cp = pattern.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const at = i;
    i += ch.length;
    // A quantified character is optional or repeated: it cannot be part of a required literal.
    if (QUANTIFIER_START.has(pattern[i] ?? '')) endRun();
    else add(ch, at);
  }
  endRun();
  return runs;
}

/**
 * Index after the escape starting at `start` (a backslash): its argument too, so that `\p{Greek}`,
 * `\x41` or the octal `\101` leave no letters or digits behind to be read as literal text.
 */
function afterEscape(re: string, start: number): number {
  const kind = re[start + 1];
  if ((kind === 'p' || kind === 'P' || kind === 'x') && re[start + 2] === '{') {
    const close = re.indexOf('}', start + 3);
    return close < 0 ? re.length : close + 1;
  }
  if (kind === 'p' || kind === 'P') return start + 3;
  if (kind === 'x') return start + 4;
  if (kind !== undefined && kind >= '0' && kind <= '7') {
    let j = start + 2;
    while (j < start + 4 && re[j] >= '0' && re[j] <= '7') j++;
    return j;
  }
  return start + 2;
}

/** Index after the character class starting at `start` (`[`), following RE2's rules for `]` and `[:x:]`. */
export function skipClass(re: string, start: number): number {
  let j = start + 1;
  if (re[j] === '^') j++;
  if (re[j] === ']') j++;
  while (j < re.length && re[j] !== ']') {
    if (re[j] === '\\') j += 2;
    else if (re[j] === '[' && re[j + 1] === ':') {
      const close = re.indexOf(':]', j + 2);
      j = close < 0 ? j + 1 : close + 2;
    } else j++;
  }
  return j + 1;
}

/** Whether `s` contains every literal (true when there are none). */
export function containsAll(s: string, literals: readonly string[]): boolean {
  for (const l of literals) if (!s.includes(l)) return false;
  return true;
}
