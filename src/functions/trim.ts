/**
 * `Trim(target, Optional[replacement])`: Go `strings.Trim`: removes leading and trailing
 * characters that appear in `replacement` (a set of characters, default `" "`).
 */
import { defineFunction } from './signature.js';

/** Go `strings.Trim(s, cutset)` (cutset is a set of code points). */
export function goTrim(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  const set = new Set(Array.from(cutset));
  let start = 0;
  let end = s.length;
  while (start < end) {
    const ch = String.fromCodePoint(s.codePointAt(start) as number);
    if (!set.has(ch)) break;
    start += ch.length;
  }
  while (end > start) {
    const pair = end - 2 >= start && (s.charCodeAt(end - 1) & 0xfc00) === 0xdc00 && (s.charCodeAt(end - 2) & 0xfc00) === 0xd800;
    const ch = pair ? s.slice(end - 2, end) : (s[end - 1] as string);
    if (!set.has(ch)) break;
    end -= ch.length;
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

export const Trim = defineFunction({
  name: 'Trim',
  kind: 'converter',
  description: 'Removes the given characters (default space) from both ends of a string.',
  params: [
    { name: 'target', kind: 'string', doc: 'the text to trim' },
    { name: 'replacement', kind: 'literalString', optional: true, doc: 'the characters to remove (default " ")' },
  ],
  create({ target, replacement }) {
    const cutset = replacement ?? ' ';
    return (ctx) => goTrim(target(ctx), cutset);
  },
});
