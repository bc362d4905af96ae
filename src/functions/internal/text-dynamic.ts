/**
 * Regex and glob arguments that may be literals or expressions (the reference's `dynamicRegex`).
 *
 * A literal pattern is compiled once, in `create`, and an invalid one is an {@link ArgumentError}
 * (a compile-time error). A pattern computed per record is compiled at run time; the last pattern
 * is cached because it is almost always the same from one record to the next.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import { compileFilepathGlob, compileGlob, type Glob } from '../../core/text/glob.js';
import { compileRegex, type GoRegex } from '../../core/text/regex.js';
import { ArgumentError, getLiteralValue } from '../signature.js';
import type { Getter } from '../../core/getters.js';
import type { EvalContext } from '../../core/eval-context.js';
import { functionLimits } from './limits.js';

/** Returns the compiled pattern for the current record. */
export type PatternSource<T> = (ctx: EvalContext) => T;

function dynamic<T>(
  funcName: string,
  param: string,
  pattern: Getter<string>,
  compileUnbounded: (p: string) => T,
  literalCheck?: (compiled: T) => void,
): PatternSource<T> {
  const compile = (p: string): T => {
    const max = functionLimits().maxPatternLength;
    if (p.length > max) throw new Error(`the pattern has ${p.length} characters, over the limit of ${max} (maxPatternLength)`);
    return compileUnbounded(p);
  };
  const literal = getLiteralValue(pattern);
  if (literal !== undefined) {
    let compiled: T;
    try {
      compiled = compile(literal.value);
    } catch (e) {
      throw new ArgumentError(param, invalidMessage(funcName, literal.value, e));
    }
    literalCheck?.(compiled);
    return () => compiled;
  }
  let lastPattern: string | undefined;
  let lastCompiled: T | undefined;
  return (ctx) => {
    const p = pattern(ctx);
    if (p !== lastPattern || lastCompiled === undefined) {
      try {
        lastCompiled = compile(p);
      } catch (e) {
        throw new OttlRuntimeError(invalidMessage(funcName, p, e));
      }
      lastPattern = p;
    }
    return lastCompiled;
  };
}

function invalidMessage(funcName: string, pattern: string, e: unknown): string {
  const why = e instanceof Error ? e.message : String(e);
  return `the regex pattern supplied to ${funcName} ${JSON.stringify(pattern)} is not a valid pattern: ${why}`;
}

/**
 * A Go RE2 pattern argument. `literalCheck` runs on a literal pattern at compile time (e.g.
 * `ExtractPatterns` requires a named group) and should throw an ArgumentError.
 */
export function dynamicRegex(
  funcName: string,
  param: string,
  pattern: Getter<string>,
  literalCheck?: (re: GoRegex) => void,
): PatternSource<GoRegex> {
  return dynamic(funcName, param, pattern, compileRegex, literalCheck);
}

/** A glob argument in the dialect of the reference's `replace_match` (gobwas/glob). */
export function dynamicGlob(funcName: string, param: string, pattern: Getter<string>): PatternSource<Glob> {
  return dynamic(funcName, param, pattern, compileGlob);
}

/** A glob argument in Go `filepath.Match` syntax. */
export function dynamicFilepathGlob(funcName: string, param: string, pattern: Getter<string>): PatternSource<Glob> {
  return dynamic(funcName, param, pattern, compileFilepathGlob);
}
