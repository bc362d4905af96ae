/**
 * Compile-time errors: one small constructor per kind, so each message's wording lives in one place.
 * Every error carries the span of the offending node; the caller renders it against the source.
 */
import type { ProblemCode } from '../core/diagnostics/problem.js';
import type { SourceSpan } from '../core/span.js';
import { closestName } from './suggest.js';

export class CompileError extends Error {
  override readonly name = 'CompileError';
  /** A suggestion shown after the message, built from {@link suggestions} (`did you mean "Concat"?`). */
  readonly hint: string | undefined;
  constructor(
    message: string,
    readonly span: SourceSpan,
    readonly code: ProblemCode = 'arguments',
    /** The names proposed instead of what was written, closest first. */
    readonly suggestions: readonly string[] = [],
    /** A hint other than did-you-mean (default: built from the suggestions). */
    hint?: string,
  ) {
    super(message);
    this.hint = hint ?? didYouMeanHint(suggestions);
  }
}

/** `did you mean "a" or "b"?` for proposed names, or undefined when there are none. */
export function didYouMeanHint(suggestions: readonly string[]): string | undefined {
  return suggestions.length > 0 ? `did you mean ${suggestions.map((n) => `"${n}"`).join(' or ')}?` : undefined;
}

/**
 * What to propose for a misspelt `name`: the candidates it is the start of (`log.severity` →
 * `log.severity_number`, `log.severity_text`; at most three), else the closest candidate by edit
 * distance when it is close enough; empty when nothing fits.
 */
export function suggest(name: string, candidates: Iterable<string>): string[] {
  const list = [...candidates];
  if (name.length >= 3) {
    const extended = list.filter((c) => c !== name && c.startsWith(name)).sort();
    if (extended.length > 0 && extended.length <= 3) return extended;
  }
  const best = closestName(name, list);
  return best === undefined || best === name ? [] : [best];
}

export const unknownFunction = (name: string, span: SourceSpan, candidates: Iterable<string>): CompileError =>
  new CompileError(`undefined function "${name}"`, span, 'unknown-function', suggest(name, candidates));

/** A known function whose feature gate is off (the reference's wording for experimental functions). */
export const gatedFunction = (name: string, gate: string, span: SourceSpan): CompileError =>
  new CompileError(`function "${name}" is experimental and requires the \`${gate}\` feature gate to be enabled`, span, 'gated-function');

export const wrongFunctionKind = (name: string, expected: 'editor' | 'converter', span: SourceSpan): CompileError =>
  new CompileError(
    expected === 'editor'
      ? `"${name}" is a converter and cannot be used as a statement; statements start with an editor such as set(...)`
      : `"${name}" is an editor and cannot be used as a value; converters start with an upper-case letter`,
    span,
    'function-kind',
  );

export const argumentCount = (name: string, min: number, max: number, got: number, span: SourceSpan): CompileError =>
  new CompileError(
    min === max
      ? `error while parsing arguments for call to "${name}": incorrect number of arguments. Expected: ${min} Received: ${got}`
      : `error while parsing arguments for call to "${name}": incorrect number of arguments. Expected: ${min} to ${max} Received: ${got}`,
    span,
  );

export const argumentProblem = (fn: string, position: number, param: string, message: string, span: SourceSpan): CompileError =>
  new CompileError(`error while parsing arguments for call to "${fn}": invalid argument at position ${position} (${param}): ${message}`, span);

export const unknownArgumentName = (fn: string, name: string, span: SourceSpan, params: Iterable<string>): CompileError =>
  new CompileError(`error while parsing arguments for call to "${fn}": no such parameter: ${name}`, span, 'arguments', suggest(name, params));

export const duplicateArgument = (fn: string, name: string, span: SourceSpan): CompileError =>
  new CompileError(`parameter "${name}" of ${fn} is given more than once`, span);

export const positionalAfterNamed = (fn: string, span: SourceSpan): CompileError =>
  new CompileError(`unnamed argument used after named argument in ${fn}`, span);

export const unknownEnum = (name: string, span: SourceSpan, symbols: Iterable<string>): CompileError =>
  new CompileError(`enum symbol "${name}" is not defined for this context`, span, 'unknown-enum', suggest(name, symbols));

export const lambdaNotAllowed = (span: SourceSpan): CompileError =>
  new CompileError('a lambda is only allowed as an argument of a function that takes one', span);

/**
 * A path without a context prefix where one is required. `pathText` is the path as the reference
 * prints it (`cache[test]`: keys unquoted), so the message matches the reference's. A single bare
 * word is as likely a string written without its quotes: the hint offers the string literal.
 */
export const missingContext = (span: SourceSpan, contexts: readonly string[], pathText: string, bareWord = false): CompileError =>
  new CompileError(
    `missing context name for path "${pathText}", possibly valid options are: ${contexts.map((c) => `"${c}.${pathText}"`).join(', ')}`,
    span,
    'path',
    [],
    bareWord ? `if you meant the text, write the string literal ${JSON.stringify(pathText)}` : undefined,
  );
