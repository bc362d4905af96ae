/**
 * Bounded load test of `ottl serve` on loopback (not a timed test): a client sends OTLP/protobuf
 * log requests of 100 and 1,000 records, 16 at a time, to `ottl serve` (a child process, one worker
 * and then one per core) forwarding to an in-process sink that answers at once: OTLP/HTTP in and
 * out, then OTLP/gRPC in and out (`--listen-grpc`, `--forward grpc://`). Each run stops after 2,000
 * requests (300 at 1,000 records) or 10 seconds, whichever comes first; the sinks count the records
 * they receive, which must be every record the client had acknowledged.
 *
 *     npm run build && node dist/bench/serve.js
 *
 * Prints requests/s, records/s and the p50/p99 latency seen by the client. The client, the sink
 * and the workers share the machine's cores, so all-core numbers understate a dedicated gateway.
 */
import { Client, credentials, Metadata, Server, ServerCredentials, type ServiceDefinition } from '@grpc/grpc-js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeProtobuf } from '../src/codec/otlpproto/decode.js';
import { encodeProtobuf } from '../src/codec/otlpproto/encode.js';
import { newLogRecord, newResource, newScope, type TelemetryDocument } from '../src/core/model.js';

const CONCURRENCY = 16;
const TIME_LIMIT_MS = 10_000;
const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../bin/ottl.js');

function request(records: number): Uint8Array {
  const resource = newResource();
  resource.attributes.set('service.name', 'checkout');
  const logRecords = [];
  for (let i = 0; i < records; i++) {
    const r = newLogRecord();
    r.timeUnixNano = 1_700_000_000_000_000_000n + BigInt(i);
    r.severityNumber = 9;
    r.body = `user ${i} checked out`;
    r.attributes.set('http.route', '/api/cart');
    r.attributes.set('user.email', `user${i}@example.com`);
    r.attributes.set('http.status_code', 200n);
    logRecords.push(r);
  }
  const doc: TelemetryDocument = { signal: 'logs', data: { resourceLogs: [{ resource, scopeLogs: [{ scope: newScope(), logRecords, schemaUrl: '' }], schemaUrl: '' }] } };
  return encodeProtobuf(doc);
}

const CONFIG = `
processors:
  transform:
    log_statements:
      - replace_pattern(log.attributes["user.email"], "^[^@]+", "***")
      - set(log.attributes["env"], "prod") where resource.attributes["service.name"] == "checkout"
      - set(log.severity_text, "INFO") where log.severity_number == SEVERITY_NUMBER_INFO
  filter:
    logs:
      log_record:
        - log.attributes["http.status_code"] == 500
service:
  pipelines:
    logs:
      processors: [transform, filter]
`;

type Protocol = 'http' | 'grpc';
const LOGS_EXPORT = '/opentelemetry.proto.collector.logs.v1.LogsService/Export';

/** The number of log records of an OTLP/protobuf logs request (the sinks' check). */
function recordsIn(body: Uint8Array): number {
  const doc = decodeProtobuf(body, 'logs');
  return doc.signal === 'logs' ? doc.data.resourceLogs.reduce((n, r) => n + r.scopeLogs.reduce((m, s) => m + s.logRecords.length, 0), 0) : 0;
}

interface Sink {
  url: string;
  records: number;
  close: () => void;
}

async function startHttpSink(): Promise<Sink> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      sink.records += recordsIn(Buffer.concat(chunks));
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const sink: Sink = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, records: 0, close: () => server.close() };
  return sink;
}

async function startGrpcSink(): Promise<Sink> {
  const raw = (b: Buffer): Buffer => b;
  const service: ServiceDefinition = {
    Export: { path: LOGS_EXPORT, requestStream: false, responseStream: false, requestSerialize: raw, requestDeserialize: raw, responseSerialize: raw, responseDeserialize: raw },
  };
  const server = new Server({ 'grpc.max_receive_message_length': -1 });
  server.addService(service, {
    Export: (call: { request: Buffer }, reply: (e: null, v: Buffer) => void) => {
      sink.records += recordsIn(call.request);
      reply(null, Buffer.alloc(0));
    },
  });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
  const sink: Sink = { url: `grpc://127.0.0.1:${port}`, records: 0, close: () => server.forceShutdown() };
  return sink;
}

