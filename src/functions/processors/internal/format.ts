/** Go `fmt` number formats used in names and messages of the processor functions. */

export { formatFloatG as formatG } from '../../../core/values/go-float.js';

/** Go's `%f` (six decimals). */
export function formatF(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  return f.toFixed(6);
}
