/**
 * Bounded load test of `ottl serve` on loopback (not a timed test): a client sends OTLP/protobuf
 * log requests of 100 and 1,000 records, 16 at a time, to `ottl serve` (a child process, one worker
 * and then one per core) forwarding to an in-process sink that answers 200 at once. Each run stops
 * after 2,000 requests (300 at 1,000 records) or 10 seconds, whichever comes first.
 *
 *     npm run build && node dist/bench/serve.js
 *
 * Prints requests/s, records/s and the p50/p99 latency seen by the client. The client, the sink
 * and the workers share the machine's cores, so all-core numbers understate a dedicated gateway.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

async function startSink(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function startServe(config: string, forward: string, workers: number): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, 'serve', '-c', config, '--listen', '127.0.0.1:0', '--forward', forward, '--workers', String(workers)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', () => reject(new Error(err)));
  });
  return { port, child };
}

async function load(port: number, body: Uint8Array, maxRequests: number): Promise<{ done: number; seconds: number; p50: number; p99: number; failed: number }> {
  const latencies: number[] = [];
  let sent = 0;
  let failed = 0;
  const start = performance.now();
  const url = `http://127.0.0.1:${port}/v1/logs`;
  const worker = async (): Promise<void> => {
    while (sent < maxRequests && performance.now() - start < TIME_LIMIT_MS) {
      sent++;
      const t0 = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: body as BodyInit });
      await res.arrayBuffer();
      if (res.status !== 200) failed++;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { done: latencies.length, seconds, p50: q(0.5), p99: q(0.99), failed };
}

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-bench-serve-'));
const config = path.join(dir, 'collector.yaml');
writeFileSync(config, CONFIG);
const sink = await startSink();
const cores = availableParallelism();
console.log(`ottl serve load test: ${cores} cores, ${CONCURRENCY} concurrent requests, OTLP/protobuf logs, loopback`);
for (const workers of [...new Set([1, cores])]) {
  const { port, child } = await startServe(config, sink.url, workers);
  for (const [records, max] of [
    [100, 2000],
    [1000, 300],
  ] as const) {
    const body = request(records);
    await load(port, body, 50); // warm-up
    const r = await load(port, body, max);
    console.log(
      `workers ${String(workers).padStart(2)}  ${String(records).padStart(4)} records/request: ` +
        `${(r.done / r.seconds).toFixed(0).padStart(5)} req/s  ${((r.done * records) / r.seconds).toFixed(0).padStart(7)} records/s  ` +
        `p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.done} requests, ${r.failed} not 200)`,
    );
  }
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
}
sink.close();
