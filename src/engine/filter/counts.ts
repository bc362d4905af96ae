/** Counting the items of a payload by kind, for the filter's drop report. */
import type { TelemetryDocument } from '../../core/model.js';

/** How many items of each kind; kinds a signal does not have stay 0. */
export interface ItemCounts {
  resources: number;
  scopes: number;
  spans: number;
  spanEvents: number;
  metrics: number;
  dataPoints: number;
  logRecords: number;
}

/** The item kinds, top down, with their singular and plural names. */
export const ITEM_KINDS: readonly { readonly key: keyof ItemCounts; readonly one: string; readonly many: string }[] = [
  { key: 'resources', one: 'resource', many: 'resources' },
  { key: 'scopes', one: 'scope', many: 'scopes' },
  { key: 'spans', one: 'span', many: 'spans' },
  { key: 'spanEvents', one: 'span event', many: 'span events' },
  { key: 'metrics', one: 'metric', many: 'metrics' },
  { key: 'dataPoints', one: 'data point', many: 'data points' },
  { key: 'logRecords', one: 'log record', many: 'log records' },
];

/** The kinds a signal has, top down. */
export const SIGNAL_KINDS: Readonly<Record<TelemetryDocument['signal'], readonly (keyof ItemCounts)[]>> = {
  logs: ['resources', 'scopes', 'logRecords'],
  traces: ['resources', 'scopes', 'spans', 'spanEvents'],
  metrics: ['resources', 'scopes', 'metrics', 'dataPoints'],
};

/** All kinds at zero. */
export function zeroCounts(): ItemCounts {
  return { resources: 0, scopes: 0, spans: 0, spanEvents: 0, metrics: 0, dataPoints: 0, logRecords: 0 };
}

/** Counts every item of a document. */
export function countItems(doc: TelemetryDocument): ItemCounts {
  const c = zeroCounts();
  switch (doc.signal) {
    case 'logs':
      for (const rl of doc.data.resourceLogs) {
        c.resources++;
        for (const sl of rl.scopeLogs) {
          c.scopes++;
          c.logRecords += sl.logRecords.length;
        }
      }
      break;
    case 'traces':
      for (const rs of doc.data.resourceSpans) {
        c.resources++;
        for (const ss of rs.scopeSpans) {
          c.scopes++;
          c.spans += ss.spans.length;
          for (const s of ss.spans) c.spanEvents += s.events.length;
        }
      }
      break;
    case 'metrics':
      for (const rm of doc.data.resourceMetrics) {
        c.resources++;
        for (const sm of rm.scopeMetrics) {
          c.scopes++;
          c.metrics += sm.metrics.length;
          for (const m of sm.metrics) c.dataPoints += m.data?.dataPoints.length ?? 0;
        }
      }
      break;
  }
  return c;
}

/** `a - b`, kind by kind. */
export function subtractCounts(a: ItemCounts, b: ItemCounts): ItemCounts {
  const out = zeroCounts();
  for (const { key } of ITEM_KINDS) out[key] = a[key] - b[key];
  return out;
}

/** Adds `b` into `a`. */
export function addCounts(a: ItemCounts, b: ItemCounts): void {
  for (const { key } of ITEM_KINDS) a[key] += b[key];
}
