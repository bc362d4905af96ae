/**
 * `ottl serve --config C [--processor NAME] [--listen 127.0.0.1:4318] [--listen-grpc 127.0.0.1:4317]
 * (--forward URL | --output FILE) [--forward-format json|protobuf] [--include-metadata] [--watch]
 * [--workers N]`: an OTLP/HTTP (and OTLP/gRPC) gateway applying the rules (see `src/server`).
 * `--forward grpc://host:port` forwards over OTLP/gRPC.
 */
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { ListenError } from '../../server/listen-error.js';
import { CliError } from '../main.js';
import { asCliError } from './run.js';

interface ServeCliOptions {
  config: string;
  processor?: string;
  listen: string;
  listenGrpc?: string;
  includeMetadata?: boolean;
  forward?: string;
  output?: string;
  forwardFormat?: string;
  watch?: boolean;
  workers?: string;
  maxBodySize: string;
  maxInFlight: string;
  retryAfter: string;
  forwardTimeout: string;
}

/** `host:port`, `[v6]:port`, `:port` or `port` (host 127.0.0.1). */
export function parseListen(spec: string, flag = '--listen'): { host: string; port: number } {
  const m = /^(?:(?:\[([^\]]+)\]|([^:]*)):)?(\d+)$/.exec(spec);
  if (m === null) throw new CliError(`ottl: ${flag} must be host:port, got ${JSON.stringify(spec)}`, 2);
  const port = Number(m[3]);
  if (port > 65535) throw new CliError(`ottl: ${flag}: port ${port} is out of range`, 2);
  return { host: m[1] ?? (m[2] === undefined || m[2] === '' ? '127.0.0.1' : m[2]), port };
}

/** An http(s) URL, or `grpc(s)://host:port` (no path, and no --forward-format: gRPC is always protobuf). */
export function checkForward(url: string, format: string | undefined): void {
  if (/^https?:\/\//.test(url)) return;
  const grpc = /^grpcs?:\/\/(?:\[[^\]]+\]|[^:/]+):\d+\/?$/.test(url);
  if (!grpc) throw new CliError(`ottl: --forward must be an http(s) URL or grpc://host:port, got ${JSON.stringify(url)}`, 2);
  if (format !== undefined) throw new CliError('ottl: --forward-format applies to an OTLP/HTTP target only (OTLP/gRPC is always protobuf)', 2);
}

function positiveInt(flag: string, v: string, allowZero = false): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new CliError(`ottl: ${flag} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got ${JSON.stringify(v)}`, 2);
  return n;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('an OTLP/HTTP and OTLP/gRPC gateway: receive logs, traces and metrics, apply the rules, forward them or append them to a file')
    .requiredOption('-c, --config <file>', 'transform and/or filter config: a processor body, or a collector config (its pipeline order is kept)')
    .option('-p, --processor <name>', 'apply only this processor of a collector config')
    .option('--listen <host:port>', 'where to listen (loopback unless told otherwise)', '127.0.0.1:4318')
    .option('--listen-grpc <host:port>', 'also receive OTLP/gRPC here (loopback when only a port is given)')
    .option('--forward <url>', 'OTLP/HTTP endpoint to forward to (its /v1/logs, /v1/traces, /v1/metrics), or grpc://host:port for OTLP/gRPC')
    .option('-o, --output <file>', 'append each request as an OTLP/JSON line to this file instead')
    .option('--forward-format <format>', 'json or protobuf, for an OTLP/HTTP target (default: as received)')
    .option('--include-metadata', 'pass HTTP headers / gRPC metadata to the rules as otelcol.client.metadata (keys lower-cased)')
    .option('-w, --watch', 'reload the config when it changes; later requests use the new rules')
    .option('--workers <n>', 'worker processes sharing the port (default: one per core)')
    .option('--max-body-size <bytes>', 'largest request body, before and after gzip', String(16 * 1024 * 1024))
    .option('--max-in-flight <n>', 'requests processed at once per worker; more get 503', '64')
    .option('--retry-after <seconds>', 'Retry-After of a 503 when the target gives none', '1')
    .option('--forward-timeout <ms>', 'how long to wait for the forward target', '10000')
    .action(async (opts: ServeCliOptions) => {
      if ((opts.forward === undefined) === (opts.output === undefined)) throw new CliError('ottl serve: give exactly one of --forward URL or --output FILE', 2);
      if (opts.forwardFormat !== undefined && opts.forwardFormat !== 'json' && opts.forwardFormat !== 'protobuf') {
        throw new CliError(`ottl: --forward-format must be json or protobuf, got ${JSON.stringify(opts.forwardFormat)}`, 2);
      }
      if (opts.forward !== undefined) checkForward(opts.forward, opts.forwardFormat);
      const { host, port } = parseListen(opts.listen);
      const grpc = opts.listenGrpc === undefined ? undefined : parseListen(opts.listenGrpc, '--listen-grpc');
      const workers = opts.workers === undefined ? availableParallelism() : positiveInt('--workers', opts.workers, true) || availableParallelism();
      // The server (node:http, node:cluster) loads only for this command.
      const { serve } = await import('../../server/run.js');
      try {
        await serve({
          config: opts.config,
          processor: opts.processor,
          host,
          port,
          grpc,
          includeMetadata: opts.includeMetadata === true,
          forward: opts.forward,
          output: opts.output,
          forwardFormat: opts.forwardFormat as 'json' | 'protobuf' | undefined,
          watch: opts.watch === true,
          workers,
          maxBodyBytes: positiveInt('--max-body-size', opts.maxBodySize),
          maxInFlight: positiveInt('--max-in-flight', opts.maxInFlight),
          retryAfterSeconds: positiveInt('--retry-after', opts.retryAfter),
          forwardTimeoutMs: positiveInt('--forward-timeout', opts.forwardTimeout),
        });
      } catch (e) {
        if (e instanceof ListenError) throw new CliError(`ottl serve: ${e.message}`);
        throw asCliError(e);
      }
    });
}
