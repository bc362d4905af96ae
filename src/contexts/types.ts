/**
 * What a context (log, span, datapoint, …) offers the compiler: its paths, resolved once to
 * accessors, and its enum symbols.
 */
import type { SourceSpan } from '../core/span.js';
import type { EvalContext } from '../core/eval-context.js';
import type { Value } from '../core/values/types.js';

import type { ContextName } from '../core/contexts.js';

export type { ContextName };

/**
 * One `[key]` of a path, compiled. `constant` is set when the key is a literal, so accessors can
 * specialise (`attributes["a"]` becomes a direct map lookup); otherwise `get` evaluates it per record
 * and returns whatever the expression yields: the user of the key checks for a string (map key) or
 * a bigint (slice index) and reports the reference's error for anything else (`[0.0]` gives
 * "expecting 'int64' but got 'float64'").
 */
export interface CompiledKey {
  readonly constant: string | bigint | undefined;
  readonly get: (ctx: EvalContext) => Value;
  readonly span: SourceSpan;
}

export interface PathSegment {
  readonly name: string;
  readonly keys: readonly CompiledKey[];
  readonly span: SourceSpan;
}

/**
 * A path as the compiler hands it to a context: `prefix` is the context name written before the
 * first `.` (`log`, `resource`, `instrumentation_scope`…) or null for a legacy unprefixed path.
 */
export interface PathRequest {
  readonly prefix: string | null;
  readonly segments: readonly PathSegment[];
  readonly span: SourceSpan;
  /**
   * Optional: the path as the reference's messages quote it (`log.attributes[a][0]`, string keys
   * unquoted, expression keys as their path text). When absent, contexts rebuild it from the
   * segments, writing non-literal keys as `[]`.
   */
  readonly originalText?: string;
}

/** A resolved path. `set` is absent for read-only paths. */
export interface PathAccessor {
  readonly get: (ctx: EvalContext) => Value;
  readonly set?: (ctx: EvalContext, value: Value) => void;
  /**
   * For fields the model stores as 32-bit integers (`severity_number`, `flags`…): the value `get`
   * returns as an Int, read as the stored number, so comparing it with an Int literal needs no
   * bigint per record.
   */
  readonly getInt32?: (ctx: EvalContext) => number;
}

/** Thrown at compile time for a path the context does not have; `span` points at the bad segment. */
export class PathError extends Error {
  override readonly name = 'PathError';
  constructor(
    message: string,
    readonly span: SourceSpan,
    /** True when a segment names no path of the context (a misspelling, worth a "did you mean"). */
    readonly unknownSegment = false,
  ) {
    super(message);
  }
}

export interface ContextDefinition {
  readonly name: ContextName;
  /** Prefixes this context accepts on paths: its own name plus the higher contexts it can reach. */
  readonly prefixes: readonly string[];
  /** Resolves a path to an accessor, or throws {@link PathError}. */
  resolvePath(path: PathRequest): PathAccessor;
  /** Enum symbols (`SPAN_KIND_SERVER` → 2n). */
  readonly enums: ReadonlyMap<string, bigint>;
  /** Every path name, prefixed (`log.attributes[]` marks the keyed form), for "did you mean" hints. */
  readonly paths: readonly string[];
}
