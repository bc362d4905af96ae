/**
 * Error wording shared by every context, kept in one place so it matches the reference
 * (`ctxerror`, `ctxcache`, `ctxutil.ExpectType`, the parser's path-completeness check).
 */
import { goTypeName as valueGoTypeName } from '../../core/values/go-text.js';
import type { SourceSpan } from '../../core/span.js';
import { OttlRuntimeError } from '../../core/errors.js';
import type { Value } from '../../core/values/types.js';
import { PathError } from '../types.js';

/** Base of every context's documentation link, as the reference prints it. */
const DOC_BASE = 'https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/pkg/ottl/contexts/';

/** The documentation link the reference quotes for a context (`ottllog`, `ottlresource`…). */
export function docRef(contextName: string): string {
  const pkg = contextName === 'instrumentation_scope' ? 'scope' : contextName;
  return `${DOC_BASE}ottl${pkg}`;
}

/** `ctxerror.New`: a segment that is neither a path nor a keyword of `context`. */
export function unknownSegment(segment: string, fullPath: string, context: string, span: SourceSpan): PathError {
  const ctx = context === 'instrumentation_scope' ? 'scope' : context;
  return new PathError(
    `segment "${segment}" from path "${fullPath}" is not a valid path nor a valid OTTL keyword for the ${ctx} context - review ${docRef(ctx)} to see all valid paths`,
    span,
    true,
  );
}

/** `ctxcache.NewError`: `cache` reached through a context other than the statement's. */
export function cacheFromOtherContext(ownContext: string, pathContext: string, fullPath: string, span: SourceSpan): PathError {
  const suggestion = fullPath.replace(`${pathContext}.`, `${ownContext}.`);
  return new PathError(
    `access to cache must be performed using the same context, please replace "${fullPath}" with "${suggestion}"`,
    span,
  );
}

/** The parser's completeness check: a segment after the path the context understood. */
export function unusedSection(name: string, span: SourceSpan): PathError {
  return new PathError(
    `the path section "${name}" was not used by the context - this likely means you are using extra path sections`,
    span,
  );
}

/** The parser's completeness check: keys on a segment that does not support indexing. */
export function unusedKeys(name: string, span: SourceSpan): PathError {
  return new PathError(
    `the keys indexing "${name}" were not used by the context - this likely means you are trying to index a path that does not support indexing`,
    span,
  );
}

/** `ctxutil.ErrSetNil`: nil written to a scalar or struct field. */
export const SET_NIL_MESSAGE = 'setting a value to nil is not supported';

/** Throws the runtime error for writing nil to a field that cannot hold it. */
export function setNil(): never {
  throw new OttlRuntimeError(SET_NIL_MESSAGE);
}

/**
 * The Go type name (`%T`) the reference would print for a value: our values stand for pcommon and
 * Go types, so messages quote those.
 */
export function goTypeName(v: Value): string {
  return valueGoTypeName(v);
}

/** `ctxutil.ExpectType` failure: `expects int64 but got string`. */
export function wrongType(expected: string, got: Value): never {
  if (got === null) setNil();
  throw new OttlRuntimeError(`expects ${expected} but got ${goTypeName(got)}`);
}

/** pcommon `ValueType.String()` for a stored attribute value (`Str`, `Int`, `Empty`…). */
export function pcommonTypeName(v: Value): string {
  if (v === null) return 'Empty';
  switch (typeof v) {
    case 'string':
      return 'Str';
    case 'bigint':
      return 'Int';
    case 'number':
      return 'Double';
    case 'boolean':
      return 'Bool';
    default:
      break;
  }
  if (v instanceof Uint8Array) return 'Bytes';
  if (v instanceof Map) return 'Map';
  if (Array.isArray(v)) return 'Slice';
  return 'Empty';
}
