/**
 * Go `regexp` semantics on top of `re2js` (a linear-time RE2 port).
 *
 * OTTL patterns are Go RE2 patterns: `(?P<name>…)`, inline flags `(?i)` `(?s)` `(?m)` `(?U)`, `\pL`,
 * POSIX classes, `\Q…\E`, and no backreferences or lookaround. `re2js` parses that dialect itself, so
 * a pattern is never translated to a JavaScript `RegExp` (which would lose linear-time matching).
 *
 * What `re2js` does not give us, and this module adds, are Go's iteration and replacement rules:
 * - `FindAll*`: an empty match directly after the previous match is skipped;
 * - `ReplaceAllString`: the same rule, and an empty match after a non-empty one is not replaced;
 * - `Expand` templates: `$1`, `${1}`, `$name`, `${name}`, `$$`; a name is the longest run of letters,
 *   digits and `_`, so `$1a` names the (usually missing, hence empty) group `1a`.
 *
 * Offsets are JavaScript string (UTF-16) indices; they always fall on code point boundaries, so the
 * substrings are the same text Go would cut at UTF-8 byte offsets.
 */
import { RE2JS } from 're2js';
import { containsAll, searchLiterals } from './literal-prefilter.js';
import { RecentlyUsed } from '../recent.js';
import { regexShape, type RegexShape } from './regex-shape.js';

/** A re2js matcher: one text, searched from any position. */
type Matcher = ReturnType<RE2JS['matcher']>;

/** An invalid pattern; the message is Go's (`error parsing regexp: missing closing ): \`(a\``). */
export class RegexSyntaxError extends Error {
  override readonly name = 'RegexSyntaxError';
}

/** A compiled Go-compatible regular expression. Immutable and safe to share between records. */
export class GoRegex {
  /** Go's `SubexpNames()`: index 0 is the whole match (''), unnamed groups are ''. */
  readonly subexpNames: readonly string[];
  /** Number of capturing groups (not counting the whole match). */
  readonly groupCount: number;
  /** Number of named capturing groups. */
  readonly namedGroupCount: number;

  /**
   * @internal use {@link compileRegex}. Either the compiled program, or the shape of a pattern known
   * to be valid whose program is built on first use.
   */
  constructor(
    readonly source: string,
    compiled: RE2JS | RegexShape,
  ) {
    if (compiled instanceof RE2JS) {
      this.program = compiled;
      this.groupCount = compiled.groupCount();
      const names: string[] = new Array<string>(this.groupCount + 1).fill('');
      const named = compiled.namedGroups();
      for (const name of Object.keys(named)) {
        const index = named[name];
        if (index !== undefined) names[index] = name;
      }
      this.subexpNames = names;
    } else {
      this.groupCount = compiled.groupCount;
      this.subexpNames = compiled.subexpNames;
    }
    let count = 0;
    for (const name of this.subexpNames) if (name !== '') count++;
    this.namedGroupCount = count;
  }

  private program: RE2JS | undefined;

  /** The program, built on first use: most patterns of a reloaded config wait for their first match. */
  private get re(): RE2JS {
    return (this.program ??= compileProgram(this.source));
  }

  private literalsFound: { readonly required: readonly string[]; readonly prefix: string; readonly rest: readonly string[] } | undefined;

  /** The literals searches look for first (see `literal-prefilter.ts`), read from the pattern once; `rest` is `required` without the prefix. */
  private get literals(): { readonly required: readonly string[]; readonly prefix: string; readonly rest: readonly string[] } {
    if (this.literalsFound === undefined) {
      const { required, prefix } = searchLiterals(this.source);
      this.literalsFound = { required, prefix, rest: required.filter((l) => l !== prefix) };
    }
    return this.literalsFound;
  }

  /**
   * False when the text lacks a literal every match must contain (see `literal-prefilter.ts`): the
   * search can then be skipped (every search of a whole text checks it first). True means only "maybe".
   */
  mayMatch(s: string): boolean {
    const { required } = this.literals;
    return required.length === 0 || containsAll(s, required);
  }

  /**
   * The leftmost match at or after `pos`, into `m`. When every match starts with a literal (see
   * `literalPrefix`), the search starts where it next occurs, found by a native substring search,
   * and stops there when it does not occur: no match can start anywhere else, so the match is the
   * same, and re2js (a VM in JavaScript) skips the text in between.
   */
  private find(m: Matcher, s: string, pos: number): boolean {
    const { prefix } = this.literals;
    if (prefix !== '') {
      const at = s.indexOf(prefix, pos);
      if (at < 0) return false;
      pos = at;
    }
    return m.find(pos);
  }

