/**
 * Explaining a transform run: for each record, which statements matched their `where`, what each
 * one changed, which failed and which groups' conditions did not hold — the data behind
 * `ottl run --explain` and the playground's per-statement view.
 *
 * It observes execution through the hooks the transform processor already calls (`item` when a
 * group reaches a record, `statement` after each statement), snapshots the record — the item's
 * fields, attributes and body, its parent span or metric, its scope and resource, and the cache —
 * when a group reaches it and again after every statement, and diffs consecutive snapshots. None of
 * this runs unless an explainer is attached.
 */
import type { EvalContext } from '../core/eval-context.js';
import type { Signal, TelemetryDocument } from '../core/model.js';
import type { LocatedText } from './config/yaml.js';
import type { ExecutionObserver } from './sequences.js';
import type { RunnableGroup } from './transform/execute.js';
import type { TransformProcessor } from './transform/processor.js';
import { renderValue } from './render-value.js';

// ---------------------------------------------------------------- snapshots

type Snapshot = Map<string, string>;

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && !(v instanceof Uint8Array);

function flatten(path: string, v: unknown, out: Snapshot, inValue: boolean): void {
  if (v instanceof Map) {
    if (v.size === 0) out.set(path, '{}');
    for (const [k, x] of v) flatten(`${path}[${JSON.stringify(k)}]`, x, out, true);
    return;
  }
  if (Array.isArray(v)) {
    if (v.every((x) => !(x instanceof Map) && !Array.isArray(x) && !isRecord(x))) {
      out.set(path, `[${v.map((x) => renderValue(x, inValue)).join(', ')}]`);
      return;
    }
    v.forEach((x, i) => flatten(`${path}[${i}]`, x, out, inValue));
    return;
  }
  if (isRecord(v) && !inValue) {
    for (const [k, x] of Object.entries(v)) flatten(`${path}.${snake(k)}`, x, out, k === 'body');
    return;
  }
  out.set(path, renderValue(v, inValue));
}

/** A shallow copy without one field (the children, snapshotted on their own). */
function omit(o: object | null, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...o };
  delete copy[key];
  return copy;
}

/** Everything a statement of `context` can change, flattened to `path → rendered value`. */
function snapshot(ctx: EvalContext, context: string): Snapshot {
  const out: Snapshot = new Map();
  flatten('resource', ctx.resource, out, false);
  out.set('resource.schema_url', JSON.stringify(ctx.resourceHolder.schemaUrl));
  if (context !== 'resource') {
    flatten('scope', ctx.scope, out, false);
    out.set('scope.schema_url', JSON.stringify(ctx.scopeHolder.schemaUrl));
  }
  switch (context) {
    case 'log':
      flatten('log', ctx.log, out, false);
      break;
    case 'span':
      flatten('span', ctx.span, out, false);
      break;
    case 'spanevent':
      flatten('span', omit(ctx.span, 'events'), out, false);
      flatten('spanevent', ctx.spanEvent, out, false);
      break;
    case 'metric':
      flatten('metric', ctx.metric, out, false);
      break;
    case 'datapoint':
      flatten('metric', omit(ctx.metric, 'data'), out, false);
      flatten('datapoint', ctx.dataPoint, out, false);
      break;
    default:
      break;
  }
  for (const [k, v] of ctx.cache) flatten(`${context}.cache[${JSON.stringify(k)}]`, v, out, true);
  return out;
}

/** One difference between two snapshots of a record. */
export interface Change {
  readonly path: string;
  readonly change: 'added' | 'removed' | 'modified';
  readonly before?: string;
  readonly after?: string;
}

function diff(before: Snapshot, after: Snapshot): Change[] {
  const out: Change[] = [];
  for (const [path, b] of before) {
    const a = after.get(path);
    if (a === undefined) out.push({ path, change: 'removed', before: b });
    else if (a !== b) out.push({ path, change: 'modified', before: b, after: a });
  }
  for (const [path, a] of after) if (!before.has(path)) out.push({ path, change: 'added', after: a });
  // An empty map is shown as `{}`; once it gains (or loses) entries, those entries tell the story.
  return out.filter((c) => !((c.before ?? c.after) === '{}' && c.change !== 'modified' && out.some((o) => o.path.startsWith(`${c.path}[`))));
}

