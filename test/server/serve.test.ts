/**
 * `ottl serve` end to end on loopback: the SDK's OTLP/HTTP exporters (JSON and protobuf) → the
 * gateway → a test sink; 503 with Retry-After while the sink is down and nothing lost on retry; a
 * config edit under --watch applies to later requests only; status codes for bad requests; and
 * SIGTERM during a request loses nothing (the CLI in a child process).
 */
import { SeverityNumber } from '@opentelemetry/api-logs';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDocument, decodeProtobuf, encodeProtobuf } from '../../src/api/index.js';
import { startGateway, type RunningGateway } from '../../src/server/run.js';
import { CONFIG, jsonLogs, logsOf, options } from './fixtures.js';
import { Sink } from './sink.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-serve-'));
const decodeReceived = (r: { contentType: string; body: Buffer }, signal: 'logs' | 'traces') =>
  r.contentType.includes('json') ? decodeDocument(r.body.toString('utf8'), 'sink') : decodeProtobuf(r.body, signal);


describe('ottl serve', () => {
  const sink = new Sink();
  let gw: RunningGateway;
  let url = '';
  const configFile = path.join(dir, 'collector.yaml');

  beforeAll(async () => {
    writeFileSync(configFile, CONFIG);
    gw = await startGateway(options(configFile, await sink.start()), () => {});
    url = `http://127.0.0.1:${gw.port}`;
  });
  afterAll(async () => {
    await gw.stop();
    await sink.stop();
  });

  it('SDK OTLP/HTTP JSON exporter → gateway → sink: exactly the transformed, filtered logs', async () => {
    sink.received.length = 0;
    const provider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: new OTLPLogExporter({ url: `${url}/v1/logs` }) })] });
    const logger = provider.getLogger('shop');
    logger.emit({ body: 'paid', severityNumber: SeverityNumber.INFO, attributes: { card: '4111111111111111' } });
    logger.emit({ body: 'healthcheck ok' });
    await provider.forceFlush();
    await provider.shutdown();
    const records = sink.received.flatMap((r) => logsOf(decodeReceived(r, 'logs')));
    expect(sink.received.every((r) => r.path === '/v1/logs' && r.contentType === 'application/json')).toBe(true);
    expect(records.map((r) => [r.body, Object.fromEntries(r.attributes)])).toEqual([['paid', { card: '****1111', gateway: 'v1' }]]);
  });

  it('SDK OTLP/HTTP protobuf trace exporter → gateway → sink, forwarded as protobuf', async () => {
    sink.received.length = 0;
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new OTLPTraceExporter({ url: `${url}/v1/traces` }))] });
    provider.getTracer('t').startSpan('checkout').end();
    await provider.forceFlush();
    await provider.shutdown();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].contentType).toBe('application/x-protobuf');
    const doc = decodeProtobuf(sink.received[0].body, 'traces');
    if (doc.signal !== 'traces') throw new Error('signal');
    const span = doc.data.resourceSpans[0].scopeSpans[0].spans[0];
    expect(span.name).toBe('checkout');
    expect(span.attributes.get('gateway')).toBe('v1');
  });

  it('answers 503 with Retry-After while the sink is down, and a retry loses nothing and duplicates nothing', async () => {
    sink.received.length = 0;
    sink.status = 503;
    const body = encodeProtobuf(decodeDocument(jsonLogs('order 1'), 'x'));
    const post = () => fetch(`${url}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: body as BodyInit });
    const down = await post();
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('1');
    sink.status = 200;
    const up = await post();
    expect(up.status).toBe(200);
    expect(sink.received.flatMap((r) => logsOf(decodeReceived(r, 'logs'))).map((r) => r.body)).toEqual(['order 1']);
  });

  it('the SDK exporter retries through a 503 and the data arrives once', async () => {
    sink.received.length = 0;
    sink.status = 503;
    setTimeout(() => (sink.status = 200), 300);
    const provider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: new OTLPLogExporter({ url: `${url}/v1/logs` }) })] });
    provider.getLogger('shop').emit({ body: 'retried' });
    await provider.forceFlush();
    await provider.shutdown();
    expect(sink.received.flatMap((r) => logsOf(decodeReceived(r, 'logs'))).map((r) => r.body)).toEqual(['retried']);
  });

  it('status codes: 400 undecodable, 413 too large, 415 unknown type, gzip accepted, /healthz, /metrics', async () => {
    const post = (body: string | Uint8Array, headers: Record<string, string>) => fetch(`${url}/v1/logs`, { method: 'POST', headers, body: body as BodyInit });
    const bad = await post(new Uint8Array([0x0a, 0x05, 0x12]), { 'content-type': 'application/x-protobuf' });
    expect(bad.status).toBe(400);
    const badJson = await post('{"resourceLogs":', { 'content-type': 'application/json' });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { message: string }).message).toMatch(/\/v1\/logs:1:/);
    expect((await post('x'.repeat((1 << 20) + 1), { 'content-type': 'application/json' })).status).toBe(413);
    expect((await post('{}', { 'content-type': 'text/plain' })).status).toBe(415);
    sink.received.length = 0;
    const gz = await post(gzipSync(jsonLogs('zipped')), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(gz.status).toBe(200);
    expect(await gz.text()).toBe('{}');
    expect(sink.received).toHaveLength(1);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^# TYPE ottl_serve_requests_total counter$/m);
    expect(metrics).toMatch(/^ottl_serve_requests_total\{protocol="http",signal="logs",code="415"\} 1$/m);
    expect(metrics).toMatch(/^ottl_serve_records_dropped_total\{signal="logs"\} [1-9]/m);
  });
});

describe('ottl serve --watch', () => {
  it('a config edit applies to later requests only, not to one already in flight', async () => {
    const sink = new Sink();
    const configFile = path.join(dir, 'watched.yaml');
    writeFileSync(configFile, 'log_statements:\n  - set(log.attributes["v"], "1")\n');
    const gw = await startGateway(options(configFile, await sink.start(), { watch: true }), () => {});
    const url = `http://127.0.0.1:${gw.port}/v1/logs`;
    const post = (b: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: jsonLogs(b) });
    try {
      let release!: () => void;
      sink.hold = new Promise((r) => (release = r));
      const arrived = sink.nextArrival();
      const first = post('before');
      await arrived; // the first request has been processed with version 1 and is being forwarded
      const applied = new Promise<void>((r) => gw.rules.on('applied', () => r()));
      writeFileSync(configFile, 'log_statements:\n  - set(log.attributes["v"], "2")\n');
      await applied;
      sink.hold = null;
      release();
      expect((await first).status).toBe(200);
      expect((await post('after')).status).toBe(200);
      const seen = sink.received.flatMap((r) => logsOf(decodeReceived(r, 'logs'))).map((r) => [r.body, r.attributes.get('v')]);
      expect(seen).toEqual([
        ['before', '1'],
        ['after', '2'],
      ]);
      expect(await (await fetch(`http://127.0.0.1:${gw.port}/metrics`)).text()).toMatch(/^ottl_serve_reloads_total 1$/m);
    } finally {
      await gw.stop();
      await sink.stop();
    }
  });
});