  /**
   * A matcher on `s` at its first match, or null. The required literals are looked for first, but
   * for the prefix, which the search itself looks for: each is looked for once.
   */
  private firstMatch(s: string): Matcher | null {
    if (!containsAll(s, this.literals.rest)) return null;
    const m = this.re.matcher(s);
    return this.find(m, s, 0) ? m : null;
  }

  /** Unanchored search, like Go's `MatchString`. */
  test(s: string): boolean {
    return this.mayMatch(s) && this.re.test(s);
  }

  /**
   * Go's `FindStringSubmatch`: the first match and its groups (a group that did not take part is
   * ''), or null when there is no match.
   */
  findSubmatch(s: string): string[] | null {
    const m = this.firstMatch(s);
    if (m === null) return null;
    const out: string[] = new Array<string>(this.groupCount + 1);
    for (let g = 0; g <= this.groupCount; g++) out[g] = m.group(g) ?? '';
    return out;
  }

  /**
   * Go's `FindAllStringSubmatchIndex(s, -1)`: for each successive match, `[start0, end0, start1,
   * end1, …]` with -1 for groups that did not take part. Empty matches abutting a previous match
   * are skipped, as in Go.
   */
  findAllSubmatchIndex(s: string): number[][] {
    return [...this.eachSubmatchIndex(s)];
  }

  /** {@link GoRegex.findAllSubmatchIndex} one match at a time, so long inputs need no array of all matches. */
  *eachSubmatchIndex(s: string): Generator<number[]> {
    const m = this.firstMatch(s);
    if (m === null) return;
    const end = s.length;
    let pos = 0;
    let prevMatchEnd = -1;
    // The first match is found above; each turn ends by finding the next.
    for (;;) {
      const start0 = m.start();
      const end0 = m.end();
      let accept = true;
      if (end0 === pos) {
        if (start0 === prevMatchEnd) accept = false;
        const width = charWidth(s, pos);
        pos = width > 0 ? pos + width : end + 1;
      } else {
        pos = end0;
      }
      prevMatchEnd = end0;
      if (accept) yield this.indices(m);
      if (pos > end || !this.find(m, s, pos)) return;
    }
  }

  /**
   * Go's `ReplaceAllString(s, template)`: every match is replaced by the template expanded with
   * {@link GoRegex.expand} rules.
   * @throws TextLimitError when the result would be longer than `maxLength` (checked as it grows).
   */
  replaceAll(s: string, template: string, maxLength = Infinity): string {
    // A template without `$` needs no submatches, which spares re2js the capture pass.
    if (template.indexOf('$') < 0) return this.replaceAllWith(s, () => template, false, maxLength);
    return this.replaceAllWith(s, (match) => this.expand(template, s, match, maxLength), true, maxLength);
  }

  /**
   * The Go `replaceAll` loop with a callback producing each replacement from the match indices
   * (`[start0, end0, start1, end1, …]`; only `[start0, end0]` when `withGroups` is false). Without
   * a match, `s` itself.
   * @throws TextLimitError when the result would be longer than `maxLength` (checked as it grows).
   */
  replaceAllWith(s: string, replacement: (match: number[]) => string, withGroups = true, maxLength = Infinity): string {
    const m = this.firstMatch(s);
    if (m === null) return s;
    const endPos = s.length;
    let lastMatchEnd = 0;
    let searchPos = 0;
    const buf: string[] = [];
    let length = 0;
    // The first match is found above; each turn ends by finding the next.
    for (;;) {
      const a0 = m.start();
      const a1 = m.end();
      const between = s.slice(lastMatchEnd, a0);
      buf.push(between);
      length += between.length;
      // Go does not replace an empty match that directly follows another match.
      if (a1 > lastMatchEnd || a0 === 0) {
        const r = replacement(withGroups ? this.indices(m) : [a0, a1]);
        buf.push(r);
        length += r.length;
      }
      // Checked per match so a template that multiplies its input stops before memory does.
      if (length > maxLength) throw new TextLimitError(maxLength);
      lastMatchEnd = a1;
      const width = charWidth(s, searchPos);
      if (searchPos + width > a1) searchPos += width;
      else if (searchPos + 1 > a1) searchPos++;
      else searchPos = a1;
      if (searchPos > endPos || !this.find(m, s, searchPos)) break;
    }
    if (length + (endPos - lastMatchEnd) > maxLength) throw new TextLimitError(maxLength);
    buf.push(s.slice(lastMatchEnd));
    return buf.join('');
  }

