/**
 * A quick, conservative recognizer for common Go RE2 patterns that are certainly valid.
 *
 * Compiling a pattern with `re2js` builds its whole program, which costs far more than reading it;
 * a config reload compiles dozens of patterns, most of which are never used before the next reload.
 * `re2js` exposes no parse-only entry point, so this module answers "certainly valid" for a plain
 * subset of the syntax (literals, `.`, `^`, `$`, `|`, common escapes, simple classes, quantifiers,
 * counted repeats, capturing, non-capturing and `(?P<name>…)` groups, `(?imsU)` flags) and reports
 * the group counts compilation would. Anything else, and anything Go could reject (nested repeats,
 * big repeat products, deep nesting, stray `]` `{` `}`, surrogates), answers null: the caller then
 * compiles at once, so an invalid pattern is always reported with `re2js`'s (Go's) message.
 */

/** The capture groups of a pattern known to be valid. */
export interface RegexShape {
  /** Capturing groups, not counting the whole match. */
  readonly groupCount: number;
  /** Go's `SubexpNames()`: index 0 is the whole match (''), unnamed groups are ''. */
  readonly subexpNames: readonly string[];
}

/** Patterns longer than this are always compiled at once (size limits are not worth estimating). */
const MAX_LENGTH = 4096;
/** Nesting deeper than this is always compiled at once (Go's limit is 1000). */
const MAX_DEPTH = 100;
/** Bound on (sum of repeat counts) × pattern length, far below Go's program size limit. */
const MAX_REPEAT_WEIGHT = 200_000;

/** Escapes accepted after `\` besides ASCII punctuation: classes, assertions and control characters. */
const LETTER_ESCAPES = 'dDsSwWbBAznrtfv';
/** Class escapes usable inside `[…]`. */
const CLASS_ESCAPES = 'dDsSwWnrtfv';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAlnum = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isPunct = (c: number): boolean => c > 0x20 && c < 0x7f && !isAlnum(c) && c !== 0x5f; /* _ */
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** The shape of `pattern` when it is certainly valid Go RE2 syntax; null when unsure. */
export function regexShape(pattern: string): RegexShape | null {
  if (pattern.length > MAX_LENGTH) return null;
  const n = pattern.length;
  const names: string[] = [''];
  // Per open group: whether a counted repeat occurs inside it (a repeated group must not hold one).
  const counted: boolean[] = [];
  let anyCounted = false;
  let repeatWeight = 0;
  // What the last item was: something a quantifier may follow, a quantifier, or neither.
  let last: 'atom' | 'group' | 'repeated' | 'none' = 'none';
  let groupHadCounted = false;
  let i = 0;
  while (i < n) {
    const c = pattern.charCodeAt(i);
    switch (c) {
      case 0x28 /* ( */: {
        if (counted.length >= MAX_DEPTH) return null;
        if (pattern.charCodeAt(i + 1) === 0x3f /* ? */) {
          const end = groupPrefix(pattern, i + 2, names);
          if (end < 0) return null;
          if (pattern.charCodeAt(end - 1) === 0x29 /* ) */) {
            // `(?flags)`: not an operand.
            i = end;
            last = 'none';
            continue;
          }
          i = end;
        } else {
          names.push('');
          i++;
        }
        counted.push(false);
        last = 'none';
        continue;
      }
      case 0x29 /* ) */: {
        const inner = counted.pop();
        if (inner === undefined) return null;
        if (inner && counted.length > 0) counted[counted.length - 1] = true;
        groupHadCounted = inner;
        last = 'group';
        i++;
        continue;
      }
      case 0x2a /* * */:
      case 0x2b /* + */:
      case 0x3f /* ? */:
      case 0x7b /* { */: {
        if (last !== 'atom' && last !== 'group') return null;
        if (last === 'group' && groupHadCounted) return null;
        if (c === 0x7b) {
          const repeat = countedRepeat(pattern, i);
          if (repeat === null) return null;
          i = repeat.end;
          repeatWeight += repeat.count;
          anyCounted = true;
          if (counted.length > 0) counted[counted.length - 1] = true;
        } else {
          i++;
        }
        if (pattern.charCodeAt(i) === 0x3f /* ? non-greedy */) i++;
        last = 'repeated';
        continue;
      }
      case 0x7c /* | */:
      case 0x5e /* ^ */:
      case 0x24 /* $ */:
        last = 'none';
        i++;
        continue;
      case 0x5b /* [ */:
        i = classEnd(pattern, i + 1);
        if (i < 0) return null;
        last = 'atom';
        continue;
      case 0x5c /* \ */: {
        const e = pattern.charCodeAt(i + 1);
        if (Number.isNaN(e)) return null;
        if (isPunct(e)) last = 'atom';
        else if (LETTER_ESCAPES.includes(String.fromCharCode(e))) last = 'bBAz'.includes(String.fromCharCode(e)) ? 'none' : 'atom';
        else return null;
        i += 2;
        continue;
      }
      case 0x5d /* ] */:
      case 0x7d /* } */:
        return null;
      default:
        if (isSurrogate(c)) return null;
        last = 'atom';
        i++;
    }
  }
  if (counted.length > 0) return null;
  if (anyCounted && repeatWeight * n > MAX_REPEAT_WEIGHT) return null;
  return { groupCount: names.length - 1, subexpNames: names };
}

