/**
 * Forwarding to an OTLP/gRPC endpoint (`--forward grpc://host:port`, or `grpcs://` for TLS with the
 * system's roots): each request becomes one unary `Export` call, its outcome a {@link Delivery}.
 */
import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import type { TelemetryDocument } from '../api/index.js';
import type { Deliverer, Delivery } from './deliver.js';
import { codeName, exportMethod, exportService, httpStatusOfCode, RETRYABLE_CODES, type ExportResponse } from './grpc-services.js';

/** Sends each request to an OTLP/gRPC endpoint. */
export class GrpcForwarder implements Deliverer {
  private readonly client: Client;

  /** @param target `grpc://host:port` or `grpcs://host:port`. */
  constructor(
    private readonly target: string,
    private readonly timeoutMs: number,
  ) {
    const url = new URL(target);
    this.client = new Client(url.host, url.protocol === 'grpcs:' ? credentials.createSsl() : credentials.createInsecure(), {
      // Reconnect to a target that was down within a second, not grpc-js's default of up to two minutes:
      // until it does, every call fails at once and clients keep retrying.
      'grpc.initial_reconnect_backoff_ms': 100,
      'grpc.max_reconnect_backoff_ms': 1000,
      'grpc.max_send_message_length': -1,
      'grpc.max_receive_message_length': -1,
    });
  }

  deliver(doc: TelemetryDocument): Promise<Delivery> {
    const method = exportService(doc.signal)['Export'];
    return new Promise((resolve) => {
      this.client.makeUnaryRequest(
        exportMethod(doc.signal),
        method.requestSerialize as (d: TelemetryDocument) => Buffer,
        method.responseDeserialize as (b: Buffer) => ExportResponse,
        doc,
        new Metadata(),
        { deadline: Date.now() + this.timeoutMs },
        (error: ServiceError | null, response?: ExportResponse) => resolve(error === null ? { ok: true, partial: response?.partial ?? null } : this.failure(error)),
      );
    });
  }

  close(): void {
    this.client.close();
  }

  private failure(error: ServiceError): Delivery {
    const message = `forward target ${this.target} answered ${codeName(error.code)}: ${error.details}`;
    if (RETRYABLE_CODES.has(error.code) || hasRetryInfo(error)) return { ok: false, retryable: true, retryAfter: null, message };
    return { ok: false, retryable: false, status: httpStatusOfCode(error.code), message };
  }
}

/** Whether the status details carry a `google.rpc.RetryInfo`: the target says the call may be retried. */
function hasRetryInfo(error: ServiceError): boolean {
  return error.metadata?.get('grpc-status-details-bin').some((v) => Buffer.from(v).includes('google.rpc.RetryInfo')) ?? false;
}
