/**
 * The OTLP/HTTP gateway behind `ottl serve`: `POST /v1/logs`, `/v1/traces`, `/v1/metrics`
 * (`application/x-protobuf` or `application/json`, optionally gzip), rules applied with the rule
 * set current when the request arrived, then delivered (forwarded or appended to a file) before
 * the request is acknowledged. `GET /healthz` and `GET /metrics` (Prometheus text format).
 *
 * Status codes follow the OTLP/HTTP specification: 200 (with `partial_success` relayed from the
 * forward target), 400 undecodable body (or rules failing under `error_mode: propagate`: retrying
 * the same data cannot help), 413 over the size limit, 415 unknown content type or encoding, 503
 * with `Retry-After` when the forward target is down or busy, or too many requests are in flight.
 * The export path itself (admission, rules, delivery, counters) is the {@link ExportCore} the gRPC
 * receiver shares.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DecodeError, decodeDocument, decodeProtobuf, type OtlpFormat, type Signal, type TelemetryDocument } from '../api/index.js';
import { BodyError, readBody } from './body.js';
import type { ExportCore, Outcome } from './export.js';
import { renderPrometheus, type Snapshot } from './metrics.js';
import { httpMetadata } from './request-metadata.js';
import { statusBody, successBody } from './response.js';

/** Limits and hooks of an {@link OtlpGateway}. */
export interface GatewayOptions {
  /** Admission, rules, delivery and counters (shared with the gRPC receiver). */
  core: ExportCore;
  /** Largest accepted body, in bytes, before and after decompression. */
  maxBodyBytes: number;
  /** Pass the request headers to the rules as request metadata (`otelcol.client.metadata`). */
  includeMetadata: boolean;
  /** Where `/metrics` gets its numbers (the primary's sum of all workers); default: this process's. */
  metricsSource?: () => Promise<Snapshot>;
}

const PATHS: Record<string, Signal> = { '/v1/logs': 'logs', '/v1/traces': 'traces', '/v1/metrics': 'metrics' };

/** An OTLP/HTTP receiver applying the rules and delivering the result. */
export class OtlpGateway {
  private readonly server: Server;
  private readonly core: ExportCore;

  constructor(private readonly options: GatewayOptions) {
    this.core = options.core;
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 5_000;
  }

  /** Starts listening; resolves with the bound address. */
  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  /**
   * Graceful stop: no new connections, requests already received finish (delivered and answered),
   * then idle connections are closed.
   */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    await this.core.drain();
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const closing = this.core.isClosing;
    if (path === '/healthz') return send(res, closing ? 503 : 200, 'text/plain', closing ? 'shutting down\n' : 'ok\n');
    if (path === '/metrics') {
      const snapshot = await (this.options.metricsSource?.() ?? Promise.resolve(this.core.snapshot()));
      return send(res, 200, 'text/plain; version=0.0.4', renderPrometheus(snapshot));
    }
    const signal = PATHS[path];
    if (signal === undefined) return send(res, 404, 'text/plain', 'not found\n');
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return send(res, 405, 'text/plain', 'method not allowed\n');
    }
    const format = formatOf(req.headers['content-type']);
    if (format === undefined) {
      req.resume();
      return this.answer(res, signal, 'json', 415, `unsupported Content-Type "${req.headers['content-type'] ?? ''}"; use application/x-protobuf or application/json`);
    }
    const refused = this.core.admit();
    if (refused !== null) {
      req.resume();
      return this.reply(res, signal, format, refused);
    }
    try {
      await this.export(req, res, signal, format);
    } finally {
      this.core.release();
    }
  }

  private async export(req: IncomingMessage, res: ServerResponse, signal: Signal, format: OtlpFormat): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(req, this.options.maxBodyBytes);
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      if (e.status === 413) res.setHeader('connection', 'close');
      return this.answer(res, signal, format, e.status, e.message);
    }
    let doc: TelemetryDocument;
    try {
      doc = format === 'protobuf' ? decodeProtobuf(body, signal, path(signal)) : decodeDocument(body.toString('utf8'), path(signal));
      if (doc.signal !== signal) throw new DecodeError(path(signal), 1, undefined, '', `a ${doc.signal} document sent to /v1/${signal}`);
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      return this.answer(res, signal, format, 400, e.message);
    }
    const outcome = await this.core.process(doc, format, this.options.includeMetadata ? httpMetadata(req) : undefined);
    return this.reply(res, signal, format, outcome);
  }

  /** Answers with the HTTP status of an outcome (503 with `Retry-After` when the client should retry). */
  private reply(res: ServerResponse, signal: Signal, format: OtlpFormat, outcome: Outcome): void {
    switch (outcome.kind) {
      case 'ok':
        return this.answer(res, signal, format, 200, outcome.partial);
      case 'invalid':
        return this.answer(res, signal, format, 400, outcome.message);
      case 'unavailable':
        res.setHeader('retry-after', String(outcome.retryAfter));
        return this.answer(res, signal, format, 503, outcome.message);
      case 'refused':
        return this.answer(res, signal, format, outcome.status, outcome.message);
    }
  }

  private answer(res: ServerResponse, signal: Signal, format: OtlpFormat, status: number, detail: string | { rejected: bigint; message: string } | null): void {
    this.core.answered('http', signal, status);
    const type = format === 'json' ? 'application/json' : 'application/x-protobuf';
    if (status === 200) send(res, 200, type, successBody(format, signal, typeof detail === 'string' ? null : detail));
    else send(res, status, type, statusBody(format, status, typeof detail === 'string' ? detail : ''));
  }
}

const path = (signal: Signal): string => `/v1/${signal}`;

function formatOf(contentType: string | undefined): OtlpFormat | undefined {
  const t = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (t === 'application/x-protobuf' || t === 'application/protobuf') return 'protobuf';
  if (t === 'application/json') return 'json';
  return undefined;
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'content-type': type, 'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.length });
  res.end(body);
}
