/**
 * A document as a list of labelled units (each resource, scope and item with its own fields, the
 * children left out), each flattened to `path → rendered value`. `--diff`, `ottl test` and
 * `filter --explain` compare and name records through this one view.
 */
import { renderValue, type EvalContext, type TelemetryDocument } from '../api/index.js';

/** One resource, scope or item of a document. */
export interface RecordUnit {
  /** `resource 1, scope 1 "app", log record 2`: stable across a transform, positional. */
  readonly label: string;
  /** The OTTL context its fields belong to (`log`, `span`, `datapoint`, `resource`…). */
  readonly context: string;
  /** The model object itself (identity survives an in-place transform or filter). */
  readonly item: object;
  /** Its fields as OTTL paths (`log.attributes["x"]`) with values rendered as OTTL literals. */
  readonly fields: ReadonlyMap<string, string>;
  /** Points an evaluation context at this unit (and its parents), to test a condition on it. */
  readonly bind: (ctx: EvalContext) => void;
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && !(v instanceof Uint8Array);

function flatten(path: string, v: unknown, out: Map<string, string>, inValue: boolean): void {
  if (v instanceof Map) {
    if (v.size === 0) out.set(path, '{}');
    for (const [k, x] of v) flatten(`${path}[${JSON.stringify(k)}]`, x, out, true);
    return;
  }
  if (Array.isArray(v) && inValue && v.some((x) => x instanceof Map || Array.isArray(x))) {
    if (v.length === 0) out.set(path, '[]');
    v.forEach((x, i) => flatten(`${path}[${i}]`, x, out, true));
    return;
  }
  if (isPlain(v) && !inValue) {
    for (const [k, x] of Object.entries(v)) flatten(`${path}.${snake(k)}`, x, out, k === 'body' || k === 'asDouble' || k === 'value');
    return;
  }
  out.set(path, renderValue(v, inValue));
}

/** The fields of one object under `prefix`, leaving out the child lists named in `skip`. */
function fieldsOf(prefix: string, o: object, skip: readonly string[], extra?: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const copy: Record<string, unknown> = { ...o, ...extra };
  for (const k of skip) delete copy[k];
  flatten(prefix, copy, out, false);
  return out;
}

const named = (kind: string, i: number, name: string) => `${kind} ${i + 1}${name ? ` ${JSON.stringify(name)}` : ''}`;

/** Every resource, scope and item of a document, in walk order. */
export function recordUnits(doc: TelemetryDocument): RecordUnit[] {
  const out: RecordUnit[] = [];
  // What the walk has reached: each unit binds its parents from here when it is pushed.
  let bindParents: (ctx: EvalContext) => void = () => {};
  const push = (label: string, context: string, item: object, fields: Map<string, string>, bindOwn: (ctx: EvalContext) => void = () => {}) => {
    const parents = bindParents;
    out.push({ label, context, item, fields, bind: (ctx) => (parents(ctx), bindOwn(ctx)) });
  };
  const walk = <R extends { resource: object; schemaUrl: string }, S extends { scope: { name: string }; schemaUrl: string }>(
    resources: readonly R[],
    scopesOf: (r: R) => readonly S[],
    items: (s: S, base: string) => void,
  ) =>
    resources.forEach((r, i) => {
      const rl = `resource ${i + 1}`;
      const bindResource = (ctx: EvalContext) => {
        ctx.resource = r.resource as EvalContext['resource'];
        ctx.resourceHolder = r;
      };
      bindParents = () => {};
      push(rl, 'resource', r.resource, fieldsOf('resource', r.resource, [], { schemaUrl: r.schemaUrl }), bindResource);
      scopesOf(r).forEach((s, j) => {
        const sl = `${rl}, ${named('scope', j, s.scope.name)}`;
        const bindScope = (ctx: EvalContext) => {
          bindResource(ctx);
          ctx.scope = s.scope as EvalContext['scope'];
          ctx.scopeHolder = s;
        };
        bindParents = bindResource;
        push(sl, 'scope', s.scope, fieldsOf('scope', s.scope, [], { schemaUrl: s.schemaUrl }), bindScope);
        bindParents = bindScope;
        items(s, sl);
      });
    });
  switch (doc.signal) {
    case 'logs':
      walk(doc.data.resourceLogs, (r) => r.scopeLogs, (s, base) =>
        s.logRecords.forEach((l, k) => push(`${base}, log record ${k + 1}`, 'log', l, fieldsOf('log', l, []), (ctx) => (ctx.log = l))),
      );
      break;
    case 'traces':
      walk(doc.data.resourceSpans, (r) => r.scopeSpans, (s, base) =>
        s.spans.forEach((sp, k) => {
          const spl = `${base}, ${named('span', k, sp.name)}`;
          push(spl, 'span', sp, fieldsOf('span', sp, ['events', 'links']), (ctx) => (ctx.span = sp));
          sp.events.forEach((e, m) =>
            push(`${spl}, ${named('event', m, e.name)}`, 'spanevent', e, fieldsOf('spanevent', e, []), (ctx) => {
              ctx.span = sp;
              ctx.spanEvent = e;
              ctx.eventIndex = m;
            }),
          );
          sp.links.forEach((l, m) =>
            push(`${spl}, link ${m + 1}`, 'spanlink', l, fieldsOf('spanlink', l, []), (ctx) => {
              ctx.span = sp;
              ctx.spanLink = l;
            }),
          );
        }),
      );
      break;
    case 'metrics':
      walk(doc.data.resourceMetrics, (r) => r.scopeMetrics, (s, base) =>
        s.metrics.forEach((m, k) => {
          const ml = `${base}, ${named('metric', k, m.name)}`;
          const data = m.data as unknown as Record<string, unknown> | null;
          const points = (data?.['dataPoints'] as object[] | undefined) ?? [];
          const { dataPoints: _omit, ...dataFields } = data ?? {};
          const bindMetric = (ctx: EvalContext) => {
            ctx.metric = m;
            ctx.metrics = s.metrics;
          };
          push(ml, 'metric', m, fieldsOf('metric', m, ['data'], data ? { data: dataFields } : undefined), bindMetric);
          points.forEach((p, n) =>
            push(`${ml}, datapoint ${n + 1}`, 'datapoint', p, fieldsOf('datapoint', p, []), (ctx) => {
              bindMetric(ctx);
              ctx.dataPoint = p as EvalContext['dataPoint'];
            }),
          );
        }),
      );
      break;
  }
  return out;
}

/** One field that differs between two versions of a unit. */
export interface FieldChange {
  readonly path: string;
  /** Undefined when the field is absent on that side. */
  readonly before?: string;
  readonly after?: string;
}

/** What differs for one unit; `before`/`after` are false when the unit exists on one side only. */
export interface UnitDiff {
  readonly label: string;
  readonly presence: 'both' | 'before only' | 'after only';
  readonly changes: readonly FieldChange[];
}

/** Field changes between two flattened views of the same unit. */
export function diffFields(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [path, b] of before) {
    const a = after.get(path);
    if (a !== b) out.push(a === undefined ? { path, before: b } : { path, before: b, after: a });
  }
  for (const [path, a] of after) if (!before.has(path)) out.push({ path, after: a });
  // An empty map shows as `{}`; once it gains or loses entries, those entries tell the story.
  return out.filter((c) => !((c.before ?? c.after) === '{}' && (c.before === undefined || c.after === undefined) && out.some((o) => o.path.startsWith(`${c.path}[`))));
}

/**
 * Pairs the units of two documents by label (position) and lists those that differ, in the order
 * of `before` then the units only `after` has.
 */
export function diffUnits(before: readonly RecordUnit[], after: readonly RecordUnit[]): UnitDiff[] {
  const afterByLabel = new Map(after.map((u) => [u.label, u]));
  const out: UnitDiff[] = [];
  for (const b of before) {
    const a = afterByLabel.get(b.label);
    if (!a) {
      out.push({ label: b.label, presence: 'before only', changes: [] });
      continue;
    }
    afterByLabel.delete(b.label);
    const changes = diffFields(b.fields, a.fields);
    if (changes.length > 0) out.push({ label: b.label, presence: 'both', changes });
  }
  for (const a of afterByLabel.values()) out.push({ label: a.label, presence: 'after only', changes: [] });
  return out;
}
