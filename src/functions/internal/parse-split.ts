/** Quote-aware splitting used by ParseKeyValue (the reference's `parseutils.SplitString`). */

/**
 * Splits `input` on `delimiter` outside single- or double-quoted runs. The quote characters that
 * open and close a run are dropped; empty pieces (leading, trailing or doubled delimiters) are
 * skipped. @throws Error `never reached the end of a quoted value` for an unclosed quote.
 */
export function splitQuoted(input: string, delimiter: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote = '';
  for (let i = 0; i < input.length; i++) {
    if (quote === '' && input.startsWith(delimiter, i)) {
      if (current !== '') out.push(current);
      current = '';
      i += delimiter.length - 1;
      continue;
    }
    const c = input[i];
    if (quote === '' && (c === '"' || c === "'")) {
      quote = c;
      continue;
    }
    if (c === quote) {
      quote = '';
      continue;
    }
    current += c;
  }
  if (quote !== '') throw new Error('never reached the end of a quoted value');
  if (current !== '') out.push(current);
  return out;
}
