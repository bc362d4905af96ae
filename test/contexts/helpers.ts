/** Test helpers: build path requests from text and model fixtures like the reference's tests. */
import { CONTEXTS, isContextName } from '../../src/contexts/index.js';
import type { CompiledKey, ContextName, PathAccessor, PathRequest, PathSegment } from '../../src/contexts/types.js';
import type { EvalContext } from '../../src/core/eval-context.js';
import type { Value, ValueMap } from '../../src/core/values/types.js';

export type DynamicKey = (ctx: EvalContext) => string | bigint;

/**
 * Parses `log.attributes["a"][0].b` into a request. A first segment followed by `.` that names a
 * context (or `instrumentation_scope`) becomes the prefix unless `legacy` is set, in which case
 * the prefix is null as for an unprefixed statement. `[$name]` keys come from `dynamic`.
 */
export function path(text: string, opts: { legacy?: boolean; dynamic?: Record<string, DynamicKey> } = {}): PathRequest {
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    while (i < text.length && /[A-Za-z0-9_]/.test(text[i])) i++;
    const name = text.slice(start, i);
    const keys: CompiledKey[] = [];
    while (text[i] === '[') {
      const ks = i;
      const close = text.indexOf(']', i);
      const body = text.slice(i + 1, close);
      i = close + 1;
      const span = { start: ks, end: i };
      if (body.startsWith('"')) {
        const s = JSON.parse(body) as string;
        keys.push({ constant: s, get: () => s, span });
      } else if (body.startsWith('$')) {
        const g = opts.dynamic?.[body.slice(1)];
        if (g === undefined) throw new Error(`no dynamic key ${body}`);
        keys.push({ constant: undefined, get: g, span });
      } else {
        const n = BigInt(body);
        keys.push({ constant: n, get: () => n, span });
      }
    }
    segments.push({ name, keys, span: { start, end: i } });
    if (text[i] === '.') i++;
  }
  let prefix: string | null = null;
  const first = segments[0];
  if (!opts.legacy && segments.length > 1 && first.keys.length === 0 && (isContextName(first.name) || first.name === 'instrumentation_scope')) {
    prefix = first.name;
    segments.shift();
  }
  return { prefix, segments, span: { start: 0, end: text.length } };
}

/** Resolves `text` in `context`. */
export function resolve(context: ContextName, text: string, opts?: Parameters<typeof path>[1]): PathAccessor {
  return (CONTEXTS.get(context) as NonNullable<ReturnType<typeof CONTEXTS.get>>).resolvePath(path(text, opts));
}

/** Sets through an accessor, failing the test if the path is read-only. */
export function setVia(acc: PathAccessor, ctx: EvalContext, v: Value): void {
  if (acc.set === undefined) throw new Error('path is read-only');
  acc.set(ctx, v);
}

/** The attribute set the reference's context tests use. */
export function testAttributes(): ValueMap {
  return new Map<string, Value>([
    ['str', 'val'],
    ['bool', true],
    ['int', 10n],
    ['double', 1.2],
    ['bytes', new Uint8Array([1, 3, 2])],
    ['arr_str', ['one', 'two']],
    ['arr_bool', [true, false]],
    ['arr_int', [2n, 3n]],
    ['arr_float', [1.0, 2.0]],
    ['arr_bytes', [new Uint8Array([1, 2, 3]), new Uint8Array([2, 3, 4])]],
    ['pMap', new Map<string, Value>([['original', 'map']])],
    ['map', new Map<string, Value>([['original', 'map']])],
    ['slice', [new Map<string, Value>([['map', 1n]])]],
  ]);
}

export const TRACE_ID = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
export const SPAN_ID = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
export const SPAN_ID2 = new Uint8Array([8, 7, 6, 5, 4, 3, 2, 1]);
export const TIME = 1581452772000000321n;
export const TIME2 = 1581452773000000789n;
