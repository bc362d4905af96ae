/**
 * The samples the page offers: the repository's examples (logs with the example transform and
 * filter configs) and traces and metrics inputs with a config each.
 */
import filterYaml from '../../examples/filter.yaml';
import transformYaml from '../../examples/transform.yaml';
import logs from '../../examples/logs.json';
import metrics from '../../examples/metrics.json';
import traces from '../../examples/traces.json';

/** One sample: a config and an input. */
export interface Sample {
  readonly id: string;
  readonly label: string;
  readonly config: string;
  readonly input: string;
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

const TRACES_CONFIG = `# Transform spans: name the slow ones, redact SQL, tag errors.
error_mode: ignore
trace_statements:
  - set(span.attributes["slow"], true) where span.end_time_unix_nano - span.start_time_unix_nano > 100000000
  - replace_pattern(span.attributes["db.statement"], "'[^']*'", "'?'")
  - set(span.status.message, Concat(["failed:", span.name], " ")) where span.status.code == STATUS_CODE_ERROR
  - set(spanevent.attributes["span.name"], span.name)
`;

const METRICS_CONFIG = `# Transform metrics: rename, convert units, drop a noisy attribute.
error_mode: ignore
metric_statements:
  - set(metric.name, "http.server.duration") where metric.name == "http.server.request.duration"
  - set(metric.unit, "ms") where metric.unit == "s"
  - set(datapoint.attributes["env"], "prod")
  - delete_key(datapoint.attributes, "host.name") where datapoint.attributes["host.name"] == "debug-0"
`;

const COLLECTOR_CONFIG = `# A whole collector config: pick a processor or a pipeline above.
receivers:
  otlp:
    protocols:
      grpc:
processors:
  transform/redact:
    error_mode: ignore
    log_statements:
      - delete_key(log.attributes, "password")
      - replace_pattern(log.body, "card=\\\\d+", "card=****")
  filter/quiet:
    error_mode: ignore
    logs:
      log_record:
        - log.severity_number < SEVERITY_NUMBER_WARN
exporters:
  debug:
service:
  pipelines:
    logs:
      receivers: [otlp]
      processors: [transform/redact, filter/quiet]
      exporters: [debug]
`;

/** Every sample, the first being the default page. */
export const SAMPLES: readonly Sample[] = [
  { id: 'logs-transform', label: 'Logs: transform (examples/transform.yaml)', config: transformYaml, input: pretty(logs) },
  { id: 'logs-filter', label: 'Logs: filter (examples/filter.yaml)', config: filterYaml, input: pretty(logs) },
  { id: 'traces', label: 'Traces: transform', config: TRACES_CONFIG, input: pretty(traces) },
  { id: 'metrics', label: 'Metrics: transform', config: METRICS_CONFIG, input: pretty(metrics) },
  { id: 'collector', label: 'Logs: collector config (pipeline)', config: COLLECTOR_CONFIG, input: pretty(logs) },
];
