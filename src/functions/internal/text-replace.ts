/**
 * Shared pieces of the `replace_*` editors: the optional `function` (a converter such as `SHA256`
 * applied to the replacement) and `replacementFormat` (a format string with one `%s`).
 */
import type { EvalContext } from '../../runtime/eval-context.js';
import { OttlRuntimeError } from '../../runtime/errors.js';
import { compileRegex, type GoRegex } from '../../text/regex.js';
import type { FunctionRef, Getter } from '../signature.js';
import { goSprintf } from './text-sprintf.js';

// The reference's check: some text, a `%s`, more text (`.` stops at newlines), and no `%` followed
// by anything but `s` (so `%%` is refused, and two `%s` are accepted).
const VALID_FORMAT = compileRegex('^(.*?%s.*?)$');
const INVALID_FORMAT = compileRegex('%[^s]');

/** True when `format` is acceptable as a `replacementFormat`. */
export function isValidReplacementFormat(format: string): boolean {
  return VALID_FORMAT.test(format) && !INVALID_FORMAT.test(format);
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
 * The reference's regex replacement with a converter: each match (Go `FindAllStringSubmatchIndex`)
 * is replaced, at its position, by the template expanded for that match, passed through `fn`,
 * then through `format`. Text between matches is kept.
 */
export function replaceWithFunction(
  ctx: EvalContext,
  re: GoRegex,
  fn: FunctionRef,
  original: string,
  template: string,
  format: Getter<string> | undefined,
): string {
  let out = '';
  let last = 0;
  for (const match of re.findAllSubmatchIndex(original)) {
    const start = match[0] as number;
    const end = match[1] as number;
    const expanded = re.expand(template, original, match);
    const replaced = callReplacementFunction(ctx, fn, expanded, 'the replacement value must be a string');
    out += original.slice(last, start) + applyReplacementFormat(ctx, format, replaced);
    last = end;
  }
  return out + original.slice(last);
}
