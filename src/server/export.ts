/**
 * The export path every `ottl serve` receiver shares (OTLP/HTTP and OTLP/gRPC): admission (a cap on
 * requests in flight, none while shutting down), the rules current when the request arrived, then
 * delivery, and the counters. Each receiver turns an {@link Outcome} into its own status codes, so
 * both protocols acknowledge exactly when the data was forwarded or written.
 */
import type { OtlpFormat, ReloadableProcessor, RequestMetadata, Signal, TelemetryDocument } from '../api/index.js';
import type { Deliverer } from './deliver.js';
import { Counters, type Snapshot } from './metrics.js';
import { countRecords, type Pipeline } from './pipeline.js';
import type { PartialSuccess } from './response.js';

/** What became of one export request, independent of the protocol it came in on. */
export type Outcome =
  /** Delivered (or every record dropped by the rules): acknowledge, relaying any partial success. */
  | { kind: 'ok'; partial: PartialSuccess | null }
  /** The data cannot be accepted as it is (the rules failed under `error_mode: propagate`). */
  | { kind: 'invalid'; message: string }
  /** Retryable: the target is down or busy, or too many requests are in flight, or shutting down. */
  | { kind: 'unavailable'; retryAfter: number; message: string }
  /** The target refused the data for good, with an HTTP-style status (4xx, or 502 for anything else). */
  | { kind: 'refused'; status: number; message: string };

/** The parts of `ottl serve` that both receivers use. */
export interface ExportOptions {
  /** The rules; each request uses the version current when it arrived. */
  rules: ReloadableProcessor<Pipeline>;
  deliverer: Deliverer;
  /** Requests processed at once (both protocols together); more are answered as unavailable. */
  maxInFlight: number;
  /** Seconds a client should wait before retrying when the target gives no delay. */
  retryAfterSeconds: number;
  /** Called after each answered request (the cluster uses it to report counters). */
  onCountersChanged?: () => void;
}

/** Admission, processing and counters shared by the HTTP and gRPC receivers of one process. */
export class ExportCore {
  readonly counters = new Counters();
  private inFlight = 0;
  private closing = false;
  private idle: (() => void) | null = null;
  private drained: Promise<void> | null = null;

  constructor(readonly options: ExportOptions) {}

  get isClosing(): boolean {
    return this.closing;
  }

  /**
   * Takes a slot for a request, or says why not (an {@link Outcome} of kind `unavailable`). A taken
   * slot must be given back with {@link release}.
   */
  admit(): Outcome | null {
    if (!this.closing && this.inFlight < this.options.maxInFlight) {
      this.inFlight++;
      return null;
    }
    return { kind: 'unavailable', retryAfter: this.options.retryAfterSeconds, message: this.closing ? 'shutting down' : 'too many requests in flight' };
  }

  release(): void {
    this.inFlight--;
    this.options.onCountersChanged?.();
    if (this.inFlight === 0 && this.idle !== null) this.idle();
  }

  /**
   * Applies the rules (with the request's metadata, for `otelcol.client.metadata`) and delivers
   * what they kept. `received` is the encoding the request came in, which a forward target may reuse.
   */
  async process(doc: TelemetryDocument, received: OtlpFormat, metadata: RequestMetadata | undefined): Promise<Outcome> {
    const signal = doc.signal;
    // One rule set version for the whole request: a reload applies to later requests only.
    const version = this.options.rules.current;
    const count = countRecords(doc);
    this.counters.add('ottl_serve_records_received_total', { signal }, count);
    try {
      version.ruleSet.process(doc, metadata);
    } catch (e) {
      this.counters.add('ottl_serve_rule_failures_total', { signal });
      return { kind: 'invalid', message: `rules (version ${version.version}) failed: ${(e as Error).message}` };
    }
    const kept = countRecords(doc);
    if (kept === 0) {
      this.counters.add('ottl_serve_records_dropped_total', { signal }, count);
      return { kind: 'ok', partial: null };
    }
    const d = await this.options.deliverer.deliver(doc, received);
    if (!d.ok) {
      return d.retryable
        ? { kind: 'unavailable', retryAfter: d.retryAfter ?? this.options.retryAfterSeconds, message: d.message }
        : { kind: 'refused', status: d.status, message: d.message };
    }
    this.counters.add('ottl_serve_records_sent_total', { signal }, kept);
    this.counters.add('ottl_serve_records_dropped_total', { signal }, count - kept);
    return { kind: 'ok', partial: d.partial };
  }

  /** Counts one answered request; `code` is the HTTP status or the gRPC status name. */
  answered(protocol: 'http' | 'grpc', signal: Signal, code: number | string): void {
    this.counters.add('ottl_serve_requests_total', { protocol, signal, code });
  }

  /** Stops admitting requests; resolves when those in flight have been answered. */
  drain(): Promise<void> {
    this.closing = true;
    this.drained ??= this.inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (this.idle = resolve));
    return this.drained;
  }

  /** This process's counters, with the in-flight gauge. */
  snapshot(): Snapshot {
    return { ...this.counters.snapshot(), ottl_serve_in_flight_requests: this.inFlight };
  }
}
