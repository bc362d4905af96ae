/**
 * Running `ottl serve`: one gateway process, or a primary forking `workers` gateway processes
 * (`node:cluster`, all listening on the same address) and summing their counters for `/metrics`.
 * SIGTERM/SIGINT stop gracefully: no new connections, in-flight requests finish, then exit 0.
 */
import cluster, { type Worker } from 'node:cluster';
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { basename, dirname } from 'node:path';
import { ReloadableProcessor, type OtlpFormat } from '../api/index.js';
import { FileAppender, Forwarder, type Deliverer } from './deliver.js';
import { ExportCore } from './export.js';
import { ListenError } from './listen-error.js';
import type { GrpcReceiver } from './grpc-receiver.js';
import { mergeSnapshots, type Snapshot } from './metrics.js';
import { pipelineCompiler, type Pipeline } from './pipeline.js';
import { OtlpGateway } from './server.js';

/** Everything `ottl serve` was told. */
export interface ServeOptions {
  config: string;
  processor?: string;
  host: string;
  port: number;
  /** Where the OTLP/gRPC receiver listens; none without it. */
  grpc?: { host: string; port: number };
  /** An OTLP/HTTP base URL, or `grpc://host:port` / `grpcs://host:port` for OTLP/gRPC. */
  forward?: string;
  output?: string;
  forwardFormat?: OtlpFormat;
  watch: boolean;
  workers: number;
  maxBodyBytes: number;
  maxInFlight: number;
  retryAfterSeconds: number;
  forwardTimeoutMs: number;
  /** Pass HTTP headers / gRPC metadata to the rules as request metadata (`otelcol.client.metadata`). */
  includeMetadata?: boolean;
  /** Where status lines go (stderr by default). */
  log?: (line: string) => void;
}

type Message = { type: 'counters'; snapshot: Snapshot } | { type: 'metrics?'; id: number } | { type: 'metrics'; id: number; snapshot: Snapshot } | { type: 'ready'; port: number; grpcPort: number | null }
  | { type: 'failed'; message: string };

/**
 * Starts serving; resolves when the server has stopped (after SIGTERM/SIGINT, or `stop()` of the
 * returned handle in single-process mode).
 * @throws RuleSetError / ConfigError when the config does not compile at start.
 */
export async function serve(options: ServeOptions): Promise<void> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  if (options.workers > 1 && cluster.isPrimary) return runPrimary(options, log);
  let gateway: RunningGateway;
  try {
    gateway = await startGateway(options, log);
  } catch (e) {
    if (!cluster.isWorker || !(e instanceof ListenError)) throw e;
    // The primary reports it once and stops the other workers; the IPC channel would keep this one alive.
    process.send?.({ type: 'failed', message: e.message } satisfies Message, () => process.disconnect());
    return;
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void gateway.stop().then(() => {
        // The IPC channel would keep a worker alive.
        if (cluster.isWorker) process.disconnect();
        resolve();
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    // A cluster worker is told to stop by its primary.
    if (cluster.isWorker) process.on('message', (m: { type?: string }) => m?.type === 'shutdown' && stop());
  });
}

/** A started gateway with its config watcher. */
export interface RunningGateway {
  port: number;
  /** The OTLP/gRPC receiver's port, when there is one. */
  grpcPort: number | null;
  gateway: OtlpGateway;
  /** What both receivers share: admission, rules, delivery, counters. */
  core: ExportCore;
  rules: ReloadableProcessor<Pipeline>;
  stop(): Promise<void>;
}

/** Compiles the config, starts one gateway (and the watcher), and prints where it listens. */
export async function startGateway(options: ServeOptions, log: (line: string) => void): Promise<RunningGateway> {
  const text = await readFile(options.config, 'utf8');
  const rules = ReloadableProcessor.create(text, { compiler: pipelineCompiler(options.processor), name: options.config });
  const deliverer = await delivererOf(options);
  let reportCounters: (() => void) | undefined;
  const core = new ExportCore({
    rules,
    deliverer,
    maxInFlight: options.maxInFlight,
    retryAfterSeconds: options.retryAfterSeconds,
    onCountersChanged: () => reportCounters?.(),
  });
  const includeMetadata = options.includeMetadata === true;
  const gateway = new OtlpGateway({
    core,
    maxBodyBytes: options.maxBodyBytes,
    includeMetadata,
    metricsSource: cluster.isWorker ? askPrimaryForMetrics : undefined,
  });
  let grpc: GrpcReceiver | null = null;
  if (options.grpc !== undefined) {
    const [{ GrpcReceiver }, { quietGrpcLogs }] = await Promise.all([import('./grpc-receiver.js'), import('./grpc-services.js')]);
    quietGrpcLogs();
    grpc = new GrpcReceiver({ core, maxMessageBytes: options.maxBodyBytes, includeMetadata });
  }
  if (cluster.isWorker) reportCounters = throttledReporter(() => core.snapshot());
  rules.on('applied', ({ current }) => {
    core.counters.add('ottl_serve_reloads_total', {});
    reportCounters?.();
    log(`ottl serve: ${options.config}: reloaded (version ${current.version}); later requests use it`);
  });
  rules.on('rejected', ({ diagnostics }) => {
    core.counters.add('ottl_serve_reload_failures_total', {});
    reportCounters?.();
    log(`ottl serve: ${options.config}: reload rejected, the previous rules stay:\n${diagnostics.join('\n')}`);
  });
  const watcher = options.watch ? watchConfig(options.config, (t) => void rules.update(t, { name: options.config })) : null;
  let address: AddressInfo;
  let grpcPort: number | null = null;
  try {
    address = await gateway.listen(options.port, options.host).catch((e: Error) => {
      throw new ListenError(`cannot listen on http://${fmtHost(options.host)}:${options.port}: ${e.message}`);
    });
    if (grpc !== null) grpcPort = await grpc.listen(options.grpc!.port, options.grpc!.host);
  } catch (e) {
    // Nothing may keep the process alive after a failed start.
    watcher?.close();
    await Promise.all([gateway.close(), grpc?.close()]);
    deliverer.close?.();
    throw e;
  }
  if (!cluster.isWorker) log(`ottl serve: listening on ${listening(address.address, address.port, grpcPort, options)}, ${destination(options)}`);
  else process.send?.({ type: 'ready', port: address.port, grpcPort } satisfies Message);
  return {
    port: address.port,
    grpcPort,
    gateway,
    core,
    rules,
    async stop() {
      watcher?.close();
      await Promise.all([gateway.close(), grpc?.close()]);
      deliverer.close?.();
    },
  };
}

