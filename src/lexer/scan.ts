/**
 * A hand-written scanner for the parser's fast path (`parser/fast-parse.ts`): the tokens of
 * `tokens.ts`, matched by the same rules, into reused typed arrays instead of token objects.
 *
 * It only has to be right when it succeeds: on anything the Chevrotain lexer would reject, and on
 * the lambda tokens (`=>`, `_`) and non-ASCII text outside strings (rare, with more rules), it
 * returns -1 and the caller falls back to the Chevrotain front end, the only producer of syntax
 * diagnostics. The differential tests (`test/parser/fast-parse.test.ts`) hold the two to the same
 * trees.
 */

/** Token kinds. The comparison operators are consecutive, so a range test finds them. */
export const Tok = {
  EOF: 0,
  Bytes: 1,
  Float: 2,
  Int: 3,
  String: 4,
  Nil: 5,
  Not: 6,
  Or: 7,
  And: 8,
  EqEq: 9,
  NotEq: 10,
  GtEq: 11,
  LtEq: 12,
  Gt: 13,
  Lt: 14,
  Plus: 15,
  Minus: 16,
  Slash: 17,
  Star: 18,
  True: 19,
  False: 20,
  Equal: 21,
  LParen: 22,
  RParen: 23,
  LBrace: 24,
  RBrace: 25,
  Colon: 26,
  Comma: 27,
  Dot: 28,
  LBracket: 29,
  RBracket: 30,
  Uppercase: 31,
  /** `where`: a keyword that is also a lower-case name (the `Lowercase` category in tokens.ts). */
  Where: 32,
  Lowercase: 33,
} as const;

/** The words that lex as keywords when they stand alone (tokens.ts `keyword(...)`). */
const KEYWORDS: ReadonlyMap<string, number> = new Map([
  ['nil', Tok.Nil],
  ['not', Tok.Not],
  ['or', Tok.Or],
  ['and', Tok.And],
  ['true', Tok.True],
  ['false', Tok.False],
  ['where', Tok.Where],
]);

/** One character each, the punctuation that stands for itself (by character code). */
const SINGLE: ReadonlyMap<number, number> = new Map(
  Object.entries({ '+': Tok.Plus, '-': Tok.Minus, '/': Tok.Slash, '*': Tok.Star, '(': Tok.LParen, ')': Tok.RParen, '{': Tok.LBrace, '}': Tok.RBrace, ':': Tok.Colon, ',': Tok.Comma, '.': Tok.Dot, '[': Tok.LBracket, ']': Tok.RBracket }).map(([ch, kind]) => [ch.charCodeAt(0), kind]),
);

/** The scanned tokens: kind, start and end offsets; the entry at `count` is EOF. Reused by every scan. */
export const scanned = { kinds: new Uint8Array(64), starts: new Int32Array(64), ends: new Int32Array(64), count: 0 };

/** Drops buffers a very long text grew, so that one huge rule does not hold them for good. */
export function releaseLargeBuffers(): void {
  if (scanned.kinds.length > 1 << 14) Object.assign(scanned, { kinds: new Uint8Array(64), starts: new Int32Array(64), ends: new Int32Array(64), count: 0 });
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** tokens.ts `WORD_CHAR`: what may neither precede nor follow a keyword. */
const isWordChar = (c: number): boolean => isDigit(c) || isLower(c) || isUpper(c) || c === 95;
/** The ASCII characters of `\s`. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

function push(kind: number, start: number, end: number): void {
  let { kinds, starts, ends } = scanned;
  const n = scanned.count;
  if (n + 1 >= kinds.length) {
    kinds = new Uint8Array(kinds.length * 2);
    kinds.set(scanned.kinds);
    starts = new Int32Array(kinds.length);
    starts.set(scanned.starts);
    ends = new Int32Array(kinds.length);
    ends.set(scanned.ends);
    Object.assign(scanned, { kinds, starts, ends });
  }
  kinds[n] = kind;
  starts[n] = start;
  ends[n] = end;
  scanned.count = n + 1;
}

/** The end of a run of digits from `i`. */
function digits(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** A float's optional exponent after `i` (`[eE][-+]?\d+`), or `i` if there is none. */
function exponent(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 101 && c !== 69) return i;
  let j = i + 1;
  const s = text.charCodeAt(j);
  if (s === 43 || s === 45) j++;
  const end = digits(text, j);
  return end > j ? end : i;
}

/** The end of a string literal opened at `i` (`"(?:\\.|[^\\"])*"`), or -1 if it is not closed. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c === 92) {
      // `.` matches neither the end nor a line terminator.
      const e = text.charCodeAt(++j);
      if (Number.isNaN(e) || e === 10 || e === 13 || e === 0x2028 || e === 0x2029) return -1;
    }
  }
  return -1;
}

/** Scans `text` into `scanned`; false if the fast path cannot take it (see the file comment). */
export function scan(text: string): boolean {
  scanned.count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const start = i;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      if (c === 48 && text.charCodeAt(i + 1) === 120 && isHex(text.charCodeAt(i + 2))) {
        i += 3;
        while (i < n && isHex(text.charCodeAt(i))) i++;
        push(Tok.Bytes, start, i);
        continue;
      }
      i = digits(text, i);
      if (text.charCodeAt(i) === 46) {
        i = exponent(text, digits(text, i + 1));
        push(Tok.Float, start, i);
      } else push(Tok.Int, start, i);
      continue;
    }
    if (c === 46 && isDigit(text.charCodeAt(i + 1))) {
      i = exponent(text, digits(text, i + 1));
      push(Tok.Float, start, i);
      continue;
    }
    if (isLower(c)) {
      let word = i + 1;
      while (word < n && isWordChar(text.charCodeAt(word))) word++;
      const alone = word - start <= 5 && (start === 0 || !isWordChar(text.charCodeAt(start - 1)));
      const keyword = alone ? KEYWORDS.get(text.slice(start, word)) : undefined;
      if (keyword !== undefined) {
        i = word;
        push(keyword, start, i);
        continue;
      }
      i++;
      for (let d = text.charCodeAt(i); i < n && (isLower(d) || isDigit(d) || d === 95); d = text.charCodeAt(++i));
      push(Tok.Lowercase, start, i);
      continue;
    }
    if (isUpper(c)) {
      i++;
      for (let d = text.charCodeAt(i); i < n && (isUpper(d) || isDigit(d) || d === 95); d = text.charCodeAt(++i));
      push(Tok.Uppercase, start, i);
      continue;
    }
    if (c === 34) {
      i = stringEnd(text, i);
      if (i < 0) return false;
      push(Tok.String, start, i);
      continue;
    }
    const next = text.charCodeAt(i + 1);
    let kind: number | undefined;
    let width = 1;
    if (c === 61) {
      if (next === 62) return false; // `=>`: lambdas take the Chevrotain path
      kind = next === 61 ? Tok.EqEq : Tok.Equal;
    } else if (c === 33) {
      if (next !== 61) return false;
      kind = Tok.NotEq;
    } else if (c === 62) kind = next === 61 ? Tok.GtEq : Tok.Gt;
    else if (c === 60) kind = next === 61 ? Tok.LtEq : Tok.Lt;
    else kind = SINGLE.get(c);
    // Anything else (`_`, non-ASCII, a character no token matches) takes the Chevrotain path.
    if (kind === undefined) return false;
    if (kind === Tok.EqEq || kind === Tok.NotEq || kind === Tok.GtEq || kind === Tok.LtEq) width = 2;
    i += width;
    push(kind, start, i);
  }
  push(Tok.EOF, n, n);
  scanned.count--;
  return true;
}
