/**
 * The OTLP/gRPC receiver of `ottl serve` (`--listen-grpc`): the Logs, Trace and Metrics services'
 * unary `Export`, sharing the HTTP receiver's {@link ExportCore} (admission, rules, delivery,
 * counters). Status codes follow the OTLP/gRPC specification: OK with the partial success relayed
 * from the forward target; INVALID_ARGUMENT for an undecodable message (or rules failing under
 * `error_mode: propagate`); RESOURCE_EXHAUSTED over the size limit (grpc-js checks it, after gzip
 * too); UNAVAILABLE with a RetryInfo when the target is down or busy, too many calls are in flight,
 * or the server is stopping.
 */
import { Metadata, Server, ServerCredentials, status as Code, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import type { Signal } from '../api/index.js';
import type { ExportCore, Outcome } from './export.js';
import { codeName, codeOfHttpStatus, exportService, type DecodedRequest, type ExportResponse } from './grpc-services.js';
import { grpcMetadata } from './request-metadata.js';
import { ListenError } from './listen-error.js';
import { retryInfoStatus } from './response.js';

/** What a {@link GrpcReceiver} is given. */
export interface GrpcReceiverOptions {
  core: ExportCore;
  /** Largest accepted message, in bytes, before and after decompression. */
  maxMessageBytes: number;
  /** Pass the call's metadata to the rules as request metadata (`otelcol.client.metadata`). */
  includeMetadata: boolean;
}

type Call = ServerUnaryCall<DecodedRequest, ExportResponse>;
type Reply = sendUnaryData<ExportResponse>;

const SIGNALS: readonly Signal[] = ['logs', 'traces', 'metrics'];

/** Serves the three OTLP export services on one port; each call goes through the shared {@link ExportCore}. */
export class GrpcReceiver {
  private readonly server: Server;
  private readonly core: ExportCore;

  constructor(private readonly options: GrpcReceiverOptions) {
    this.core = options.core;
    this.server = new Server({ 'grpc.max_receive_message_length': options.maxMessageBytes });
    for (const signal of SIGNALS) {
      this.server.addService(exportService(signal), { Export: (call: Call, reply: Reply) => void this.handle(signal, call, reply) });
    }
  }

  /**
   * Starts listening (plaintext); resolves with the bound port.
   * @throws ListenError when the address cannot be bound.
   */
  listen(port: number, host: string): Promise<number> {
    const address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    return new Promise((resolve, reject) =>
      this.server.bindAsync(address, ServerCredentials.createInsecure(), (error, bound) => {
        if (error === null) return resolve(bound);
        // grpc-js lists the cause inside its message ("… errors: [listen EADDRINUSE: …]").
        const cause = /errors: \[(.*)\]$/.exec(error.message)?.[1] ?? error.message;
        reject(new ListenError(`cannot listen on grpc://${address}: ${cause}`));
      }),
    );
  }

  /**
   * Graceful stop: no new connections; calls already received finish (delivered and answered);
   * calls arriving meanwhile on open connections are answered UNAVAILABLE.
   */
  async close(): Promise<void> {
    const shutDown = new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
    await this.core.drain();
    await shutDown;
  }

  private async handle(signal: Signal, call: Call, reply: Reply): Promise<void> {
    const request = call.request;
    if ('error' in request) return this.fail(reply, signal, Code.INVALID_ARGUMENT, request.error);
    const refused = this.core.admit();
    if (refused !== null) return this.answer(reply, signal, refused);
    try {
      const metadata = this.options.includeMetadata ? grpcMetadata(call.metadata.toJSON(), call.getHost()) : undefined;
      this.answer(reply, signal, await this.core.process(request.doc, 'protobuf', metadata));
    } catch (e) {
      // A fault of ours (not of the data, nor of the target): answer rather than leave the call hanging.
      this.fail(reply, signal, Code.INTERNAL, `internal error: ${(e as Error).message}`);
    } finally {
      this.core.release();
    }
  }

  private answer(reply: Reply, signal: Signal, outcome: Outcome): void {
    switch (outcome.kind) {
      case 'ok':
        this.core.answered('grpc', signal, codeName(Code.OK));
        return reply(null, { partial: outcome.partial });
      case 'invalid':
        return this.fail(reply, signal, Code.INVALID_ARGUMENT, outcome.message);
      case 'unavailable': {
        const metadata = new Metadata();
        metadata.set('grpc-status-details-bin', retryInfoStatus(Code.UNAVAILABLE, outcome.message, outcome.retryAfter));
        return this.fail(reply, signal, Code.UNAVAILABLE, outcome.message, metadata);
      }
      case 'refused':
        return this.fail(reply, signal, codeOfHttpStatus(outcome.status), outcome.message);
    }
  }

  private fail(reply: Reply, signal: Signal, code: Code, details: string, metadata?: Metadata): void {
    this.core.answered('grpc', signal, codeName(code));
    reply({ code, details, metadata });
  }
}