/** The forward target (OTLP/HTTP or, for a `grpc://` URL, OTLP/gRPC) or the output file. */
async function delivererOf(options: ServeOptions): Promise<Deliverer> {
  if (options.forward === undefined) return new FileAppender(options.output!);
  if (/^grpcs?:\/\//.test(options.forward)) {
    const [{ GrpcForwarder }, { quietGrpcLogs }] = await Promise.all([import('./grpc-forwarder.js'), import('./grpc-services.js')]);
    quietGrpcLogs();
    return new GrpcForwarder(options.forward, options.forwardTimeoutMs);
  }
  return new Forwarder(options.forward, options.forwardFormat, options.forwardTimeoutMs);
}

function listening(host: string, port: number, grpcPort: number | null, options: ServeOptions): string {
  const http = `http://${fmtHost(host)}:${port}`;
  return grpcPort === null ? http : `${http} and grpc://${fmtHost(options.grpc!.host)}:${grpcPort}`;
}

const destination = (options: ServeOptions): string => (options.forward !== undefined ? `forwarding to ${options.forward}` : `appending to ${options.output}`);

const fmtHost = (h: string): string => (h.includes(':') ? `[${h}]` : h);

/** Watches the config file's folder (editors replace files), debounced; calls `onText` with the new text. */
function watchConfig(file: string, onText: (text: string) => void): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const name = basename(file);
  return watch(dirname(file), (_event, changed) => {
    if (changed !== null && changed !== name) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      readFile(file, 'utf8').then(onText, () => {
        /* a file being replaced may be briefly absent; the next event reloads it */
      });
    }, 100);
  });
}

// ------------------------------------------------------------------ cluster

let nextId = 0;
const waiting = new Map<number, (s: Snapshot) => void>();

function askPrimaryForMetrics(): Promise<Snapshot> {
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    process.send?.({ type: 'metrics?', id } satisfies Message);
  });
}

if (cluster.isWorker) {
  process.on('message', (m: Message) => {
    if (m?.type === 'metrics') {
      waiting.get(m.id)?.(m.snapshot);
      waiting.delete(m.id);
    }
  });
}

/** Sends this worker's counters to the primary at most every 50 ms. */
function throttledReporter(snapshot: () => Snapshot): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      process.send?.({ type: 'counters', snapshot: snapshot() } satisfies Message);
    }, 50);
    timer.unref();
  };
}

async function runPrimary(options: ServeOptions, log: (line: string) => void): Promise<void> {
  // Compile once here so a bad config fails before any worker starts.
  const text = await readFile(options.config, 'utf8');
  ReloadableProcessor.create(text, { compiler: pipelineCompiler(options.processor), name: options.config });
  const snapshots = new Map<number, Snapshot>();
  const workers: Worker[] = [];
  let stopping = false;
  let ready = 0;
  const readyAll = new Promise<{ port: number; grpcPort: number | null }>((resolve, reject) => {
    for (let i = 0; i < options.workers; i++) {
      const w = cluster.fork();
      workers.push(w);
      w.on('message', (m: Message) => {
        if (m.type === 'counters') snapshots.set(w.id, m.snapshot);
        else if (m.type === 'metrics?') w.send({ type: 'metrics', id: m.id, snapshot: mergeSnapshots(snapshots.values()) } satisfies Message);
        else if (m.type === 'ready' && ++ready === options.workers) resolve(m);
        else if (m.type === 'failed') reject(new ListenError(m.message));
      });
      w.on('exit', (code) => {
        if (!stopping) log(`ottl serve: worker ${w.id} exited (${code}); the others keep serving`);
      });
    }
  });
  let port: number;
  let grpcPort: number | null;
  try {
    ({ port, grpcPort } = await readyAll);
  } catch (e) {
    stopping = true;
    const exits = workers.filter((w) => !w.isDead()).map((w) => new Promise<void>((r) => w.once('exit', () => r())));
    for (const w of workers) if (!w.isDead()) w.kill();
    await Promise.all(exits);
    throw e;
  }
  log(`ottl serve: listening on ${listening(options.host, port, grpcPort, options)} with ${options.workers} workers, ${destination(options)}`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      stopping = true;
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      const exits = workers.filter((w) => !w.isDead()).map((w) => new Promise<void>((r) => w.once('exit', () => r())));
      for (const w of workers) if (!w.isDead()) w.send({ type: 'shutdown' });
      void Promise.all(exits).then(() => resolve());
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
