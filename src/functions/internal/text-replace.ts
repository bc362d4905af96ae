/**
 * Shared pieces of the `replace_*` editors: the optional `function` (a converter such as `SHA256`
 * applied to the replacement) and `replacementFormat` (a format string with one `%s`).
 */
import type { EvalContext } from '../../core/eval-context.js';
import { OttlRuntimeError } from '../../core/errors.js';
import { compileRegex, type GoRegex } from '../../core/text/regex.js';
import type { FunctionRef, Getter } from '../../core/getters.js';
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

// A bound on the result of the reference's replace-all loop below, whose output can grow
// geometrically when a replacement contains the matched text; Go would exhaust memory instead.
const MAX_RESULT_LENGTH = 1 << 26;

/**
 * Go's `strings.ReplaceAll`: every non-overlapping `old` in `s`, left to right; an empty `old`
 * inserts `replacement` at the start and after every character (code point), as Go does per rune.
 */
export function goReplaceAll(s: string, old: string, replacement: string): string {
  if (old !== '') return s.split(old).join(replacement);
  let out = replacement;
  for (const ch of s) out += ch + replacement;
  return out;
}

/**
 * The reference's regex replacement with a converter (`applyOptReplaceFunction`): the matches
 * (Go `FindAllStringSubmatchIndex`) are found once, in the original text; then, for each match in
 * turn, its template expansion is passed through `fn` and `format`, and **every** occurrence of that
 * match's text in the current result is replaced (`strings.ReplaceAll`). So a later match whose text
 * occurs elsewhere, or inside an earlier replacement, is replaced there too: `\d+` over
 * `id=1 v=12` replaces the `1` of `12` in the first round, as in the reference.
 *
 * @throws OttlRuntimeError when `fn` does not return a string, the format is invalid, or the
 *   result grows beyond 64 Mi characters.
 */
export function replaceWithFunction(
  ctx: EvalContext,
  re: GoRegex,
  fn: FunctionRef,
  original: string,
  template: string,
  format: Getter<string> | undefined,
): string {
  let updated = original;
  for (const match of re.findAllSubmatchIndex(original)) {
    const fullMatch = original.slice(match[0] as number, match[1] as number);
    const expanded = re.expand(template, original, match);
    const replaced = callReplacementFunction(ctx, fn, expanded, 'the replacement value must be a string');
    updated = goReplaceAll(updated, fullMatch, applyReplacementFormat(ctx, format, replaced));
    if (updated.length > MAX_RESULT_LENGTH) throw new OttlRuntimeError('the replacement result is too large');
  }
  return updated;
}