// ---------------------------------------------------------------- records

/** What happened to one record: statements run and groups whose conditions did not hold. */
export type ExplainEvent =
  | {
      readonly type: 'statement';
      readonly line: number | null;
      readonly statement: string;
      readonly matched: boolean;
      readonly error: string | null;
      readonly changes: readonly Change[];
    }
  | { readonly type: 'conditions-not-met'; readonly line: number | null; readonly conditions: readonly string[]; readonly skipped: number };

export interface ExplainedRecord {
  readonly document: number;
  /** `resource 1, scope 1 "app", log record 2` (document first when there are several). */
  readonly record: string;
  readonly events: ExplainEvent[];
}

interface RecordSlot {
  readonly order: number;
  readonly label: string;
}

const named = (kind: string, i: number, name: string) => `${kind} ${i + 1}${name ? ` ${JSON.stringify(name)}` : ''}`;

/** Labels every item of a document in walk order (resource, its scopes, their items…). */
function labelRecords(doc: TelemetryDocument, prefix: string, slots: Map<object, RecordSlot>): void {
  let order = slots.size;
  const put = (o: object, label: string) => slots.set(o, { order: order++, label: prefix + label });
  const visit = <R extends { resource: object }, S extends { scope: object & { name: string } }>(
    resources: readonly R[],
    scopesOf: (r: R) => readonly S[],
    items: (s: S, base: string) => void,
  ) =>
    resources.forEach((r, i) => {
      const rl = `resource ${i + 1}`;
      put(r.resource, rl);
      scopesOf(r).forEach((s, j) => {
        const sl = `${rl}, ${named('scope', j, s.scope.name)}`;
        put(s.scope, sl);
        items(s, sl);
      });
    });
  switch (doc.signal) {
    case 'logs':
      visit(doc.data.resourceLogs, (r) => r.scopeLogs, (s, base) => s.logRecords.forEach((l, k) => put(l, `${base}, log record ${k + 1}`)));
      break;
    case 'traces':
      visit(
        doc.data.resourceSpans,
        (r) => r.scopeSpans,
        (s, base) =>
          s.spans.forEach((span, k) => {
            const sl = `${base}, ${named('span', k, span.name)}`;
            put(span, sl);
            span.events.forEach((e, m) => put(e, `${sl}, ${named('event', m, e.name)}`));
          }),
      );
      break;
    case 'metrics':
      visit(
        doc.data.resourceMetrics,
        (r) => r.scopeMetrics,
        (s, base) =>
          s.metrics.forEach((metric, k) => {
            const ml = `${base}, ${named('metric', k, metric.name)}`;
            put(metric, ml);
            (metric.data?.dataPoints ?? []).forEach((p, m) => put(p, `${ml}, data point ${m + 1}`));
          }),
      );
      break;
  }
}

function recordOf(ctx: EvalContext, context: string): object | null {
  switch (context) {
    case 'resource':
      return ctx.resource;
    case 'scope':
      return ctx.scope;
    case 'log':
      return ctx.log;
    case 'span':
      return ctx.span;
    case 'spanevent':
      return ctx.spanEvent;
    case 'metric':
      return ctx.metric;
    case 'datapoint':
      return ctx.dataPoint;
    default:
      return null;
  }
}

/** The hooks the transform processor calls, plus `settle` to close the last record. */
export interface ExplainObserver extends ExecutionObserver {
  item(ctx: EvalContext, group: RunnableGroup): void;
  /** Records a pending "conditions not met" for the last item; harmless to call twice. */
  settle(): void;
}

interface GroupInfo {
  readonly lines: readonly (number | null)[];
  readonly conditionLine: number | null;
}

/** Collects what happened during `processor.process(doc, observer)` calls. */
export class Explainer {
  private readonly slots = new Map<object, RecordSlot>();
  private readonly records = new Map<object, ExplainedRecord>();
  private readonly groups = new Map<RunnableGroup, GroupInfo>();
  private readonly used = new Set<object>();
  private extra = 0;