  /**
   * Go's `ExpandString`: `$$` is `$`; `$n`/`${n}` a group by number; `$name`/`${name}` by name; an
   * unknown or non-participating group expands to ''; a malformed reference (`$` followed by
   * nothing usable, `${x` without `}`) is copied literally.
   */
  expand(template: string, src: string, match: readonly number[], maxLength = Infinity): string {
    const parts = this.parsedTemplate(template);
    if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
    // Pieces joined once: concatenating thousands of short pieces one by one builds a rope the
    // garbage collector then spends most of the time on.
    const pieces: string[] = [];
    let length = 0;
    for (const part of parts) {
      let piece = '';
      if (typeof part === 'string') {
        piece = part;
      } else if (part >= 0 && 2 * part + 1 < match.length) {
        const start = match[2 * part] as number;
        if (start >= 0) piece = src.slice(start, match[2 * part + 1]);
      }
      length += piece.length;
      if (length > maxLength) throw new TextLimitError(maxLength);
      pieces.push(piece);
    }
    return pieces.join('');
  }

  private lastTemplate: { text: string; parts: readonly (string | number)[] } | undefined;

  /**
   * The template cut into literal text and group numbers (-1 for an unknown name), once per
   * template: expansion is then linear in its output, however many references the template holds.
   */
  private parsedTemplate(template: string): readonly (string | number)[] {
    if (this.lastTemplate?.text === template) return this.lastTemplate.parts;
    const parts: (string | number)[] = [];
    let literal = '';
    let rest = template;
    for (;;) {
      const dollar = rest.indexOf('$');
      if (dollar < 0) break;
      literal += rest.slice(0, dollar);
      rest = rest.slice(dollar + 1);
      if (rest.startsWith('$')) {
        literal += '$';
        rest = rest.slice(1);
        continue;
      }
      const ref = extractReference(rest);
      if (ref === null) {
        literal += '$';
        continue;
      }
      rest = rest.slice(ref.consumed);
      if (literal !== '') parts.push(literal);
      literal = '';
      parts.push(ref.num >= 0 ? ref.num : this.subexpNames.indexOf(ref.name, 1));
    }
    literal += rest;
    if (literal !== '') parts.push(literal);
    this.lastTemplate = { text: template, parts };
    return parts;
  }

  private indices(m: Matcher): number[] {
    const n = this.groupCount;
    const out: number[] = new Array<number>(2 * n + 2);
    for (let g = 0; g <= n; g++) {
      out[2 * g] = m.start(g);
      out[2 * g + 1] = m.end(g);
    }
    return out;
  }
}

/**
 * Recently compiled patterns. A reload recompiles a config whose patterns are mostly unchanged, and
 * compiling is the costliest part of compiling a statement that has one; a GoRegex is immutable,
 * so one compiled pattern can serve every rule that writes it.
 */
const recent = new RecentlyUsed<GoRegex>(1024);

/**
 * Compiles a Go RE2 pattern (or returns the same pattern compiled recently). A pattern that
 * `regex-shape.ts` recognizes as valid gets its program on first use; any other is compiled now.
 * @throws RegexSyntaxError with Go's message when the pattern is invalid (report it at compile time).
 */
export function compileRegex(pattern: string): GoRegex {
  const known = recent.get(pattern);
  if (known !== undefined) return known;
  const compiled = new GoRegex(pattern, regexShape(pattern) ?? compileProgram(pattern));
  recent.add(pattern, compiled);
  return compiled;
}

/** The re2js program of a pattern. @throws RegexSyntaxError with Go's message when the pattern is invalid. */
function compileProgram(pattern: string): RE2JS {
  try {
    return RE2JS.compile(pattern);
  } catch (e) {
    throw new RegexSyntaxError(e instanceof Error ? e.message : String(e));
  }
}

/** A result that would pass the caller's length bound (the functions turn it into a run-time error). */
export class TextLimitError extends Error {
  override readonly name = 'TextLimitError';
  constructor(readonly limit: number) {
    super(`the result would exceed ${limit} characters`);
  }
}

/** Width, in UTF-16 units, of the code point at `i` (0 at the end of the string). */
function charWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const NAME_CHAR = /^[\p{L}\p{Nd}_]/u;

/** Go's `extract`: parses the reference after a `$`; null when malformed. */
function extractReference(str: string): { name: string; num: number; consumed: number } | null {
  if (str === '') return null;
  let i = 0;
  const brace = str.charCodeAt(0) === 0x7b; /* { */
  if (brace) i = 1;
  const nameStart = i;
  while (i < str.length) {
    const cp = str.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    if (!NAME_CHAR.test(ch)) break;
    i += ch.length;
  }
  if (i === nameStart) return null;
  const name = str.slice(nameStart, i);
  if (brace) {
    if (i >= str.length || str.charCodeAt(i) !== 0x7d /* } */) return null;
    i++;
  }
  let num = 0;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 0x30 || c > 0x39 || num >= 1e8) {
      num = -1;
      break;
    }
    num = num * 10 + (c - 0x30);
  }
  if (name.length > 1 && name.charCodeAt(0) === 0x30) num = -1;
  return { name, num, consumed: i };
}
