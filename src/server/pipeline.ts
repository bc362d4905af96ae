/**
 * The rules `ottl serve` applies: the transform and filter processors of a config, in the order
 * of the collector config's pipeline for each signal (`service.pipelines.<signal>[/name].processors`,
 * the first pipeline of a signal), or the one chosen with `--processor`, or — for a bare processor
 * body — that processor. Compiled as one immutable rule set, so a `ReloadableProcessor` can swap it
 * between requests.
 */
import {
  filterCompiler,
  TransformProcessor,
  transformCompiler,
  type FilterProcessor,
  type RequestMetadata,
  type RuleSet,
  type RuleSetCompiler,
  type Signal,
  type TelemetryDocument,
} from '../api/index.js';

type Stage = TransformProcessor | FilterProcessor;
type Loaded = Parameters<RuleSetCompiler<RuleSet>>[0];

/** The compiled rules for each signal, applied in order. */
export class Pipeline implements RuleSet {
  constructor(
    readonly stages: Readonly<Record<Signal, readonly Stage[]>>,
    /** The processor names, per signal, for `ottl serve`'s start-up line. */
    readonly names: Readonly<Record<Signal, readonly string[]>>,
  ) {}

  /**
   * Applies every stage of the document's signal in place, with the request's metadata (read by
   * `otelcol.client.metadata`); throws what a stage throws.
   */
  process(doc: TelemetryDocument, metadata?: RequestMetadata): void {
    const options = metadata === undefined ? undefined : { metadata };
    for (const stage of this.stages[doc.signal]) {
      if (stage instanceof TransformProcessor) stage.process(doc, undefined, options);
      else stage.process(doc, options);
    }
  }
}

const SIGNALS: readonly Signal[] = ['logs', 'traces', 'metrics'];

/** `text` of a config string (the loader wraps strings to keep their positions). */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string') return (v as { text: string }).text;
  return undefined;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && textOf(v) === undefined;
}

const kindOf = (name: string): 'transform' | 'filter' | undefined =>
  name === 'transform' || name.startsWith('transform/') ? 'transform' : name === 'filter' || name.startsWith('filter/') ? 'filter' : undefined;

const TRANSFORM_KEYS = ['log_statements', 'trace_statements', 'metric_statements', 'statements', 'flatten_data'];

/** A {@link RuleSetCompiler} of {@link Pipeline}s; `processor` restricts it to one named processor. */
export function pipelineCompiler(processor?: string): RuleSetCompiler<Pipeline> {
  return (loaded: Loaded) => {
    const compile = (name: string | undefined, kind: 'transform' | 'filter'): Stage =>
      kind === 'transform' ? transformCompiler({ processor: name })(loaded) : filterCompiler({ processor: name })(loaded);
    const root = loaded.root as unknown;
    const processors = isMapping(root) && isMapping(root['processors']) ? root['processors'] : undefined;
    const order: Record<Signal, string[]> = { logs: [], traces: [], metrics: [] };
    if (processor !== undefined) {
      const kind = kindOf(processor);
      if (kind === undefined) throw new Error(`--processor ${processor}: not a transform or filter processor`);
      for (const s of SIGNALS) order[s] = [processor];
    } else if (processors === undefined) {
      // A bare processor body: which one it is shows in its keys.
      const keys = isMapping(root) ? Object.keys(root) : [];
      const name = keys.some((k) => TRANSFORM_KEYS.includes(k)) ? 'transform' : 'filter';
      const stage = compile(undefined, name);
      return new Pipeline({ logs: [stage], traces: [stage], metrics: [stage] }, { logs: [name], traces: [name], metrics: [name] });
    } else {
      const names = Object.keys(processors).filter((n) => kindOf(n) !== undefined);
      const service = isMapping(root) ? root['service'] : undefined;
      const pipelines = isMapping(service) && isMapping(service['pipelines']) ? service['pipelines'] : undefined;
      for (const s of SIGNALS) {
        const key = pipelines === undefined ? undefined : Object.keys(pipelines).find((k) => k === s || k.startsWith(`${s}/`));
        const p = key === undefined ? undefined : (pipelines as Record<string, unknown>)[key];
        const listed = isMapping(p) && Array.isArray(p['processors']) ? (p['processors'] as unknown[]).map(textOf).filter((n): n is string => n !== undefined) : undefined;
        // Without a pipeline for the signal: every transform, then every filter, in file order.
        order[s] = listed?.filter((n) => kindOf(n) !== undefined) ?? [...names.filter((n) => kindOf(n) === 'transform'), ...names.filter((n) => kindOf(n) === 'filter')];
      }
    }
    const compiled = new Map<string, Stage>();
    const stages = {} as Record<Signal, Stage[]>;
    for (const s of SIGNALS) {
      stages[s] = order[s].map((name) => {
        let stage = compiled.get(name);
        if (stage === undefined) compiled.set(name, (stage = compile(name, kindOf(name)!)));
        return stage;
      });
    }
    return new Pipeline(stages, order);
  };
}

/** The number of records of a document: log records, spans, or metric data points. */
export function countRecords(doc: TelemetryDocument): number {
  let n = 0;
  switch (doc.signal) {
    case 'logs':
      for (const r of doc.data.resourceLogs) for (const s of r.scopeLogs) n += s.logRecords.length;
      return n;
    case 'traces':
      for (const r of doc.data.resourceSpans) for (const s of r.scopeSpans) n += s.spans.length;
      return n;
    case 'metrics':
      for (const r of doc.data.resourceMetrics) for (const s of r.scopeMetrics) for (const m of s.metrics) n += m.data?.dataPoints.length ?? 0;
      return n;
  }
}
