/**
 * The tally of a tree walk that proves `JSON.parse` lost nothing of the text.
 *
 * `JSON.parse` keeps only the last of a repeated key, rounds numbers and decodes escapes; the tree
 * cannot show any of it, so the walk tallies what the text must hold at the least:
 * - `chars`, the length of the tree written back compactly, every number as `String(n)`. A text
 *   is never shorter than that — whitespace, escapes, longer number forms and dropped members only
 *   add — unless a number is written shorter than `String(n)`: with an exponent (`1e3` for 1000),
 *   or, for the powers of ten from 1e16 to 1e20, as the nines that round to them
 *   (`99999999999999999999` for 1e20, one character less). Only numbers that set `shorter` allow
 *   either, and a text with such a literal in it (`hasShortLiteral`) goes to the pass over the
 *   text. A text of exactly `chars` characters (outer whitespace aside) and no short literal
 *   therefore drops no member and writes every number as `String(n)`: no fraction or exponent in an
 *   integer, so nothing rounded;
 * - `keys`, every object member, for the pass over the text (`text-checks.ts`) that decides the
 *   other texts (pretty-printed ones, escapes, `1.0`).
 * Counts only ever fall short of the text (which sends a document to that pass), never exceed it.
 */

/** Tallied over the current document (all values, known or not). */
export const tally = { keys: 0, chars: 0, shorter: false };

/** Characters of an object's members besides their values: `"key":` and a comma, less the last comma, and the braces. */
export const objectChars = (members: number, keyChars: number): number => (members === 0 ? 2 : keyChars + 3 * members + members + 1);
/** Characters of a list besides its elements: brackets and commas. */
export const listChars = (elements: number): number => (elements === 0 ? 2 : elements + 1);

/**
 * The length of `String(n)`. Its digits are the fewest that round to `n`, so a literal of `n`
 * undercuts it only with an exponent (`1e3` for 1000, `1e21` for `1e+21`, `1e-3` for 0.001) or,
 * beyond 2^53, as nines rounding up to a power of ten (`9999999999999999` for 1e16): for every
 * such number (all end in 000, or are below 0.01, or at least 1e21) `tally.shorter` is set.
 */
export function numberChars(n: number): number {
  const a = Math.abs(n);
  const integer = Number.isInteger(n);
  if (integer && a <= Number.MAX_SAFE_INTEGER) {
    // Digits counted without building the string (exact: these are exact integers, as are the powers of 10).
    if (a % 1000 === 0 && a !== 0) tally.shorter = true;
    let digits = 1;
    for (let p = 10; p <= a; p *= 10) digits++;
    return (n < 0 ? 1 : 0) + digits;
  }
  const s = String(n);
  if (integer ? a >= 1e21 || s.endsWith('000') : a < 0.01) tally.shorter = true;
  return s.length;
}

/** Characters of a JSON string, number, boolean or null (0 for anything else, which the caller declines). */
export function scalarChars(v: unknown): number {
  switch (typeof v) {
    case 'string':
      return v.length + 2;
    case 'number':
      return numberChars(v);
    case 'boolean':
      return v ? 4 : 5;
    default:
      return v === null ? 4 : 0;
  }
}
