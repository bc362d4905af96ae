/** What the `ottl serve` end-to-end tests share: the collector config, the options, record helpers. */
import type { TelemetryDocument } from '../../src/api/index.js';
import type { ServeOptions } from '../../src/server/run.js';

/** A transform that tags and masks, then a filter that drops health checks, in pipeline order. */
export const CONFIG = `
processors:
  transform/enrich:
    log_statements:
      - set(log.attributes["gateway"], "v1")
      - replace_pattern(log.attributes["card"], "\\\\d{12}(\\\\d{4})", "****$1")
    trace_statements:
      - set(span.attributes["gateway"], "v1")
  filter/noise:
    logs:
      log_record:
        - IsMatch(log.body, "^healthcheck")
service:
  pipelines:
    logs:
      processors: [transform/enrich, filter/noise]
    traces:
      processors: [transform/enrich]
`;

/** Gateway options for a test: loopback, any port, one process, a 1 MiB body limit, quiet. */
export function options(config: string, forward: string, extra: Partial<ServeOptions> = {}): ServeOptions {
  return {
    config,
    host: '127.0.0.1',
    port: 0,
    forward,
    watch: false,
    workers: 1,
    maxBodyBytes: 1 << 20,
    maxInFlight: 64,
    retryAfterSeconds: 1,
    forwardTimeoutMs: 5000,
    log: () => {},
    ...extra,
  };
}

export const logsOf = (doc: TelemetryDocument) => (doc.signal === 'logs' ? doc.data.resourceLogs.flatMap((r) => r.scopeLogs.flatMap((s) => s.logRecords)) : []);

/** An OTLP/JSON logs request with one record per body. */
export const jsonLogs = (...bodies: string[]) => JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: bodies.map((b) => ({ body: { stringValue: b } })) }] }] });
