/**
 * `ottl serve --listen-grpc` end to end on loopback: the SDK's OTLP/gRPC exporters → the gateway →
 * a test gRPC sink (`--forward grpc://`); UNAVAILABLE with a RetryInfo while the sink is down, and a
 * retrying client loses nothing; INVALID_ARGUMENT / RESOURCE_EXHAUSTED; partial success relayed;
 * counters shared with OTLP/HTTP; a graceful stop finishes a call in flight; and
 * `--include-metadata`: a header-driven rule gives the header's value over HTTP and gRPC alike.
 */
import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { OTLPLogExporter as GrpcLogExporter } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPLogExporter as HttpLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter as GrpcTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { LoggerProvider, SimpleLogRecordProcessor, type LogRecordExporter } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDocument, decodeProtobuf, encodeProtobuf } from '../../src/api/index.js';
import { ListenError } from '../../src/server/listen-error.js';
import { startGateway, type RunningGateway, type ServeOptions } from '../../src/server/run.js';
import { options as baseOptions, CONFIG, jsonLogs, logsOf } from './fixtures.js';
import { GrpcSink, type GrpcReceived } from './grpc-sink.js';
import { Sink } from './sink.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-serve-grpc-'));
const LOGS_EXPORT = '/opentelemetry.proto.collector.logs.v1.LogsService/Export';

/** Test options with an OTLP/gRPC receiver too. */
const options = (config: string, forward: string, extra: Partial<ServeOptions> = {}): ServeOptions =>
  baseOptions(config, forward, { grpc: { host: '127.0.0.1', port: 0 }, ...extra });

const receivedLogs = (received: GrpcReceived[]) => received.flatMap((r) => logsOf(decodeProtobuf(r.body, r.signal)));
const logsBytes = (...bodies: string[]) => Buffer.from(encodeProtobuf(decodeDocument(jsonLogs(...bodies), 'x')));

/** One raw unary Export call (bytes in, bytes out), optionally retried by grpc-js's own retry policy. */
function rawExport(port: number, body: Buffer, opts: { retry?: boolean; metadata?: Metadata } = {}): Promise<{ error: ServiceError | null; response?: Buffer }> {
  const serviceConfig = {
    methodConfig: [
      {
        name: [{ service: 'opentelemetry.proto.collector.logs.v1.LogsService' }],
        retryPolicy: { maxAttempts: 5, initialBackoff: '0.3s', maxBackoff: '1s', backoffMultiplier: 2, retryableStatusCodes: ['UNAVAILABLE'] },
      },
    ],
  };
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure(), opts.retry === true ? { 'grpc.service_config': JSON.stringify(serviceConfig) } : {});
  return new Promise((resolve) => {
    client.makeUnaryRequest(LOGS_EXPORT, (b: Buffer) => b, (b: Buffer) => b, body, opts.metadata ?? new Metadata(), { deadline: Date.now() + 10_000 }, (error, response) => {
      client.close();
      resolve({ error, response });
    });
  });
}

/** A logs Export call written out over HTTP/2, for header fields no gRPC client sends; resolves with grpc-status. */
function http2Export(port: number, message: Buffer, headers: Record<string, string[]>): Promise<string> {
  const session = connect(`http://127.0.0.1:${port}`);
  const frame = Buffer.alloc(5 + message.length);
  frame.writeUInt32BE(message.length, 1);
  message.copy(frame, 5);
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':method': 'POST', ':path': LOGS_EXPORT, 'content-type': 'application/grpc', te: 'trailers', ...headers });
    stream.on('trailers', (trailers) => resolve(String(trailers['grpc-status'])));
    stream.on('error', reject);
    stream.on('close', () => session.close());
    stream.resume();
    stream.end(frame);
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

async function emitLogs(exporter: LogRecordExporter, emit: (logger: ReturnType<LoggerProvider['getLogger']>) => void): Promise<void> {
  const provider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter })] });
  emit(provider.getLogger('shop'));
  await provider.forceFlush();
  await provider.shutdown();
}

