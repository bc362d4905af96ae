/**
 * Shared pieces of the `replace_*` editors: the optional `function` (a converter such as `SHA256`
 * applied to the replacement) and `replacementFormat` (a format string with one `%s`).
 */
import type { EvalContext } from '../../core/eval-context.js';
import { OttlRuntimeError } from '../../core/errors.js';
import { compileRegex, type GoRegex } from '../../core/text/regex.js';
import type { FunctionRef, Getter } from '../../core/getters.js';
import { BoundedText, withOutputLimit } from './bounded-text.js';
import { goSprintf } from './text-sprintf.js';

// The reference's check: some text, a `%s`, more text (`.` stops at newlines), and no `%` followed
// by anything but `s` (so `%%` is refused, and two `%s` are accepted).
// Compiled on first use, not at import.
let validFormat: GoRegex | undefined;
let invalidFormat: GoRegex | undefined;

/** True when `format` is acceptable as a `replacementFormat`. */
export function isValidReplacementFormat(format: string): boolean {
  return (validFormat ??= compileRegex('^(.*?%s.*?)$')).test(format) && !(invalidFormat ??= compileRegex('%[^s]')).test(format);
}

/**
 * Applies the optional replacement format to `value`.
 * @throws OttlRuntimeError when the format is not a single-`%s` format string.
 */
export function applyReplacementFormat(
  ctx: EvalContext,
  format: Getter<string> | undefined,
  value: string,
): string {
  if (format === undefined) return value;
  const f = format(ctx);
  if (!isValidReplacementFormat(f)) {
    throw new OttlRuntimeError('replacementFormat must be format string containing a single %s and no other format specifiers');
  }
  return goSprintf(f, [value]);
}

/** Calls the replacement converter; it must return a string. */
export function callReplacementFunction(ctx: EvalContext, fn: FunctionRef, input: string, message: string): string {
  const out = fn.call(ctx, [input]);
  if (typeof out !== 'string') throw new OttlRuntimeError(message);
  return out;
}

/**
 * The reference's regex replacement with a converter (`applyOptReplaceFunction`, position-based since
 * PR #48526 / issue #48437): for each match of the original text (Go `FindAllStringSubmatchIndex`),
 * its template expansion goes through `fn` and `format`, and the result takes the match's place;
 * the text between matches is copied unchanged. Identical text elsewhere, and text produced by an
 * earlier replacement, is never replaced again.
 *
 * @throws OttlRuntimeError when `fn` does not return a string, the format is invalid, or the result
 *   (or one expansion) would pass the output limit (`limits.ts`).
 */
export function replaceWithFunction(
  ctx: EvalContext,
  re: GoRegex,
  fn: FunctionRef,
  original: string,
  template: string,
  format: Getter<string> | undefined,
  fnName: string,
): string {
  const out = new BoundedText(fnName);
  let last = 0;
  for (const match of re.eachSubmatchIndex(original)) {
    const start = match[0] as number;
    const end = match[1] as number;
    const expanded = withOutputLimit(fnName, (max) => re.expand(template, original, match, max));
    const replaced = callReplacementFunction(ctx, fn, expanded, 'the replacement value must be a string');
    out.append(original.slice(last, start));
    out.append(applyReplacementFormat(ctx, format, replaced));
    last = end;
  }
  out.append(original.slice(last));
  return out.toString();
}

/** Go's `ReplaceAllString` under the output limit. */
export function replaceAllBounded(re: GoRegex, s: string, template: string, fnName: string): string {
  return withOutputLimit(fnName, (max) => re.replaceAll(s, template, max));
}
