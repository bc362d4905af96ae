/**
 * Request metadata from what a client sent, as the collector's receivers build `client.Info.Metadata`
 * with `include_metadata: true` (confighttp / configgrpc): every HTTP header or gRPC metadata entry,
 * keys lower-cased (`client.NewMetadata`), each repeated header line or metadata entry one more value
 * (values are not split at commas), and `host` set from the request's authority when absent. OTTL
 * reads it as `otelcol.client.metadata["key"]`.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestMetadata } from '../api/index.js';

/**
 * The metadata of an HTTP request. Node already lower-cases header names, and keeps `Host` among
 * the headers (Go moves it to `Request.Host`, and the collector puts it back as `host`). Go's server
 * takes `Transfer-Encoding` out of the headers, so it is left out here too.
 */
export function httpMetadata(req: Pick<IncomingMessage, 'headersDistinct'>): RequestMetadata {
  const out = new Map<string, readonly string[]>();
  for (const [key, values] of Object.entries(req.headersDistinct)) if (values !== undefined && key !== 'transfer-encoding') out.set(key, values);
  return out;
}

/**
 * gRPC transport headers that grpc-go keeps out of the incoming metadata (grpc-js drops some of
 * them already, and also `content-type`, which grpc-go keeps).
 */
const GRPC_RESERVED = new Set(['grpc-timeout', 'grpc-encoding', 'grpc-message', 'grpc-status', 'grpc-message-type', 'grpc-status-details-bin', 'te']);

/**
 * The metadata of a gRPC call: its metadata entries (binary `-bin` values as UTF-8 text), plus
 * `:authority` and `host` from the call's authority, and `content-type` (always `application/grpc`
 * here; grpc-go passes the exact value, which grpc-js does not expose).
 * @param entries the call's metadata, key → values (grpc-js `Metadata.toJSON()`).
 */
export function grpcMetadata(entries: Readonly<Record<string, readonly (string | Buffer)[]>>, authority: string): RequestMetadata {
  const out = new Map<string, readonly string[]>();
  for (const [key, values] of Object.entries(entries)) {
    const k = key.toLowerCase();
    if (GRPC_RESERVED.has(k)) continue;
    out.set(k, [...(out.get(k) ?? []), ...values.map((v) => (typeof v === 'string' ? v : v.toString('utf8')))]);
  }
  if (!out.has('content-type')) out.set('content-type', ['application/grpc']);
  if (authority !== '') {
    out.set(':authority', [authority]);
    if (!out.has('host')) out.set('host', [authority]);
  }
  return out;
}