describe('ottl serve --listen-grpc', () => {
  const sink = new GrpcSink();
  let gw: RunningGateway;
  const configFile = path.join(dir, 'collector.yaml');

  beforeAll(async () => {
    writeFileSync(configFile, CONFIG);
    gw = await startGateway(options(configFile, await sink.start()), () => {});
  });
  afterAll(async () => {
    await gw.stop();
    sink.stop();
  });

  it('SDK OTLP/gRPC log exporter → gateway → gRPC sink: exactly the transformed, filtered logs', async () => {
    sink.received.length = 0;
    await emitLogs(new GrpcLogExporter({ url: `http://127.0.0.1:${gw.grpcPort}` }), (logger) => {
      logger.emit({ body: 'paid', severityNumber: SeverityNumber.INFO, attributes: { card: '4111111111111111' } });
      logger.emit({ body: 'healthcheck ok' });
    });
    expect(sink.received.every((r) => r.signal === 'logs')).toBe(true);
    expect(receivedLogs(sink.received).map((r) => [r.body, Object.fromEntries(r.attributes)])).toEqual([['paid', { card: '****1111', gateway: 'v1' }]]);
  });

  it('SDK OTLP/gRPC trace exporter with gzip → gateway → gRPC sink', async () => {
    sink.received.length = 0;
    const exporter = new GrpcTraceExporter({ url: `http://127.0.0.1:${gw.grpcPort}`, compression: CompressionAlgorithm.GZIP });
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    provider.getTracer('t').startSpan('checkout').end();
    await provider.forceFlush();
    await provider.shutdown();
    expect(sink.received.map((r) => r.signal)).toEqual(['traces']);
    const doc = decodeProtobuf(sink.received[0].body, 'traces');
    if (doc.signal !== 'traces') throw new Error('signal');
    const span = doc.data.resourceSpans[0].scopeSpans[0].spans[0];
    expect([span.name, span.attributes.get('gateway')]).toEqual(['checkout', 'v1']);
  });

  it('sink down: UNAVAILABLE with a RetryInfo; a retrying client delivers once the sink is back, exactly once', async () => {
    sink.received.length = 0;
    sink.stop();
    const down = await rawExport(gw.grpcPort!, logsBytes('order 1'));
    expect(down.error?.code).toBe(14); // UNAVAILABLE
    const details = down.error?.metadata.get('grpc-status-details-bin')[0] as Buffer;
    expect(details.includes('type.googleapis.com/google.rpc.RetryInfo')).toBe(true);
    expect(sink.received).toHaveLength(0);

    const before = gw.core.snapshot()['ottl_serve_requests_total{protocol="grpc",signal="logs",code="UNAVAILABLE"}'] ?? 0;
    const retried = rawExport(gw.grpcPort!, logsBytes('order 2'), { retry: true });
    // Back after the client has been refused at least once more.
    for (let i = 0; i < 100 && (gw.core.snapshot()['ottl_serve_requests_total{protocol="grpc",signal="logs",code="UNAVAILABLE"}'] ?? 0) === before; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(gw.core.snapshot()['ottl_serve_requests_total{protocol="grpc",signal="logs",code="UNAVAILABLE"}']).toBeGreaterThan(before);
    await sink.start();
    expect((await retried).error).toBeNull();
    expect(receivedLogs(sink.received).map((r) => r.body)).toEqual(['order 2']);
  });

  it('INVALID_ARGUMENT for an undecodable message, RESOURCE_EXHAUSTED over the limit (also after gzip)', async () => {
    const bad = await rawExport(gw.grpcPort!, Buffer.from([0x0a, 0x05, 0x12]));
    expect(bad.error?.code).toBe(3); // INVALID_ARGUMENT
    expect(bad.error?.details).toMatch(/LogsService/);
    const big = await rawExport(gw.grpcPort!, logsBytes('x'.repeat((1 << 20) + 1)));
    expect(big.error?.code).toBe(8); // RESOURCE_EXHAUSTED
    // A small gzip message that inflates past the limit.
    const client = new Client(`127.0.0.1:${gw.grpcPort}`, credentials.createInsecure(), { 'grpc.default_compression_algorithm': 2 });
    const zipped = await new Promise<ServiceError | null>((resolve) =>
      client.makeUnaryRequest(LOGS_EXPORT, (b: Buffer) => b, (b: Buffer) => b, logsBytes('y'.repeat(2 << 20)), new Metadata(), (e) => resolve(e)),
    );
    client.close();
    expect(gzipSync(logsBytes('y'.repeat(2 << 20))).length).toBeLessThan(1 << 20);
    expect(zipped?.code).toBe(8);
  });

  it('relays the forward target’s partial success, and counts both protocols in one /metrics', async () => {
    const series = (snapshot: Record<string, number>, name: string) => snapshot[`${name}{signal="logs"}`] ?? 0;
    const before = gw.core.snapshot();
    // ExportLogsServiceResponse { partial_success { rejected_log_records: 1, error_message: "one bad" } }
    sink.response = Buffer.from([0x0a, 0x0b, 0x08, 0x01, 0x12, 0x07, ...Buffer.from('one bad')]);
    try {
      const { error, response } = await rawExport(gw.grpcPort!, logsBytes('a', 'b'));
      expect(error).toBeNull();
      expect(response).toEqual(sink.response);
    } finally {
      sink.response = Buffer.alloc(0);
    }
    const http = await fetch(`http://127.0.0.1:${gw.port}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: logsBytes('c') });
    expect(http.status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${gw.port}/metrics`)).text();
    expect(metrics).toMatch(/^ottl_serve_requests_total\{protocol="grpc",signal="logs",code="OK"\} [1-9]/m);
    expect(metrics).toMatch(/^ottl_serve_requests_total\{protocol="grpc",signal="logs",code="INVALID_ARGUMENT"\} 1$/m);
    expect(metrics).toMatch(/^ottl_serve_requests_total\{protocol="http",signal="logs",code="200"\} 1$/m);
    const after = Object.fromEntries([...metrics.matchAll(/^(\S+) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));
    // Two records over gRPC and one over HTTP, received and forwarded by the same counters.
    for (const name of ['ottl_serve_records_received_total', 'ottl_serve_records_sent_total']) expect(series(after, name) - series(before, name)).toBe(3);
  });

  it('UNAVAILABLE while --max-in-flight calls are being processed, over either protocol', async () => {
    const local = new GrpcSink();
    const g = await startGateway(options(configFile, await local.start(), { maxInFlight: 1 }), () => {});
    try {
      let release!: () => void;
      local.hold = new Promise((r) => (release = r));
      const arrived = local.nextArrival();
      const first = rawExport(g.grpcPort!, logsBytes('first'));
      await arrived;
      expect((await rawExport(g.grpcPort!, logsBytes('second'))).error?.code).toBe(14);
      const http = await fetch(`http://127.0.0.1:${g.port}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: jsonLogs('third') });
      expect([http.status, http.headers.get('retry-after')]).toEqual([503, '1']);
      release();
      expect((await first).error).toBeNull();
      expect(receivedLogs(local.received).map((r) => r.body)).toEqual(['first']);
    } finally {
      await g.stop();
      local.stop();
    }
  });

  it('a graceful stop finishes the call in flight (delivered, then OK) and refuses new ones', async () => {
    const local = new GrpcSink();
    const g = await startGateway(options(configFile, await local.start()), () => {});
    let release!: () => void;
    local.hold = new Promise((r) => (release = r));
    const arrived = local.nextArrival();
    const inFlight = rawExport(g.grpcPort!, logsBytes('in flight'));
    await arrived;
    const stopped = g.stop();
    await new Promise((r) => setTimeout(r, 100));
    const late = await rawExport(g.grpcPort!, logsBytes('late'));
    expect(late.error?.code).toBe(14);
    release();
    expect((await inFlight).error).toBeNull();
    await stopped;
    expect(receivedLogs(local.received).map((r) => r.body)).toEqual(['in flight']);
    local.stop();
  });
});

describe('ottl serve across protocols', () => {
  it('gRPC in, OTLP/HTTP out (protobuf); HTTP in, gRPC out; a permanent refusal keeps its meaning both ways', async () => {
    const configFile = path.join(dir, 'across.yaml');
    writeFileSync(configFile, 'log_statements:\n  - set(log.attributes["via"], "gateway")\n');
    const httpSink = new Sink();
    const grpcSink = new GrpcSink();
    const toHttp = await startGateway(options(configFile, await httpSink.start()), () => {});
    const toGrpc = await startGateway(options(configFile, await grpcSink.start()), () => {});
    try {
      expect((await rawExport(toHttp.grpcPort!, logsBytes('grpc in'))).error).toBeNull();
      expect(httpSink.received.map((r) => [r.path, r.contentType])).toEqual([['/v1/logs', 'application/x-protobuf']]);
      expect(logsOf(decodeProtobuf(httpSink.received[0].body, 'logs')).map((r) => [r.body, r.attributes.get('via')])).toEqual([['grpc in', 'gateway']]);

      const post = () => fetch(`http://127.0.0.1:${toGrpc.port}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: jsonLogs('http in') });
      expect((await post()).status).toBe(200);
      expect(receivedLogs(grpcSink.received).map((r) => [r.body, r.attributes.get('via')])).toEqual([['http in', 'gateway']]);

      grpcSink.code = 3; // INVALID_ARGUMENT: not retryable
      expect((await post()).status).toBe(400);
      httpSink.status = 400;
      expect((await rawExport(toHttp.grpcPort!, logsBytes('refused'))).error?.code).toBe(3);
    } finally {
      await toHttp.stop();
      await toGrpc.stop();
      await httpSink.stop();
      grpcSink.stop();
    }
  });

  it('--watch: a config edit applies to later gRPC calls only, not to one already in flight', async () => {
    const configFile = path.join(dir, 'watched-grpc.yaml');
    writeFileSync(configFile, 'log_statements:\n  - set(log.attributes["v"], "1")\n');
    const sink = new GrpcSink();
    const g = await startGateway(options(configFile, await sink.start(), { watch: true }), () => {});
    try {
      let release!: () => void;
      sink.hold = new Promise((r) => (release = r));
      const arrived = sink.nextArrival();
      const first = rawExport(g.grpcPort!, logsBytes('before'));
      await arrived;
      const applied = new Promise<void>((r) => g.rules.on('applied', () => r()));
      writeFileSync(configFile, 'log_statements:\n  - set(log.attributes["v"], "2")\n');
      await applied;
      sink.hold = null;
      release();
      expect((await first).error).toBeNull();
      expect((await rawExport(g.grpcPort!, logsBytes('after'))).error).toBeNull();
      expect(receivedLogs(sink.received).map((r) => [r.body, r.attributes.get('v')])).toEqual([
        ['before', '1'],
        ['after', '2'],
      ]);
    } finally {
      await g.stop();
      sink.stop();
    }
  });
});

describe('ottl serve --listen-grpc on an address in use', () => {
  it('fails with a ListenError naming the address, and leaves nothing listening', async () => {
    const configFile = path.join(dir, 'in-use.yaml');
    writeFileSync(configFile, 'log_statements: []\n');
    const busy = new GrpcSink();
    await busy.start();
    const httpPort = await freePort();
    const opts = options(configFile, 'http://127.0.0.1:9', { port: httpPort, grpc: { host: '127.0.0.1', port: busy.port } });
    const failed = await startGateway(opts, () => {}).then(
      () => null,
      (e: Error) => e,
    );
    busy.stop();
    expect(failed).toBeInstanceOf(ListenError);
    expect(failed?.message).toBe(`cannot listen on grpc://127.0.0.1:${busy.port}: listen EADDRINUSE: address already in use 127.0.0.1:${busy.port}`);
    // The HTTP receiver, which had started, let its port go.
    const again = createServer();
    await new Promise<void>((resolve, reject) => again.once('error', reject).listen(httpPort, '127.0.0.1', () => resolve()));
    again.close();
  });
});

describe('ottl serve --include-metadata', () => {
  const RULES = `log_statements:
  - set(log.attributes["tenant"], otelcol.client.metadata["X-Tenant"][0]) where otelcol.client.metadata["x-tenant"] != nil
  - set(log.attributes["tenants"], otelcol.client.metadata["x-tenant"]) where otelcol.client.metadata["x-tenant"] != nil
  - set(log.attributes["keys"], Keys(otelcol.client.metadata))
`;
  const sink = new GrpcSink();
  let on: RunningGateway;
  let off: RunningGateway;

  beforeAll(async () => {
    const configFile = path.join(dir, 'metadata.yaml');
    writeFileSync(configFile, RULES);
    const forward = await sink.start();
    on = await startGateway(options(configFile, forward, { includeMetadata: true }), () => {});
    off = await startGateway(options(configFile, forward), () => {});
  });
  afterAll(async () => {
    await on.stop();
    await off.stop();
    sink.stop();
  });

  const tenants = () => receivedLogs(sink.received).map((r) => [r.body, r.attributes.get('tenant') ?? null]);

  it('an HTTP header and gRPC metadata give the same value; keys are matched ignoring case', async () => {
    sink.received.length = 0;
    await emitLogs(new HttpLogExporter({ url: `http://127.0.0.1:${on.port}/v1/logs`, headers: { 'X-Tenant': 'acme' } }), (l) => l.emit({ body: 'over http' }));
    const metadata = new Metadata();
    metadata.set('x-tenant', 'acme');
    await emitLogs(new GrpcLogExporter({ url: `http://127.0.0.1:${on.grpcPort}`, metadata }), (l) => l.emit({ body: 'over grpc' }));
    expect(tenants()).toEqual([
      ['over http', 'acme'],
      ['over grpc', 'acme'],
    ]);
    // Every header, lower-cased, with the authority as `host` (and `:authority` over gRPC), but not
    // the gRPC transport's own fields.
    const [httpKeys, grpcKeys] = receivedLogs(sink.received).map((r) => r.attributes.get('keys') as string[]);
    expect(httpKeys).toEqual(expect.arrayContaining(['x-tenant', 'host', 'content-type', 'user-agent']));
    expect(grpcKeys).toEqual(expect.arrayContaining(['x-tenant', 'host', ':authority', 'content-type', 'user-agent']));
    expect(grpcKeys.filter((k) => k.startsWith('grpc-') || k === 'te')).toEqual([]);
  });

  it('a repeated HTTP header is one list of values, in order, not split at commas', async () => {
    sink.received.length = 0;
    // Two header lines (fetch would join them into one).
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`http://127.0.0.1:${on.port}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf', 'x-tenant': ['a', 'b, c'] } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(logsBytes('http'));
    });
    expect(status).toBe(200);
    // Two metadata entries (grpc-js's client would join them into one before sending). Node's
    // HTTP/2 server joins repeated fields with ", " before grpc-js sees them, so over gRPC they are one
    // value where grpc-go would keep two: a known difference, pinned here.
    expect(await http2Export(on.grpcPort!, logsBytes('grpc'), { 'x-tenant': ['a', 'b, c'] })).toBe('0');
    expect(receivedLogs(sink.received).map((r) => [r.body, r.attributes.get('tenants')])).toEqual([
      ['http', ['a', 'b, c']],
      ['grpc', ['a, b, c']],
    ]);
  });

  it('without --include-metadata the rules see no request metadata (as the collector’s default)', async () => {
    sink.received.length = 0;
    await fetch(`http://127.0.0.1:${off.port}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf', 'x-tenant': 'acme' }, body: logsBytes('http') });
    const metadata = new Metadata();
    metadata.set('x-tenant', 'acme');
    await rawExport(off.grpcPort!, logsBytes('grpc'), { metadata });
    expect(tenants()).toEqual([
      ['http', null],
      ['grpc', null],
    ]);
  });
});

describe('ottl serve --listen-grpc (CLI process, two workers)', () => {
  it('workers share the gRPC port; SIGTERM stops them all with exit code 0', async () => {
    const sink = new GrpcSink();
    const forward = await sink.start();
    const configFile = path.join(dir, 'cli.yaml');
    writeFileSync(configFile, 'log_statements:\n  - set(log.attributes["seen"], true)\n');
    const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../bin/ottl.js');
    const args = ['serve', '-c', configFile, '--listen', '127.0.0.1:0', '--listen-grpc', '0', '--forward', forward, '--workers', '2'];
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /and grpc:\/\/127\.0\.0\.1:(\d+) with 2 workers/.exec(stderr);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    for (const body of ['one', 'two', 'three']) expect((await rawExport(port, logsBytes(body))).error).toBeNull();
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(receivedLogs(sink.received).map((r) => [r.body, r.attributes.get('seen')])).toEqual([
      ['one', true],
      ['two', true],
      ['three', true],
    ]);
    sink.stop();
  }, 30_000);

  it('a gRPC port in use: one line naming it, every worker stopped, exit code 1', async () => {
    const busy = new GrpcSink();
    await busy.start();
    const configFile = path.join(dir, 'cli-busy.yaml');
    writeFileSync(configFile, 'log_statements: []\n');
    const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../bin/ottl.js');
    const args = ['serve', '-c', configFile, '--listen', '127.0.0.1:0', '--listen-grpc', String(busy.port), '--forward', 'http://127.0.0.1:9', '--workers', '2'];
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    busy.stop();
    expect(code).toBe(1);
    expect(stderr).toBe(`ottl serve: cannot listen on grpc://127.0.0.1:${busy.port}: bind EADDRINUSE 127.0.0.1:${busy.port}\n`);
  }, 30_000);
});
