/**
 * The reference's `otelcol` paths (`ctxotelcol`), reachable from every context: request data the
 * collector passes with a batch. Read-only: every setter is a run-time error, nil included.
 *
 * Provided: `otelcol.client.metadata` (a map of key → list of values),
 * `otelcol.client.metadata["key"]` (the list of values; nil when the key is missing or has no
 * value) and `otelcol.client.metadata["key"][i]` (one value). The metadata comes from the embedder
 * (`process(doc, …, { metadata })`) or the CLI (`--metadata key=value`).
 * Not provided (no source for them outside a collector): `client.addr`, `client.auth.attributes`,
 * `grpc.metadata`; they are compile errors naming the path.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import type { EvalContext } from '../../core/eval-context.js';
import type { Value, ValueMap } from '../../core/values/types.js';
import { metadataValues } from '../../core/request-metadata.js';
import type { CompiledKey, PathAccessor } from '../types.js';
import { PathError } from '../types.js';
import { goTypeName, unknownSegment } from './errors.js';
import type { PathNode } from './path-node.js';

const CONTEXT = 'otelcol';

function readOnly(path: string): (ctx: EvalContext, v: Value) => never {
  return () => {
    throw new OttlRuntimeError(`"${path}" is read-only and cannot be modified`);
  };
}

function keyName(ctx: EvalContext, key: CompiledKey): string {
  const k = key.constant !== undefined ? key.constant : key.get(ctx);
  if (typeof k !== 'string') {
    throw new OttlRuntimeError(
      `cannot get map value: unable to resolve a string index in map: could not resolve key for map/slice, expecting 'string' but got '${goTypeName(k)}'`,
    );
  }
  return k;
}

function index(ctx: EvalContext, key: CompiledKey, length: number): number {
  const k = key.constant !== undefined ? key.constant : key.get(ctx);
  if (typeof k !== 'bigint') {
    throw new OttlRuntimeError(
      `unable to resolve an integer index in slice: could not resolve key for map/slice, expecting 'int64' but got '${goTypeName(k)}'`,
    );
  }
  if (k < 0n || k >= BigInt(length)) throw new OttlRuntimeError(`index ${k} out of bounds`);
  return Number(k);
}

function clientMetadata(keys: readonly CompiledKey[] | null): PathAccessor {
  const set = readOnly('otelcol.client.metadata');
  if (keys === null) {
    return {
      // A fresh map per read: functions that edit their argument cannot change the request's metadata.
      get: (ctx) => {
        const out: ValueMap = new Map();
        for (const [k, v] of ctx.requestMetadata) out.set(k, [...v]);
        return out;
      },
      set,
    };
  }
  return {
    get: (ctx) => {
      const values = metadataValues(ctx.requestMetadata, keyName(ctx, keys[0]));
      if (values.length === 0) return null;
      if (keys.length === 1) return [...values];
      if (keys.length > 2) throw new OttlRuntimeError('cannot index into string slice more than once');
      return values[index(ctx, keys[1], values.length)];
    },
    set,
  };
}

/** Resolves the segments after `otelcol.`. */
export function resolveOtelcol(node: PathNode): PathAccessor {
  if (node.name === 'client') {
    const next = node.next();
    if (next?.name === 'metadata') return clientMetadata(next.keys());
    if (next !== null && (next.name === 'addr' || next.name === 'auth')) {
      throw new PathError(`path "otelcol.client.${next.name}" is not available outside the collector (only otelcol.client.metadata is)`, next.span);
    }
    if (next === null) throw unknownSegment(node.name, node.text, CONTEXT, node.span);
    throw unknownSegment(next.name, next.text, CONTEXT, next.span);
  }
  if (node.name === 'grpc') {
    throw new PathError('path "otelcol.grpc.metadata" is not available outside the collector (use otelcol.client.metadata)', node.span);
  }
  throw unknownSegment(node.name, node.text, CONTEXT, node.span);
}
