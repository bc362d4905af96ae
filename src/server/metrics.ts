/**
 * The counters `ottl serve` exposes on `/metrics`, in the Prometheus text exposition format. With
 * `--workers`, each worker keeps its own and the primary process sums them (see `cluster.ts`).
 */

/** Counter values by series key (`name{labels}`); gauges are plain series too. */
export type Snapshot = Record<string, number>;

const HELP: Record<string, [type: 'counter' | 'gauge', help: string]> = {
  ottl_serve_requests_total: ['counter', 'OTLP export requests answered, by signal and HTTP status code'],
  ottl_serve_records_received_total: ['counter', 'log records, spans or metric data points received'],
  ottl_serve_records_sent_total: ['counter', 'records forwarded or written after the rules'],
  ottl_serve_records_dropped_total: ['counter', 'records the filter rules dropped'],
  ottl_serve_rule_failures_total: ['counter', 'requests whose rules failed (error_mode: propagate)'],
  ottl_serve_reloads_total: ['counter', 'config reloads applied'],
  ottl_serve_reload_failures_total: ['counter', 'config reloads rejected (the previous rules stay)'],
  ottl_serve_in_flight_requests: ['gauge', 'export requests being processed'],
};

/** One process's counters. */
export class Counters {
  private readonly values = new Map<string, number>();

  add(name: string, labels: Record<string, string | number>, by = 1): void {
    const key = seriesKey(name, labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }

  snapshot(): Snapshot {
    return Object.fromEntries(this.values);
  }
}

function seriesKey(name: string, labels: Record<string, string | number>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${String(v).replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c))}"`);
  return parts.length === 0 ? name : `${name}{${parts.join(',')}}`;
}

/** Sums snapshots (of several workers). */
export function mergeSnapshots(snapshots: Iterable<Snapshot>): Snapshot {
  const out: Snapshot = {};
  for (const s of snapshots) for (const [k, v] of Object.entries(s)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Renders a snapshot in the Prometheus text format (HELP and TYPE lines for every known metric). */
export function renderPrometheus(snapshot: Snapshot): string {
  let text = '';
  for (const [name, [type, help]] of Object.entries(HELP)) {
    text += `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;
    const series = Object.keys(snapshot).filter((k) => k === name || k.startsWith(name + '{'));
    if (series.length === 0 && !name.includes('{')) text += `${name} 0\n`;
    for (const k of series.sort()) text += `${k} ${snapshot[k]}\n`;
  }
  return text;
}
