/** The replacement computation shared by `replace_match` and `replace_all_matches`. */
import type { EvalContext } from '../../core/eval-context.js';
import type { FunctionRef, Getter } from '../../core/getters.js';
import { applyReplacementFormat, callReplacementFunction } from './text-replace.js';

/**
 * The replacement text: `replacement` as is, or, with a converter, the converter's result wrapped
 * in `replacementFormat` (the format is only used together with a converter, as in the reference).
 */
export function globReplacement(
  ctx: EvalContext,
  replacement: Getter<string>,
  fn: FunctionRef | undefined,
  format: Getter<string> | undefined,
): string {
  if (fn === undefined) return replacement(ctx);
  const converted = callReplacementFunction(ctx, fn, replacement(ctx), 'replacement value is not a string');
  return applyReplacementFormat(ctx, format, converted);
}