describe('ottl serve (CLI process)', () => {
  it('SIGTERM during a request finishes it: answered 200, delivered, exit code 0', async () => {
    const sink = new Sink();
    const forward = await sink.start();
    const configFile = path.join(dir, 'sigterm.yaml');
    writeFileSync(configFile, 'log_statements:\n  - set(log.attributes["seen"], true)\n');
    const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../bin/ottl.js');
    const child = spawn(process.execPath, [bin, 'serve', '-c', configFile, '--listen', '127.0.0.1:0', '--forward', forward, '--workers', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    let release!: () => void;
    sink.hold = new Promise((r) => (release = r));
    const arrived = sink.nextArrival();
    const response = fetch(`http://127.0.0.1:${port}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: jsonLogs('in flight') });
    await arrived;
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    release();
    expect((await response).status).toBe(200);
    expect(await exited).toBe(0);
    expect(sink.received.flatMap((r) => logsOf(decodeReceived(r, 'logs'))).map((r) => [r.body, r.attributes.get('seen')])).toEqual([['in flight', true]]);
    await sink.stop();
  }, 30_000);

  it('--output appends one OTLP/JSON line per request', async () => {
    const out = path.join(dir, 'out.ndjson');
    const configFile = path.join(dir, 'file.yaml');
    writeFileSync(configFile, 'log_statements:\n  - set(log.attributes["f"], 1)\n');
    const gw = await startGateway({ ...options(configFile, ''), forward: undefined, output: out }, () => {});
    try {
      for (const b of ['a', 'b']) {
        const res = await fetch(`http://127.0.0.1:${gw.port}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: jsonLogs(b) });
        expect(res.status).toBe(200);
      }
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
      expect(lines.map((l) => logsOf(decodeDocument(l, 'out')).map((r) => [r.body, r.attributes.get('f')]))).toEqual([[['a', 1n]], [['b', 1n]]]);
    } finally {
      await gw.stop();
    }
  });
});