  constructor(
    private readonly processor: TransformProcessor,
    private readonly documents: number,
  ) {}

  /** Where a compiled group's statements are in the config (matched by their text, in order). */
  private infoFor(group: RunnableGroup, signal: Signal): GroupInfo {
    let info = this.groups.get(group);
    if (info !== undefined) return info;
    const texts = group.statements.statements.map((s) => s.text);
    const config = this.processor.config.groups[signal].find(
      (g) => !this.used.has(g) && g.statements.length === texts.length && g.statements.every((s, i) => s.text === texts[i]),
    );
    if (config !== undefined) this.used.add(config);
    const line = (t: LocatedText | undefined) => t?.line ?? null;
    info = { lines: texts.map((_, i) => line(config?.statements[i])), conditionLine: line(config?.conditions[0]) };
    this.groups.set(group, info);
    return info;
  }

  private recordFor(obj: object, document: number, context: string): ExplainedRecord {
    let r = this.records.get(obj);
    if (r === undefined) {
      let slot = this.slots.get(obj);
      if (slot === undefined) {
        // Created while the statements ran (copy_metric, …).
        slot = { order: Number.MAX_SAFE_INTEGER - 1_000_000 + this.extra++, label: `new ${context} ${this.extra}` };
        this.slots.set(obj, slot);
      }
      r = { document, record: slot.label, events: [] };
      this.records.set(obj, r);
    }
    return r;
  }

  /** The observer to pass to `processor.process(doc, observer)` for document `index` (0-based). */
  observe(doc: TelemetryDocument, index: number): ExplainObserver {
    labelRecords(doc, this.documents > 1 ? `document ${index + 1}: ` : '', this.slots);
    let ctx: EvalContext | null = null;
    let context = '';
    let before: Snapshot = new Map();
    let record: ExplainedRecord | null = null;
    let info: GroupInfo | null = null;
    let ran = 0;
    let pending: ExplainEvent | null = null;
    const settle = () => {
      // A group whose conditions did not hold ran no statement on the record.
      if (pending !== null && ran === 0 && record !== null) record.events.push(pending);
      pending = null;
    };
    return {
      item: (c, group) => {
        settle();
        ctx = c;
        context = group.context;
        const obj = recordOf(c, group.context);
        record = obj === null ? null : this.recordFor(obj, index + 1, group.context);
        info = this.infoFor(group, doc.signal);
        ran = 0;
        const conditions = group.conditions.conditions;
        pending =
          conditions.length > 0
            ? { type: 'conditions-not-met', line: info.conditionLine, conditions: conditions.map((x) => x.text), skipped: group.statements.statements.length }
            : null;
        before = snapshot(c, group.context);
      },
      statement: (i, text, matched, error) => {
        ran++;
        if (ctx === null || record === null) return;
        const after = snapshot(ctx, context);
        record.events.push({
          type: 'statement',
          line: info?.lines[i] ?? null,
          statement: text,
          matched,
          error: error === null || error === undefined ? null : error instanceof Error ? error.message : String(error),
          changes: diff(before, after),
        });
        before = after;
      },
      settle,
    };
  }

  /** Every explained record, in document order. */
  explained(observers: readonly ExplainObserver[] = []): ExplainedRecord[] {
    for (const o of observers) o.settle();
    return [...this.records.entries()]
      .sort(([a], [b]) => (this.slots.get(a)?.order ?? 0) - (this.slots.get(b)?.order ?? 0))
      .map(([, r]) => r);
  }
}

/**
 * Runs `processor` over documents while explaining: each document is edited in place, and the
 * explanation of every record is returned (document numbers are 1-based).
 */
export function explainTransform(processor: TransformProcessor, docs: readonly TelemetryDocument[]): ExplainedRecord[] {
  const explainer = new Explainer(processor, docs.length);
  const observers = docs.map((doc, i) => {
    const o = explainer.observe(doc, i);
    processor.process(doc, o);
    return o;
  });
  return explainer.explained(observers);
}
