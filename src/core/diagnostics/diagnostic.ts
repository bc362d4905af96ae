/**
 * A positioned message about a source text, and the named constructors for the front end's errors
 * (one function per kind, so each wording lives in one place).
 */
import type { SourceSpan } from '../span.js';
import type { Source } from './source.js';

/** A message anchored at `span` in `source`. */
export interface Diagnostic {
  readonly message: string;
  readonly span: SourceSpan;
  readonly source: Source;
}

/** Creates a diagnostic. */
export function diagnostic(source: Source, span: SourceSpan, message: string): Diagnostic {
  return { message, span, source };
}

/** Sorts by position and keeps at most `cap` diagnostics. */
export function sortDiagnostics(list: readonly Diagnostic[], cap = 20): Diagnostic[] {
  return [...list].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end).slice(0, cap);
}

/** Error wordings of the OTTL front end (the reference's `checkForCustomError` ones included). */
export const messages = {
  unexpectedCharacter: (ch: string) => `unexpected character ${JSON.stringify(ch)}`,
  unterminatedString: () => 'unterminated string literal',
  editorMustBeLowercase: (name: string) =>
    `editor names must start with a lowercase letter but got '${name}'`,
  converterMustBeUppercase: (name: string) =>
    `converter names must start with an uppercase letter but got '${name}'`,
  editorIndexed: (name: string) => `only paths and converters may be indexed, not editors, but got ${name}[...]`,
  tooDeep: (max: number) => `the rule is nested too deeply (more than ${max} levels of operators, calls, lists, maps or path keys)`,
  singleEqual: () => `unexpected '=': compare with '==' (a single '=' only names an argument)`,
  assignment: () => `unexpected '=': OTTL has no assignment; a statement starts with an editor, such as set(target, value)`,
  cStyleOperator: (op: string, word: string) => `unexpected '${op}': OTTL writes '${word}'`,
  singleQuotedString: (inner: string | null) =>
    inner === null ? `unexpected "'": OTTL strings use double quotes` : `unexpected "'": OTTL strings use double quotes: write ${JSON.stringify(inner)}`,
  chainedComparison: (op: string) =>
    `unexpected '${op}': a comparison has exactly one operator; combine comparisons with 'and' / 'or'`,
} as const;
