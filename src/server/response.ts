/**
 * OTLP/HTTP export responses: `Export*ServiceResponse` with its optional `partial_success`
 * (field 1: rejected count (int64, field 1), error message (string, field 2)), in JSON or
 * protobuf, and the `google.rpc.Status` body of an error response (code 1, message 2).
 */
import type { OtlpFormat, Signal } from '../api/index.js';

/** A partial success: how many records were rejected, and why. */
export interface PartialSuccess {
  rejected: bigint;
  message: string;
}

const REJECTED_KEY: Record<Signal, string> = { logs: 'rejectedLogRecords', traces: 'rejectedSpans', metrics: 'rejectedDataPoints' };

/** A success response body (with the partial success, when there is one). */
export function successBody(format: OtlpFormat, signal: Signal, partial: PartialSuccess | null): Uint8Array | string {
  if (format === 'json') {
    if (partial === null) return '{}';
    const inner: Record<string, string> = {};
    if (partial.rejected !== 0n) inner[REJECTED_KEY[signal]] = partial.rejected.toString();
    if (partial.message !== '') inner['errorMessage'] = partial.message;
    return JSON.stringify({ partialSuccess: inner });
  }
  if (partial === null) return new Uint8Array(0);
  const body: number[] = [];
  if (partial.rejected !== 0n) {
    body.push(0x08);
    varint(body, BigInt.asUintN(64, partial.rejected));
  }
  if (partial.message !== '') {
    const m = Buffer.from(partial.message, 'utf8');
    body.push(0x12);
    varint(body, BigInt(m.length));
    body.push(...m);
  }
  const out: number[] = [0x0a];
  varint(out, BigInt(body.length));
  return new Uint8Array([...out, ...body]);
}

/** An error response body: a `google.rpc.Status` with `message`. */
export function statusBody(format: OtlpFormat, code: number, message: string): Uint8Array | string {
  if (format === 'json') return JSON.stringify({ code, message });
  const m = Buffer.from(message, 'utf8');
  const out: number[] = [0x08];
  varint(out, BigInt(code));
  out.push(0x12);
  varint(out, BigInt(m.length));
  return Buffer.concat([Buffer.from(out), m]);
}

/**
 * Reads the partial success out of an upstream's success response, or `null` (also for a body that
 * cannot be read: the data was accepted either way).
 */
export function readPartialSuccess(format: OtlpFormat, signal: Signal, body: Uint8Array): PartialSuccess | null {
  try {
    if (format === 'json') {
      if (body.length === 0) return null;
      const v = JSON.parse(Buffer.from(body).toString('utf8')) as { partialSuccess?: Record<string, unknown>; partial_success?: Record<string, unknown> };
      const p = v.partialSuccess ?? v.partial_success;
      if (p === undefined || p === null) return null;
      const rejected = BigInt(String(p[REJECTED_KEY[signal]] ?? p[snake(REJECTED_KEY[signal])] ?? 0));
      const message = String(p['errorMessage'] ?? p['error_message'] ?? '');
      return rejected === 0n && message === '' ? null : { rejected, message };
    }
    let pos = 0;
    const readVarint = (): bigint => {
      let v = 0n;
      let shift = 0n;
      for (;;) {
        if (pos >= body.length) throw new Error('truncated');
        const b = body[pos++];
        v |= BigInt(b & 0x7f) << shift;
        if (b < 0x80) return v;
        shift += 7n;
      }
    };
    while (pos < body.length) {
      const tag = Number(readVarint());
      if (tag === 0x0a) {
        const end = pos + Number(readVarint());
        let rejected = 0n;
        let message = '';
        while (pos < end) {
          const t = Number(readVarint());
          if (t === 0x08) rejected = BigInt.asIntN(64, readVarint());
          else if (t === 0x12) {
            const n = Number(readVarint());
            message = Buffer.from(body.subarray(pos, pos + n)).toString('utf8');
            pos += n;
          } else return null;
        }
        return rejected === 0n && message === '' ? null : { rejected, message };
      }
      return null;
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * The `grpc-status-details-bin` of a retryable gRPC error: a `google.rpc.Status` (code 1, message 2,
 * details 3) whose one detail is a `google.rpc.RetryInfo` (retry_delay 1: a Duration, seconds 1),
 * which the OTLP/gRPC specification asks a throttling server to send.
 */
export function retryInfoStatus(code: number, message: string, delaySeconds: number): Buffer {
  const duration = [0x08, ...varintBytes(BigInt(Math.max(0, Math.round(delaySeconds))))];
  const retryInfo = lengthDelimited(1, Buffer.from(duration));
  const any = Buffer.concat([lengthDelimited(1, Buffer.from('type.googleapis.com/google.rpc.RetryInfo')), lengthDelimited(2, retryInfo)]);
  return Buffer.concat([Buffer.from([0x08, ...varintBytes(BigInt(code))]), lengthDelimited(2, Buffer.from(message, 'utf8')), lengthDelimited(3, any)]);
}

function lengthDelimited(field: number, bytes: Buffer): Buffer {
  return Buffer.concat([Buffer.from([(field << 3) | 2, ...varintBytes(BigInt(bytes.length))]), bytes]);
}

function varintBytes(v: bigint): number[] {
  const out: number[] = [];
  varint(out, v);
  return out;
}

const snake = (s: string): string => s.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

function varint(out: number[], v: bigint): void {
  while (v > 0x7fn) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}