/**
 * After `(?` at `i`: `:` (non-capturing), `P<name>` (pushed onto `names`), or distinct flags from
 * `imsU` closed by `)` or `:`. Returns the index after the prefix, or -1 when unsure.
 */
function groupPrefix(pattern: string, i: number, names: string[]): number {
  const c = pattern.charCodeAt(i);
  if (c === 0x3a /* : */) return i + 1;
  if (c === 0x50 /* P */) {
    if (pattern.charCodeAt(i + 1) !== 0x3c /* < */) return -1;
    let j = i + 2;
    while (j < pattern.length && (isAlnum(pattern.charCodeAt(j)) || pattern.charCodeAt(j) === 0x5f)) j++;
    if (j === i + 2 || pattern.charCodeAt(j) !== 0x3e /* > */) return -1;
    const name = pattern.slice(i + 2, j);
    if (names.includes(name)) return -1;
    names.push(name);
    return j + 1;
  }
  let j = i;
  let seen = '';
  while (j < pattern.length && 'imsU'.includes(pattern[j] as string) && !seen.includes(pattern[j] as string)) seen += pattern[j++];
  const close = pattern.charCodeAt(j);
  if (seen === '' || (close !== 0x29 && close !== 0x3a)) return -1;
  return j + 1;
}

/** `{n}`, `{n,}` or `{n,m}` at `i` with n ≤ m ≤ 1000: its end and largest count; null otherwise. */
function countedRepeat(pattern: string, i: number): { end: number; count: number } | null {
  let j = i + 1;
  const min = digits(pattern, j);
  if (min === null) return null;
  j = min.end;
  let max = min.value;
  if (pattern.charCodeAt(j) === 0x2c /* , */) {
    j++;
    if (pattern.charCodeAt(j) !== 0x7d) {
      const m = digits(pattern, j);
      if (m === null || m.value < min.value) return null;
      max = m.value;
      j = m.end;
    }
  }
  if (pattern.charCodeAt(j) !== 0x7d /* } */ || max > 1000) return null;
  return { end: j + 1, count: Math.max(max, 1) };
}

/** One to four decimal digits at `i`. */
function digits(pattern: string, i: number): { value: number; end: number } | null {
  let j = i;
  while (j < pattern.length && j - i < 5 && isDigit(pattern.charCodeAt(j))) j++;
  if (j === i || j - i > 4) return null;
  return { value: Number(pattern.slice(i, j)), end: j };
}

/**
 * A class body from `i` (after `[`): optional `^`, then literal characters, class escapes, `\`
 * with punctuation, and ranges between ASCII letters or digits in order. Returns the index after
 * `]`, or -1 when unsure (a leading `]`, nested `[`, a stray `-`, POSIX classes…).
 */
function classEnd(pattern: string, i: number): number {
  let j = i;
  if (pattern.charCodeAt(j) === 0x5e /* ^ */) j++;
  if (pattern.charCodeAt(j) === 0x5d /* ] */) return -1;
  while (j < pattern.length) {
    const c = pattern.charCodeAt(j);
    if (c === 0x5d) return j + 1;
    if (c === 0x5b /* [ */ || c === 0x2d /* - */ || isSurrogate(c)) return -1;
    if (c === 0x5c /* \ */) {
      const e = pattern.charCodeAt(j + 1);
      if (!(isPunct(e) || CLASS_ESCAPES.includes(String.fromCharCode(e)))) return -1;
      j += 2;
      continue;
    }
    if (pattern.charCodeAt(j + 1) === 0x2d && pattern.charCodeAt(j + 2) !== 0x5d) {
      const hi = pattern.charCodeAt(j + 2);
      if (!isAlnum(c) || !isAlnum(hi) || hi < c) return -1;
      j += 3;
      continue;
    }
    j++;
  }
  return -1;
}
