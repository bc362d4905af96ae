/**
 * The compact input form of `ottl test`: a few records per signal with their attributes and body,
 * turned into OTLP/JSON text. Records with the same `resource` and `scope` share one resource and
 * scope entry, in the order they first appear.
 *
 * ```yaml
 * logs:
 *   - body: "payment failed"
 *     severity_text: ERROR
 *     attributes: { user.id: u-42, http.status_code: 502 }
 *     resource: { service.name: checkout }
 *     scope: app
 * ```
 *
 * Values keep their YAML types: `502` is an Int, `502.0` a Double (the test file is read with
 * integers as bigints), lists become arrays and mappings maps.
 */
import { CliError } from '../main.js';

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a test input is in the compact form (as opposed to OTLP/JSON). */
export function isCompact(input: Plain): boolean {
  return ['logs', 'spans', 'metrics'].some((k) => k in input);
}

/** A YAML value as an OTLP/JSON AnyValue. */
export function anyValue(v: unknown): Plain {
  if (v === null || v === undefined) return {};
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'bigint') return { intValue: v.toString() };
  if (typeof v === 'number') return { doubleValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue) } };
  if (isPlain(v)) return { kvlistValue: { values: attributes(v) } };
  return { stringValue: String(v) };
}

function attributes(v: unknown): Plain[] {
  if (v === undefined || v === null) return [];
  if (!isPlain(v)) throw new CliError('ottl test: attributes must be a mapping');
  return Object.entries(v).map(([key, value]) => ({ key, value: anyValue(value) }));
}

const SPAN_KINDS = ['SPAN_KIND_UNSPECIFIED', 'SPAN_KIND_INTERNAL', 'SPAN_KIND_SERVER', 'SPAN_KIND_CLIENT', 'SPAN_KIND_PRODUCER', 'SPAN_KIND_CONSUMER'];
const STATUS_CODES = ['STATUS_CODE_UNSET', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR'];
const SEVERITIES = ['UNSPECIFIED', 'TRACE', 'TRACE2', 'TRACE3', 'TRACE4', 'DEBUG', 'DEBUG2', 'DEBUG3', 'DEBUG4', 'INFO', 'INFO2', 'INFO3', 'INFO4', 'WARN', 'WARN2', 'WARN3', 'WARN4', 'ERROR', 'ERROR2', 'ERROR3', 'ERROR4', 'FATAL', 'FATAL2', 'FATAL3', 'FATAL4'];

/** An enum given as its number or its OTTL name (`SPAN_KIND_SERVER`, `SEVERITY_NUMBER_WARN`). */
function enumValue(v: unknown, names: readonly string[], prefix: string, what: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'bigint' || typeof v === 'number') return Number(v);
  const i = names.findIndex((n) => `${prefix}${n}` === String(v) || n === String(v));
  if (i < 0) throw new CliError(`ottl test: unknown ${what} "${String(v)}"`);
  return i;
}

const nanos = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/** Copies the keys that are set, in OTLP/JSON names. */
function defined(o: Plain): Plain {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function logRecord(r: Plain): Plain {
  return defined({
    timeUnixNano: nanos(r['time_unix_nano']),
    observedTimeUnixNano: nanos(r['observed_time_unix_nano']),
    severityNumber: enumValue(r['severity_number'], SEVERITIES, 'SEVERITY_NUMBER_', 'severity_number'),
    severityText: r['severity_text'],
    eventName: r['event_name'],
    body: r['body'] === undefined ? undefined : anyValue(r['body']),
    attributes: attributes(r['attributes']),
    traceId: r['trace_id'],
    spanId: r['span_id'],
  });
}

function span(r: Plain): Plain {
  const status = isPlain(r['status']) ? r['status'] : r['status'] === undefined ? undefined : { code: r['status'] };
  const events = Array.isArray(r['events']) ? (r['events'] as Plain[]) : [];
  return defined({
    traceId: r['trace_id'],
    spanId: r['span_id'],
    parentSpanId: r['parent_span_id'],
    name: r['name'] ?? '',
    kind: enumValue(r['kind'], SPAN_KINDS, '', 'span kind'),
    startTimeUnixNano: nanos(r['start_time_unix_nano']),
    endTimeUnixNano: nanos(r['end_time_unix_nano']),
    attributes: attributes(r['attributes']),
    events: events.map((e) => defined({ name: e['name'] ?? '', timeUnixNano: nanos(e['time_unix_nano']), attributes: attributes(e['attributes']) })),
    status: status && defined({ code: enumValue(status['code'], STATUS_CODES, '', 'status code'), message: status['message'] }),
  });
}

function metric(r: Plain): Plain {
  const points = Array.isArray(r['datapoints']) ? (r['datapoints'] as Plain[]) : [{ value: r['value'], attributes: r['datapoint_attributes'] }];
  const dataPoints = points.map((p) => {
    const v = p['value'];
    return defined({
      timeUnixNano: nanos(p['time_unix_nano']),
      attributes: attributes(p['attributes']),
      asInt: typeof v === 'bigint' ? v.toString() : undefined,
      asDouble: typeof v === 'number' ? v : undefined,
    });
  });
  const type = String(r['type'] ?? 'gauge');
  if (type !== 'gauge' && type !== 'sum') throw new CliError(`ottl test: compact metrics are "gauge" or "sum", not "${type}"; use OTLP/JSON for other types`);
  const data = type === 'sum' ? { sum: { dataPoints, aggregationTemporality: 2, isMonotonic: r['monotonic'] === true } } : { gauge: { dataPoints } };
  return defined({ name: r['name'] ?? '', unit: r['unit'], description: r['description'], ...data });
}

const SHAPES = {
  logs: { top: 'resourceLogs', scopes: 'scopeLogs', items: 'logRecords', convert: logRecord },
  spans: { top: 'resourceSpans', scopes: 'scopeSpans', items: 'spans', convert: span },
  metrics: { top: 'resourceMetrics', scopes: 'scopeMetrics', items: 'metrics', convert: metric },
} as const;

/** The compact form as OTLP/JSON documents (one per signal given), as NDJSON text. */
export function compactToOtlpJson(input: Plain): string {
  const docs: string[] = [];
  for (const [key, shape] of Object.entries(SHAPES)) {
    const records = input[key];
    if (records === undefined) continue;
    if (!Array.isArray(records)) throw new CliError(`ottl test: input.${key} must be a list of records`);
    const resources = new Map<string, { resource: Plain; scopes: Map<string, Plain[]> }>();
    for (const r of records) {
      if (!isPlain(r)) throw new CliError(`ottl test: each of input.${key} must be a mapping`);
      const resourceKey = JSON.stringify(r['resource'] ?? {}, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
      const entry = resources.get(resourceKey) ?? { resource: { attributes: attributes(r['resource']) }, scopes: new Map<string, Plain[]>() };
      resources.set(resourceKey, entry);
      const scopeName = String(r['scope'] ?? '');
      const items = entry.scopes.get(scopeName) ?? [];
      entry.scopes.set(scopeName, items);
      items.push(shape.convert(r));
    }
    const top = [...resources.values()].map(({ resource, scopes }) => ({
      resource,
      [shape.scopes]: [...scopes].map(([name, items]) => ({ scope: { name }, [shape.items]: items })),
    }));
    docs.push(JSON.stringify({ [shape.top]: top }));
  }
  return docs.join('\n');
}
