/** A document's signal fields: `resourceLogs`, `resourceSpans`, `resourceMetrics` (one per document). */
import type { TelemetryDocument } from '../../../core/model.js';
import { LOGS_DATA } from './logs.js';
import { jsonNames, type FieldType } from './message.js';
import { METRICS_DATA } from './metrics.js';
import { TRACES_DATA } from './traces.js';

function signal<S extends TelemetryDocument['signal'], D>(name: S, data: FieldType<D>): FieldType<TelemetryDocument> {
  return {
    text: (r) => ({ signal: name, data: data.text(r) }) as TelemetryDocument,
    tree: (x) => ({ signal: name, data: data.tree(x) }) as TelemetryDocument,
  };
}

/** Each signal's document, by its field's lowerCamelCase and snake_case name. */
export const SIGNALS: ReadonlyMap<string, FieldType<TelemetryDocument>> = new Map(
  Object.entries({
    resourceLogs: signal('logs', LOGS_DATA),
    resourceSpans: signal('traces', TRACES_DATA),
    resourceMetrics: signal('metrics', METRICS_DATA),
  }).flatMap(([name, type]) => jsonNames(name).map((n) => [n, type] as const)),
);
