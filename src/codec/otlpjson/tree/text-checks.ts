/**
 * What `JSON.parse` may lose, found in the text it parsed, for texts the tree walk's tally does not
 * vouch for (`tally.ts`: pretty-printed ones, escapes, numbers such as `1.0`):
 * - a repeated key keeps only its last value (the text reader reads every one, and may reject an
 *   earlier one, or two values of one AnyValue): the keys written in the text must number exactly
 *   the members the tree walk counted;
 * - a number is rounded to a double: a plain integer literal beyond 2^53 is refused by the tree
 *   readers, but a literal with a fraction or an exponent that is not an integer can round to one
 *   (`1.00000000000000001`, `1e-400`); that takes an exponent, or a fraction and 16 or more
 *   characters, so such a literal is allowed only after the name of a double field;
 * - a key written with `\u` escapes is a key the two checks above cannot read.
 * One pass over the colons does the first two.
 */

/** Fields whose numbers are doubles: a long or exponent literal there is read the same by both paths. */
const DOUBLE_FIELDS = new Set(
  'doubleValue double_value asDouble as_double sum min max zeroThreshold zero_threshold quantile value'.split(' '),
);

/** A key that holds a `\u` escape: the last escape, then the rest of the key, then the colon. */
const ESCAPED_KEY = /\\u[0-9a-fA-F]{4}[^"\\]*"[ \t\n\r]*:/;

const BACKSLASH = 0x5c;
const QUOTE = 0x22;

/**
 * Whether the text has exactly `keys` object keys, no integer field whose literal `JSON.parse` may
 * have rounded, and no escaped key. False means "read it from the text", never "invalid".
 */
export function textAgrees(text: string, keys: number): boolean {
  if (text.includes('\\u') && ESCAPED_KEY.test(text)) return false;
  let n = 0;
  // Single-character search is several times faster than searching for `":`.
  for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', c + 1)) {
    const i = c - 1;
    const before = text.charCodeAt(i);
    if (before !== QUOTE) {
      // Whitespace between a key and its colon (pretty printers put it after the colon): leave
      // such text to the text reader rather than count the keys another way.
      if (isSpace(before) && spaceAfterQuote(text, i)) return false;
      continue;
    }
    if (escaped(text, i)) continue;
    n++;
    let p = c + 1;
    let v = text.charCodeAt(p);
    while (isSpace(v)) v = text.charCodeAt(++p);
    if (v === 0x2d || (v >= 0x30 && v <= 0x39)) {
      if (longNumber(text, p) && !DOUBLE_FIELDS.has(keyBefore(text, i))) return false;
    } else if (v === 0x5b && text.startsWith('ounts', i - 5) && !plainIntegers(text, p)) {
      // `bucketCounts`/`bucket_counts`: a list of integers.
      return false;
    }
  }
  return n === keys;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Whitespace before and after the value (the text holds one JSON value). */
export function outerSpace(text: string): number {
  let start = 0;
  while (isSpace(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return text.length - (end - start);
}

/**
 * A number token (after `:`, `,` or `[`, where numbers start; or the same characters in a string)
 * with an exponent or with 16 digits or more before any fraction: the only literals shorter than
 * `String(n)` (see `tally.ts`).
 */
const SHORT_LITERAL = /[:,[][ \t\n\r]*-?(?:\d+(?:\.\d+)?[eE]|\d{16})/;

/** Whether the text may hold a number written shorter than `String(n)` (false: it surely holds none). */
export const hasShortLiteral = (text: string): boolean => SHORT_LITERAL.test(text);

/** Whether the whitespace ending at `i` follows an unescaped quote (maybe a key's; the caller does not care which). */
function spaceAfterQuote(text: string, i: number): boolean {
  while (isSpace(text.charCodeAt(i))) i--;
  return text.charCodeAt(i) === QUOTE && !escaped(text, i);
}

/** Whether the quote at `i` follows an odd number of backslashes: inside a string, not the end of a key. */
function escaped(text: string, i: number): boolean {
  let b = 0;
  while (text.charCodeAt(i - 1 - b) === BACKSLASH) b++;
  return b % 2 === 1;
}

/** Whether the number token at `p` has an exponent, or a fraction and 16 or more characters. */
function longNumber(text: string, p: number): boolean {
  const start = p;
  let fraction = false;
  for (;;) {
    const c = text.charCodeAt(p);
    if (c === 0x65 || c === 0x45) return true;
    if (c === 0x2e) fraction = true;
    else if (!((c >= 0x30 && c <= 0x39) || c === 0x2d)) break;
    p++;
  }
  return fraction && p - start >= 16;
}

/**
 * Whether the array at `p` holds no `.`, `e` or `E` up to its first `]` (a list of integers holds
 * no `]` before its end; an element that is not an integer is refused by the tree readers).
 */
function plainIntegers(text: string, p: number): boolean {
  for (;;) {
    const c = text.charCodeAt(++p);
    if (c === 0x5d || Number.isNaN(c)) return true;
    if (c === 0x2e || c === 0x65 || c === 0x45) return false;
  }
}

/** The key that ends with the quote at `end` (keys here hold no escapes, see ESCAPED_KEY). */
function keyBefore(text: string, end: number): string {
  return text.slice(text.lastIndexOf('"', end - 1) + 1, end);
}
