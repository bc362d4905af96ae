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
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DecodeError, decodeDocument, decodeProtobuf, type OtlpFormat, type ReloadableProcessor, type Signal, type TelemetryDocument } from '../api/index.js';
import { BodyError, readBody } from './body.js';
import type { Deliverer } from './deliver.js';
import { Counters, renderPrometheus, type Snapshot } from './metrics.js';
import { countRecords, type Pipeline } from './pipeline.js';
import { statusBody, successBody } from './response.js';

/** Limits and hooks of an {@link OtlpGateway}. */
export interface GatewayOptions {
  /** The rules; each request uses the version current when it arrived. */
  rules: ReloadableProcessor<Pipeline>;
  deliverer: Deliverer;
  /** Largest accepted body, in bytes, before and after decompression. */
  maxBodyBytes: number;
  /** Requests processed at once; more are answered 503. */
  maxInFlight: number;
  /** `Retry-After` seconds when the target gives none. */
  retryAfterSeconds: number;
  /** Where `/metrics` gets its numbers (the primary's sum of all workers); default: this process's. */
  metricsSource?: () => Promise<Snapshot>;
  /** Called after each answered request (the cluster uses it to report counters). */
  onCountersChanged?: () => void;
}

const PATHS: Record<string, Signal> = { '/v1/logs': 'logs', '/v1/traces': 'traces', '/v1/metrics': 'metrics' };

/** An OTLP/HTTP receiver applying the rules and delivering the result. */
export class OtlpGateway {
  readonly counters = new Counters();
  private readonly server: Server;
  private inFlight = 0;
  private closing = false;
  private idle: (() => void) | null = null;

  constructor(private readonly options: GatewayOptions) {
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
    this.closing = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return send(res, this.closing ? 503 : 200, 'text/plain', this.closing ? 'shutting down\n' : 'ok\n');
    if (path === '/metrics') {
      const snapshot = await (this.options.metricsSource?.() ?? Promise.resolve(this.snapshot()));
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
    if (this.closing || this.inFlight >= this.options.maxInFlight) {
      req.resume();
      res.setHeader('retry-after', String(this.options.retryAfterSeconds));
      return this.answer(res, signal, format, 503, this.closing ? 'shutting down' : 'too many requests in flight');
    }
    this.inFlight++;
    try {
      await this.export(req, res, signal, format);
    } finally {
      this.inFlight--;
      this.options.onCountersChanged?.();
      if (this.inFlight === 0 && this.idle !== null) this.idle();
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
    // One rule set version for the whole request: a reload applies to later requests only.
    const version = this.options.rules.current;
    const received = countRecords(doc);
    this.counters.add('ottl_serve_records_received_total', { signal }, received);
    try {
      version.ruleSet.process(doc);
    } catch (e) {
      this.counters.add('ottl_serve_rule_failures_total', { signal });
      return this.answer(res, signal, format, 400, `rules (version ${version.version}) failed: ${(e as Error).message}`);
    }
    const kept = countRecords(doc);
    if (kept > 0) {
      const d = await this.options.deliverer.deliver(doc, format);
      if (!d.ok) {
        if (d.retryable) {
          res.setHeader('retry-after', String(d.retryAfter ?? this.options.retryAfterSeconds));
          return this.answer(res, signal, format, 503, d.message);
        }
        return this.answer(res, signal, format, d.status, d.message);
      }
      this.counters.add('ottl_serve_records_sent_total', { signal }, kept);
      this.counters.add('ottl_serve_records_dropped_total', { signal }, received - kept);
      return this.answer(res, signal, format, 200, d.partial);
    }
    this.counters.add('ottl_serve_records_dropped_total', { signal }, received);
    return this.answer(res, signal, format, 200, null);
  }

  private answer(res: ServerResponse, signal: Signal, format: OtlpFormat, status: number, detail: string | { rejected: bigint; message: string } | null): void {
    this.counters.add('ottl_serve_requests_total', { signal, code: status });
    const type = format === 'json' ? 'application/json' : 'application/x-protobuf';
    if (status === 200) send(res, 200, type, successBody(format, signal, typeof detail === 'string' ? null : detail));
    else send(res, status, type, statusBody(format, status, typeof detail === 'string' ? detail : ''));
  }

  /** This process's counters, with the in-flight gauge. */
  snapshot(): Snapshot {
    return { ...this.counters.snapshot(), ottl_serve_in_flight_requests: this.inFlight };
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
