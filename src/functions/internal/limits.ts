/**
 * Resource limits of the built-in functions: the one place they are declared.
 *
 * Rules and data can ask a function for output far larger than its input — a replacement template
 * of `$1` five thousand times over fifty thousand matches, grok definitions that double at every
 * level (`P1=%{P0}%{P0}` … `P20`), a `Concat` of huge values. The reference would try and exhaust
 * memory; here each such function checks its output against these limits while it builds it and
 * fails with an `OttlRuntimeError` (a compile-time `ArgumentError` for a literal grok pattern) naming
 * the limit, so memory stays linear in the limit and a statement's error mode applies.
 *
 * The defaults suit a 2-core, 4 GB machine: one result string of up to 64 Mi UTF-16 code units
 * (≈128 MB in memory), an expanded grok regex of up to 256 Ki characters with at most 512 capture
 * groups, at most 100,000 metrics in a scope's list when a function appends one, and regex or glob
 * patterns of at most 64 Ki characters. An embedder changes them
 * with {@link setFunctionLimits} (process-wide, before compiling rules) and reads them with
 * {@link functionLimits}; `resetFunctionLimits` restores the defaults (for tests).
 */

/** The limits; all counts are UTF-16 code units (JavaScript string length). */
export interface FunctionLimits {
  /**
   * The largest string a function may produce: replacement results (`replace_pattern`,
   * `replace_all_patterns`, `replace_match`, `replace_all_matches`), `Concat`, `Format`,
   * `ToKeyValueString` and the other string builders whose size the data controls.
   */
  readonly maxStringLength: number;
  /** The largest regex a grok pattern may expand to (`ExtractGrokPatterns`, after `%{NAME}` expansion). */
  readonly maxGrokExpansionLength: number;
  /**
   * The most capture groups an expanded grok pattern may have. re2js tracks every group while it
   * matches, so matching cost grows with groups × input: 511 groups (`%{P8}` of a doubling chain)
   * take over a second on a 256-character line and 1,023 eight; the largest built-in pattern
   * (`%{NETSCREENSESSIONLOG}`) has 432.
   */
  readonly maxGrokCaptureGroups: number;
  /**
   * The most metrics a scope's metric list may hold when a function appends one (`copy_metric`,
   * `extract_sum_metric`, `extract_count_metric`, …). Appended metrics are visited by the same walk,
   * as in the reference, so `copy_metric()` without a `where` would otherwise copy its own copies
   * until memory runs out.
   */
  readonly maxMetricsPerScope: number;
  /**
   * The longest regex or glob pattern a function compiles (a literal at compile time, or one that a
   * record supplies at run time). Compiling takes time and memory in proportion to the pattern:
   * a 1 MB pattern takes about a second and over 100 MB in re2js.
   */
  readonly maxPatternLength: number;
}

/** The defaults (see the module comment). */
export const DEFAULT_FUNCTION_LIMITS: FunctionLimits = Object.freeze({
  maxStringLength: 64 * 1024 * 1024,
  maxGrokExpansionLength: 256 * 1024,
  maxGrokCaptureGroups: 512,
  maxMetricsPerScope: 100_000,
  maxPatternLength: 64 * 1024,
});

let current: FunctionLimits = DEFAULT_FUNCTION_LIMITS;

/** The limits in force. */
export function functionLimits(): FunctionLimits {
  return current;
}

/**
 * Overrides some limits for the whole process (rules compiled before keep the grok limit they were
 * compiled with; run-time checks read the new values at once). Each value must be a positive integer.
 * @returns the limits now in force.
 */
export function setFunctionLimits(overrides: Partial<FunctionLimits>): FunctionLimits {
  for (const [name, v] of Object.entries(overrides)) {
    if (v !== undefined && (!Number.isSafeInteger(v) || v <= 0)) {
      throw new RangeError(`function limit ${name} must be a positive integer, got ${String(v)}`);
    }
  }
  current = Object.freeze({ ...current, ...stripUndefined(overrides) });
  return current;
}

/** Restores {@link DEFAULT_FUNCTION_LIMITS}. */
export function resetFunctionLimits(): void {
  current = DEFAULT_FUNCTION_LIMITS;
}

function stripUndefined(o: Partial<FunctionLimits>): Partial<FunctionLimits> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<FunctionLimits>;
}

/** The message of an output over {@link FunctionLimits.maxStringLength}. */
export function stringLimitMessage(fn: string, limit: number): string {
  return `${fn}: the result would exceed the output limit of ${limit} characters (maxStringLength)`;
}
