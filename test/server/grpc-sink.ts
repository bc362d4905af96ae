/**
 * A test OTLP/gRPC sink on loopback: records each Export call's raw request bytes and metadata;
 * can answer an error code, hold calls, or go down and come back on the same port. Its service
 * definitions are written out here (raw bytes in and out) rather than taken from src/server.
 */
import { Metadata, Server, ServerCredentials, type ServerUnaryCall, type sendUnaryData, type ServiceDefinition } from '@grpc/grpc-js';

export interface GrpcReceived {
  signal: 'logs' | 'traces' | 'metrics';
  body: Buffer;
  metadata: Record<string, unknown>;
}

const METHODS = {
  logs: '/opentelemetry.proto.collector.logs.v1.LogsService/Export',
  traces: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  metrics: '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
} as const;

const raw = (b: Buffer): Buffer => b;

function service(path: string): ServiceDefinition {
  return { Export: { path, requestStream: false, responseStream: false, requestSerialize: raw, requestDeserialize: raw, responseSerialize: raw, responseDeserialize: raw } };
}

/** The sink itself: `start()` gives its `grpc://` address for `--forward`. */
export class GrpcSink {
  readonly received: GrpcReceived[] = [];
  /** gRPC status code to answer (0 = OK). */
  code = 0;
  /** Response body of a successful call (an `Export*ServiceResponse`, e.g. with a partial success). */
  response = Buffer.alloc(0);
  /** When set, each call waits for this promise before being answered. */
  hold: Promise<void> | null = null;
  private arrivals: (() => void)[] = [];
  private server: Server | null = null;
  port = 0;

  /** Starts (or restarts, on the same port) the sink; resolves with `grpc://127.0.0.1:port`. */
  async start(): Promise<string> {
    const server = new Server();
    for (const signal of Object.keys(METHODS) as (keyof typeof METHODS)[]) {
      server.addService(service(METHODS[signal]), {
        Export: (call: ServerUnaryCall<Buffer, Buffer>, reply: sendUnaryData<Buffer>) => {
          for (const a of this.arrivals.splice(0)) a();
          const finish = (): void => {
            if (this.code !== 0) return reply({ code: this.code, details: 'sink says no', metadata: new Metadata() });
            this.received.push({ signal, body: call.request, metadata: call.metadata.toJSON() });
            reply(null, this.response);
          };
          if (this.hold !== null) void this.hold.then(finish);
          else finish();
        },
      });
    }
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`127.0.0.1:${this.port}`, ServerCredentials.createInsecure(), (e, port) => (e ? reject(e) : resolve(port))),
    );
    this.server = server;
    return `grpc://127.0.0.1:${this.port}`;
  }

  /** Resolves when a call next arrives. */
  nextArrival(): Promise<void> {
    return new Promise((r) => this.arrivals.push(r));
  }

  /** Stops at once (the port keeps its number for a later {@link start}). */
  stop(): void {
    this.server?.forceShutdown();
    this.server = null;
  }
}
