/**
 * Request metadata: the key → values pairs a receiver attaches to a batch (HTTP headers or gRPC
 * metadata in the collector, `client.Info.Metadata`), read by OTTL through the read-only
 * `otelcol.client.metadata` paths.
 */

/** Metadata as the runtime keeps it: each key with all of its values, in the order given. */
export type RequestMetadata = ReadonlyMap<string, readonly string[]>;

/**
 * What an embedder may pass: a `Map` or a plain object, each key with one value or several.
 * Plain-object keys are data (`__proto__` included, as with `Object.entries`).
 */
export type RequestMetadataInput =
  | ReadonlyMap<string, string | readonly string[]>
  | Readonly<Record<string, string | readonly string[]>>;

/** No metadata: what a batch carries unless the embedder passes some. */
export const NO_METADATA: RequestMetadata = new Map();

/** Normalises an embedder's metadata (copied, so later changes by the caller do not show through). */
export function toRequestMetadata(input: RequestMetadataInput | undefined): RequestMetadata {
  if (input === undefined) return NO_METADATA;
  const entries = input instanceof Map ? [...input.entries()] : Object.entries(input as Record<string, string | readonly string[]>);
  const out = new Map<string, readonly string[]>();
  for (const [k, v] of entries) {
    const values = typeof v === 'string' ? [v] : [...(v as readonly string[])];
    // Repeated keys (possible from a Map of a case-variant key) accumulate, as HTTP headers do.
    out.set(k, [...(out.get(k) ?? []), ...values]);
  }
  return out;
}

/**
 * `client.Metadata.Get`: the values of `key`, looked up exactly first, then ignoring ASCII case
 * (collector metadata keys are header names). Empty when the key is absent.
 */
export function metadataValues(md: RequestMetadata, key: string): readonly string[] {
  const exact = md.get(key);
  if (exact !== undefined && exact.length > 0) return exact;
  const lower = key.toLowerCase();
  for (const [k, v] of md) if (k.toLowerCase() === lower) return v;
  return exact ?? [];
}

/**
 * Parses CLI `key=value` pairs (`--metadata tenant=acme`); a repeated key collects several values.
 * @throws Error naming the malformed pair (no `=`, or an empty key).
 */
export function parseMetadataPairs(pairs: readonly string[]): RequestMetadata {
  const out = new Map<string, string[]>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--metadata expects key=value, got "${pair}"`);
    const key = pair.slice(0, eq);
    const list = out.get(key) ?? [];
    list.push(pair.slice(eq + 1));
    out.set(key, list);
  }
  return out;
}

/** Per-batch options of `TransformProcessor.process` / `FilterProcessor.process`. */
export interface ProcessOptions {
  /**
   * The request metadata of this batch, read by `otelcol.client.metadata["key"]`: e.g.
   * `{ metadata: { 'x-tenant': 'acme' } }` or `new Map([['x-tenant', ['a', 'b']]])`.
   */
  readonly metadata?: RequestMetadataInput;
}
