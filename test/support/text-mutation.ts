/**
 * Text mutations for fuzz tests: a mutation arbitrary over given pieces, and applying one. Shared by
 * the codec fuzz (JSON-ish pieces) and the compiler fuzz (rule tokens).
 */
import fc from 'fast-check';

export type MutationKind = 'change' | 'insert' | 'remove' | 'duplicate' | 'truncate' | 'swap';

export interface TextMutation {
  readonly at: number;
  readonly how: MutationKind;
  readonly piece: string;
  readonly len: number;
}

/** Mutations of the given kinds, inserting or changing to one of `pieces`, spanning up to `maxLen` characters. */
export function textMutation(kinds: readonly MutationKind[], pieces: fc.Arbitrary<string>, maxLen: number): fc.Arbitrary<TextMutation> {
  return fc.record({ at: fc.nat(), how: fc.constantFrom(...kinds), piece: pieces, len: fc.integer({ min: 1, max: maxLen }) });
}

/** Applies one mutation; `truncate` cuts the text at the position. */
export function mutate(text: string, m: TextMutation): string {
  const i = m.at % (text.length + 1);
  switch (m.how) {
    case 'insert':
      return text.slice(0, i) + m.piece + text.slice(i);
    case 'change':
      return text.slice(0, i) + m.piece + text.slice(i + 1);
    case 'remove':
      return text.slice(0, i) + text.slice(i + m.len);
    case 'duplicate':
      return text.slice(0, i + m.len) + text.slice(i);
    case 'swap':
      return text.slice(0, i) + text.slice(i + m.len, i + 2 * m.len) + text.slice(i, i + m.len) + text.slice(i + 2 * m.len);
    case 'truncate':
      return text.slice(0, i);
  }
}
