/**
 * Where `ottl serve` sends what the rules kept: another OTLP/HTTP endpoint, or a file of OTLP/JSON
 * lines (an OTLP/gRPC endpoint: `grpc-forwarder.ts`). A delivery either succeeds (then the client's request is acknowledged) or says whether
 * the client should retry.
 */
import { appendFile } from 'node:fs/promises';
import { encodeDocument, encodeProtobuf, type OtlpFormat, type TelemetryDocument } from '../api/index.js';
import { readPartialSuccess, type PartialSuccess } from './response.js';

/** The outcome of one delivery. */
export type Delivery =
  | { ok: true; partial: PartialSuccess | null }
  /** The target is down or busy: answer 503 with `Retry-After` (seconds). */
  | { ok: false; retryable: true; retryAfter: number | null; message: string }
  /** The target refused the data for good: answer `status`. */
  | { ok: false; retryable: false; status: number; message: string };

export interface Deliverer {
  deliver(doc: TelemetryDocument, received: OtlpFormat): Promise<Delivery>;
  /** Releases connections, after the last delivery. */
  close?(): void;
}

const RETRYABLE = new Set([429, 502, 503, 504]);

/** POSTs each request to `${base}/v1/<signal>`, in `format` or the received encoding. */
export class Forwarder implements Deliverer {
  constructor(
    private readonly base: string,
    private readonly format: OtlpFormat | undefined,
    private readonly timeoutMs: number,
  ) {}

  async deliver(doc: TelemetryDocument, received: OtlpFormat): Promise<Delivery> {
    const format = this.format ?? received;
    const body = format === 'json' ? encodeDocument(doc) : encodeProtobuf(doc);
    const url = `${this.base.replace(/\/+$/, '')}/v1/${doc.signal}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': format === 'json' ? 'application/json' : 'application/x-protobuf' },
        body: body as BodyInit,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      return { ok: false, retryable: true, retryAfter: null, message: `forward target ${url} unreachable: ${(e as Error).cause ?? (e as Error).message}` };
    }
    const bytes = new Uint8Array(await res.arrayBuffer().catch(() => new ArrayBuffer(0)));
    if (res.ok) return { ok: true, partial: readPartialSuccess(format, doc.signal, bytes) };
    const message = `forward target answered ${res.status}`;
    if (RETRYABLE.has(res.status)) {
      const ra = Number(res.headers.get('retry-after'));
      return { ok: false, retryable: true, retryAfter: Number.isFinite(ra) && ra > 0 ? ra : null, message };
    }
    return { ok: false, retryable: false, status: res.status >= 400 && res.status < 500 ? res.status : 502, message };
  }
}

/** Appends each request as one OTLP/JSON line to a file (requests of one process in order). */
export class FileAppender implements Deliverer {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly path: string) {}

  deliver(doc: TelemetryDocument): Promise<Delivery> {
    const line = encodeDocument(doc) + '\n';
    const done = this.tail.then(() => appendFile(this.path, line));
    this.tail = done.catch(() => {});
    return done.then(
      (): Delivery => ({ ok: true, partial: null }),
      (e: Error): Delivery => ({ ok: false, retryable: true, retryAfter: null, message: `cannot write ${this.path}: ${e.message}` }),
    );
  }
}