async function startServe(config: string, forward: string, workers: number, protocol: Protocol): Promise<{ port: number; child: ChildProcess }> {
  const args = ['serve', '-c', config, '--listen', '127.0.0.1:0', '--forward', forward, '--workers', String(workers)];
  if (protocol === 'grpc') args.push('--listen-grpc', '127.0.0.1:0');
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = (protocol === 'grpc' ? /and grpc:\/\/127\.0\.0\.1:(\d+)/ : /listening on http:\/\/127\.0\.0\.1:(\d+)/).exec(err);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', () => reject(new Error(err)));
  });
  return { port, child };
}

/** One export request over either protocol; resolves with whether it was acknowledged. */
function sender(protocol: Protocol, port: number, body: Uint8Array): { send: () => Promise<boolean>; close: () => void } {
  if (protocol === 'http') {
    const url = `http://127.0.0.1:${port}/v1/logs`;
    return {
      send: async () => {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: body as BodyInit });
        await res.arrayBuffer();
        return res.status === 200;
      },
      close: () => {},
    };
  }
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure(), { 'grpc.max_send_message_length': -1 });
  const bytes = Buffer.from(body);
  return {
    send: () =>
      new Promise((resolve) => client.makeUnaryRequest(LOGS_EXPORT, (b: Buffer) => b, (b: Buffer) => b, bytes, new Metadata(), (e) => resolve(e === null))),
    close: () => client.close(),
  };
}

async function load(
  protocol: Protocol,
  port: number,
  body: Uint8Array,
  maxRequests: number,
): Promise<{ done: number; acknowledged: number; seconds: number; p50: number; p99: number; failed: number }> {
  const latencies: number[] = [];
  let sent = 0;
  let failed = 0;
  const { send, close } = sender(protocol, port, body);
  const start = performance.now();
  const worker = async (): Promise<void> => {
    while (sent < maxRequests && performance.now() - start < TIME_LIMIT_MS) {
      sent++;
      const t0 = performance.now();
      if (!(await send())) failed++;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  close();
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { done: latencies.length, acknowledged: latencies.length - failed, seconds, p50: q(0.5), p99: q(0.99), failed };
}

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-bench-serve-'));
const config = path.join(dir, 'collector.yaml');
writeFileSync(config, CONFIG);
const sinks: Record<Protocol, Sink> = { http: await startHttpSink(), grpc: await startGrpcSink() };
const cores = availableParallelism();
console.log(`ottl serve load test: ${cores} cores, ${CONCURRENCY} concurrent requests, OTLP/protobuf logs, loopback`);
for (const workers of [...new Set([1, cores])]) {
  for (const protocol of ['http', 'grpc'] as const) {
    const sink = sinks[protocol];
    const { port, child } = await startServe(config, sink.url, workers, protocol);
    for (const [records, max] of [
      [100, 2000],
      [1000, 300],
    ] as const) {
      const body = request(records);
      await load(protocol, port, body, 50); // warm-up
      sink.records = 0;
      const r = await load(protocol, port, body, max);
      // Every acknowledged record reached the sink (the rules keep them all: no status 500 here).
      if (sink.records !== r.acknowledged * records) throw new Error(`${protocol}: the sink received ${sink.records} records, ${r.acknowledged * records} were acknowledged`);
      console.log(
        `${protocol.padEnd(4)} workers ${String(workers).padStart(2)}  ${String(records).padStart(4)} records/request: ` +
          `${(r.done / r.seconds).toFixed(0).padStart(5)} req/s  ${((r.done * records) / r.seconds).toFixed(0).padStart(7)} records/s  ` +
          `p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.done} requests, ${r.failed} not acknowledged)`,
      );
    }
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}
for (const sink of Object.values(sinks)) sink.close();
