/**
 * The OTLP/gRPC services, described for @grpc/grpc-js without .proto files: one unary `Export`
 * method per signal, whose messages are read and written by the project's own protobuf codec
 * (an `Export*ServiceRequest` is the signal's `*Data` message; the response holds only the
 * partial success). Also the mapping between gRPC status codes and `ottl serve`'s outcomes.
 */
import { logVerbosity, setLogVerbosity, status as Code, type ServiceDefinition } from '@grpc/grpc-js';
import { DecodeError, decodeProtobuf, encodeProtobuf, type Signal, type TelemetryDocument } from '../api/index.js';
import { readPartialSuccess, successBody, type PartialSuccess } from './response.js';

const SERVICE: Record<Signal, string> = {
  logs: 'opentelemetry.proto.collector.logs.v1.LogsService',
  traces: 'opentelemetry.proto.collector.trace.v1.TraceService',
  metrics: 'opentelemetry.proto.collector.metrics.v1.MetricsService',
};

/** The full method path of a signal's export call, e.g. `/opentelemetry.proto.collector.logs.v1.LogsService/Export`. */
export const exportMethod = (signal: Signal): string => `/${SERVICE[signal]}/Export`;

/** A request as the server's deserializer leaves it: decoded, or why it could not be. */
export type DecodedRequest = { doc: TelemetryDocument } | { error: string };

/**
 * An `Export*ServiceResponse`: only its partial success. Always an object, since grpc-js takes a
 * null response for no message at all.
 */
export interface ExportResponse {
  partial: PartialSuccess | null;
}

/**
 * The service definition of a signal for `Server.addService`. Its deserializer never throws on bad
 * bytes (grpc-js would answer INTERNAL): it hands the handler the decode error, which answers
 * INVALID_ARGUMENT as the OTLP specification asks.
 */
export function exportService(signal: Signal): ServiceDefinition {
  return {
    Export: {
      path: exportMethod(signal),
      requestStream: false,
      responseStream: false,
      requestSerialize: (doc: TelemetryDocument) => Buffer.from(encodeProtobuf(doc)),
      requestDeserialize: (bytes: Buffer): DecodedRequest => {
        try {
          return { doc: decodeProtobuf(bytes, signal, SERVICE[signal]) };
        } catch (e) {
          if (e instanceof DecodeError) return { error: e.message };
          throw e;
        }
      },
      responseSerialize: (response: ExportResponse) => Buffer.from(successBody('protobuf', signal, response.partial)),
      responseDeserialize: (bytes: Buffer): ExportResponse => ({ partial: readPartialSuccess('protobuf', signal, bytes) }),
    },
  };
}

/** The codes the OTLP specification calls retryable (RESOURCE_EXHAUSTED only with a RetryInfo). */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set<number>([Code.CANCELLED, Code.DEADLINE_EXCEEDED, Code.ABORTED, Code.OUT_OF_RANGE, Code.UNAVAILABLE, Code.DATA_LOSS]);

const HTTP_OF_CODE: ReadonlyMap<number, number> = new Map<number, number>([
  [Code.INVALID_ARGUMENT, 400],
  [Code.UNAUTHENTICATED, 401],
  [Code.PERMISSION_DENIED, 403],
  [Code.NOT_FOUND, 404],
  [Code.UNIMPLEMENTED, 404],
  [Code.RESOURCE_EXHAUSTED, 413],
]);

/** The HTTP status standing for a gRPC forward target's permanent refusal (502 when none fits). */
export const httpStatusOfCode = (code: number): number => HTTP_OF_CODE.get(code) ?? 502;

/** The gRPC code answering a permanent refusal that carries an HTTP status. */
export function codeOfHttpStatus(status: number): number {
  switch (status) {
    case 400:
      return Code.INVALID_ARGUMENT;
    case 401:
      return Code.UNAUTHENTICATED;
    case 403:
      return Code.PERMISSION_DENIED;
    case 404:
      return Code.NOT_FOUND;
    case 413:
      return Code.RESOURCE_EXHAUSTED;
    default:
      return Code.INTERNAL;
  }
}

/** The name of a code (`UNAVAILABLE`), for the `code` label of `ottl_serve_requests_total`. */
export const codeName = (code: number): string => (Code as unknown as Record<number, string>)[code] ?? String(code);

/**
 * Silences grpc-js's own stderr lines (such as "E No address added …" before a bind error), since
 * `ottl serve` reports every failure itself; `GRPC_VERBOSITY` still turns them on.
 */
export function quietGrpcLogs(): void {
  if (process.env['GRPC_VERBOSITY'] === undefined) setLogVerbosity(logVerbosity.NONE);
}
