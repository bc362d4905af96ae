/**
 * Building blocks for path accessors: one function per field shape, so each context's path table
 * reads as a list of fields. All dispatch happens when the accessor is built.
 */
import type { EvalContext } from '../../core/eval-context.js';
import { SpanID, TraceID, type Value, type ValueMap } from '../../core/values/types.js';
import type { CompiledKey, PathAccessor } from '../types.js';
import {
  expectBool,
  expectFloat,
  expectInt,
  expectSpanID,
  expectString,
  expectTime,
  expectTraceID,
  timeToTimestamp,
  timestampToInt,
  timestampToTime,
  toUint64,
} from './expect.js';
import { idToHex, parseHexId } from './ids.js';
import { mapKeyAccess } from './indexing.js';
import { replaceMapContents } from './store.js';
import { unknownSegment } from './errors.js';
import type { PathNode } from './path-node.js';

type Get<T> = (ctx: EvalContext) => T;
type Put<T> = (ctx: EvalContext, v: T) => void;

/** A string field; writes require a string. */
export function stringField(get: Get<string>, put: Put<string>): PathAccessor {
  return { get, set: (ctx, v) => put(ctx, expectString(v)) };
}

/** A bool field; writes require a bool. */
export function boolField(get: Get<boolean>, put: Put<boolean>): PathAccessor {
  return { get, set: (ctx, v) => put(ctx, expectBool(v)) };
}

/** A float64 field; writes require a float64 (an int64 is not converted). */
export function floatField(get: Get<number>, put: Put<number>): PathAccessor {
  return { get, set: (ctx, v) => put(ctx, expectFloat(v)) };
}

/** An integer field; `get` returns the int64 OTTL sees, `put` receives the int64 written. */
export function intField(get: Get<bigint>, put: Put<bigint>): PathAccessor {
  return { get, set: (ctx, v) => put(ctx, expectInt(v)) };
}

/** A `uint32` model field read and written as int64 (`dropped_attributes_count`, `flags`). */
export function uint32Field(get: Get<number>, put: Put<number>): PathAccessor {
  return {
    ...intField(
      (ctx) => BigInt(get(ctx)),
      (ctx, i) => put(ctx, Number(BigInt.asUintN(32, i))),
    ),
    getInt32: get,
  };
}

/** An `int32` model field read and written as int64 (`kind`, `severity_number`, `scale`). */
export function int32Field(get: Get<number>, put: Put<number>): PathAccessor {
  return {
    ...intField(
      (ctx) => BigInt(get(ctx)),
      (ctx, i) => put(ctx, Number(BigInt.asIntN(32, i))),
    ),
    getInt32: get,
  };
}

/** A `uint64` model field read and written as int64 (`count`, `zero_count`). */
export function uint64Field(get: Get<bigint>, put: Put<bigint>): PathAccessor {
  return intField(
    (ctx) => BigInt.asIntN(64, get(ctx)),
    (ctx, i) => put(ctx, toUint64(i)),
  );
}

/** `*_unix_nano`: the stored fixed64 timestamp as int64. */
export function unixNanoField(get: Get<bigint>, put: Put<bigint>): PathAccessor {
  return intField(
    (ctx) => timestampToInt(get(ctx)),
    (ctx, i) => put(ctx, toUint64(i)),
  );
}

/** `*.time`: the stored timestamp as a UTC time; written from a time. */
export function timeField(get: Get<bigint>, put: Put<bigint>): PathAccessor {
  return {
    get: (ctx) => timestampToTime(get(ctx)),
    set: (ctx, v) => put(ctx, timeToTimestamp(expectTime(v))),
  };
}

/** A trace id field (`TraceID` value; a copy, as Go returns the array by value). */
export function traceIdField(get: Get<Uint8Array>, put: Put<Uint8Array>): PathAccessor {
  return {
    get: (ctx) => new TraceID(get(ctx).slice()),
    set: (ctx, v) => put(ctx, expectTraceID(v).bytes.slice()),
  };
}

/** A span id field (`SpanID` value). */
export function spanIdField(get: Get<Uint8Array>, put: Put<Uint8Array>): PathAccessor {
  return {
    get: (ctx) => new SpanID(get(ctx).slice()),
    set: (ctx, v) => put(ctx, expectSpanID(v).bytes.slice()),
  };
}

/** `trace_id.string` / `span_id.string`: lowercase hex; written from hex text. */
export function hexIdField(size: 8 | 16, get: Get<Uint8Array>, put: Put<Uint8Array>): PathAccessor {
  return {
    get: (ctx) => idToHex(get(ctx)),
    set: (ctx, v) => put(ctx, parseHexId(expectString(v), size)),
  };
}

/** Get/put of the `traceId` (16 bytes) or `spanId` (8 bytes) of the object `of(ctx)` returns. */
export function idAccessors<T extends { traceId: Uint8Array; spanId: Uint8Array }>(
  of: (ctx: EvalContext) => T,
  size: 8 | 16,
): [Get<Uint8Array>, Put<Uint8Array>] {
  return size === 16
    ? [(ctx) => of(ctx).traceId, (ctx, b) => void (of(ctx).traceId = b)]
    : [(ctx) => of(ctx).spanId, (ctx, b) => void (of(ctx).spanId = b)];
}

/** An id path (`trace_id`, `span_id`, `parent_span_id`) and its optional `.string` form. */
export function idPathField(node: PathNode, context: string, size: 8 | 16, get: Get<Uint8Array>, put: Put<Uint8Array>): PathAccessor {
  const next = node.next();
  if (next !== null) {
    if (next.name === 'string') return hexIdField(size, get, put);
    throw unknownSegment(next.name, next.text, context, next.span);
  }
  return size === 16 ? traceIdField(get, put) : spanIdField(get, put);
}

/**
 * A map path (`attributes`, `metadata`, `cache`): without keys the live map, written by
 * replacing its contents; with keys a nested read/write below it.
 */
export function mapField(root: Get<ValueMap>, keys: readonly CompiledKey[] | null): PathAccessor {
  if (keys === null) {
    return {
      get: root as Get<Value>,
      set: (ctx, v) => replaceMapContents(root(ctx), v),
    };
  }
  return mapKeyAccess(root, keys);
}
