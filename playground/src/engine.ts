/**
 * The playground's one door into the OTTL library: everything the page knows about compiling and
 * running rules goes through this module, and this module uses only the package entry
 * (`src/api/index.ts`).
 *
 * Diagnostics are handed to the page as objects
 * `{ file, line, column, endLine, endColumn, severity, code, message, hint?, suggestions? }`
 * (1-based, in the config text), taken as the library gives them (`RuleSetError.diagnostics`,
 * `ConfigError.problems`): nothing is read back out of rendered text.
 */
import { parse as parseYaml } from 'yaml';
import {
  allFunctions,
  ConfigError,
  DecodeError,
  decodeDocuments,
  encodeDocument,
  FeatureGates,
  FilterProcessor,
  KNOWN_GATES,
  PropagatedError,
  RuleSetError,
  TransformProcessor,
  type ErrorMode,
  type ParamSpec,
  type EvalContext,
  type Problem,
  type TelemetryDocument,
} from '../../src/api/index.js';

// ---------------------------------------------------------------- diagnostics

/** A problem at a span of the config text (1-based lines and columns; end exclusive). */
export interface PlaygroundDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  readonly suggestions?: readonly string[];
}

const CONFIG_FILE = 'config.yaml';

/** The structured diagnostics of a compile failure (any other error is rethrown). */
export function toDiagnostics(error: unknown, text: string): PlaygroundDiagnostic[] {
  if (error instanceof RuleSetError) return error.diagnostics.map((p) => located(p, text));
  if (error instanceof ConfigError) return error.problems.map((p) => located(p, text));
  throw error;
}

/**
 * A problem as the editor underlines it: one without a position (a whole-file problem) sits at
 * the start; a zero-width span covers the word at its position.
 */
function located(p: Problem, text: string): PlaygroundDiagnostic {
  const line = Math.max(1, p.line);
  const column = Math.max(1, p.column);
  let endLine = Math.max(line, p.endLine);
  let endColumn = p.endColumn;
  if (endLine === line && endColumn <= column) {
    const word = /^[A-Za-z0-9_.]+/.exec((text.split('\n')[line - 1] ?? '').slice(column - 1));
    endLine = line;
    endColumn = column + Math.max(1, word?.[0].length ?? 1);
  }
  return {
    file: CONFIG_FILE,
    line,
    column,
    endLine,
    endColumn,
    severity: p.severity,
    code: p.code,
    message: p.message,
    ...(p.hint !== undefined ? { hint: p.hint } : {}),
    ...(p.suggestions !== undefined ? { suggestions: p.suggestions } : {}),
  };
}

// ---------------------------------------------------------------- vocabulary

/** One function as the editor's completion shows it. */
export interface FunctionInfo {
  readonly name: string;
  readonly kind: 'editor' | 'converter';
  readonly signature: string;
  readonly description: string;
  readonly params: readonly { readonly name: string; readonly kind: string; readonly optional: boolean; readonly doc: string }[];
}

/** Every function the transform or filter processor offers, with its signature. */
export function functionInfos(host: 'transform' | 'filter'): FunctionInfo[] {
  return allFunctions(host)
    .filter((f) => host === 'transform' || f.kind === 'converter')
    .map((f) => ({
      name: f.name,
      kind: f.kind,
      description: f.description ?? '',
      params: f.params.map((p: ParamSpec) => ({ name: p.name, kind: p.kind, optional: p.optional === true, doc: p.doc ?? '' })),
      signature: `${f.name}(${f.params.map((p: ParamSpec) => `${p.optional === true ? 'Optional ' : ''}${p.name}: ${p.kind}`).join(', ')})`,
    }));
}

/** The feature gates a run can switch, with their defaults. */
export function knownGates(): { id: string; description: string; enabled: boolean; stable: boolean }[] {
  const defaults = FeatureGates.defaults();
  return KNOWN_GATES.map((g) => ({ id: g.id, description: g.description, enabled: defaults.isEnabled(g.id), stable: g.stage === 'stable' }));
}

// ---------------------------------------------------------------- config shape

/** What kind of config the text is, and what a collector config offers to run. */
export interface ConfigShape {
  readonly kind: 'transform' | 'filter' | 'collector';
  /** Transform and filter processors of a collector config (`transform/redact`, `filter`…). */
  readonly processors: readonly string[];
  /** Pipelines of a collector config with their transform and filter processors, in order. */
  readonly pipelines: readonly { readonly name: string; readonly processors: readonly string[] }[];
}

const FILTER_KEYS = /^(log|span|spanevent|metric|datapoint|resource|scope)_conditions$|^(logs|traces|metrics|spans)$/;
const isRunnable = (name: string) => /^(transform|filter)(\/|$)/.test(name);

/** Classifies config text (never throws: unreadable YAML is a transform config to diagnose). */
export function configShape(text: string): ConfigShape {
  let root: unknown;
  try {
    root = parseYaml(text);
  } catch {
    return { kind: 'transform', processors: [], pipelines: [] };
  }
  if (typeof root !== 'object' || root === null) return { kind: 'transform', processors: [], pipelines: [] };
  const obj = root as Record<string, unknown>;
  if (typeof obj.processors === 'object' && obj.processors !== null) {
    const processors = Object.keys(obj.processors).filter(isRunnable);
    const service = obj.service as { pipelines?: Record<string, { processors?: unknown }> } | undefined;
    const pipelines = Object.entries(service?.pipelines ?? {}).map(([name, p]) => ({
      name,
      processors: (Array.isArray(p?.processors) ? p.processors : []).filter((x): x is string => typeof x === 'string' && isRunnable(x)),
    }));
    return { kind: 'collector', processors, pipelines };
  }
  return { kind: Object.keys(obj).some((k) => FILTER_KEYS.test(k)) ? 'filter' : 'transform', processors: [], pipelines: [] };
}

// ---------------------------------------------------------------- running

/** One run of the page: config, input and options. */
export interface RunRequest {
  readonly config: string;
  readonly input: string;
  /** For a collector config: `processor:<name>` or `pipeline:<name>`; empty picks the only one. */
  readonly target?: string;
  /** Overrides the config's top-level `error_mode`; empty keeps it. */
  readonly errorMode?: ErrorMode | '';
  /** Feature gates as `ottl --feature-gates` takes them (`id` or `-id`). */
  readonly gates?: readonly string[];
}

/** One change a statement made to the record it ran on. */
export interface StatementChange {
  readonly path: string;
  readonly change: 'added' | 'removed' | 'modified';
  readonly before?: string;
  readonly after?: string;
}

/** What one statement did to one record. */
export interface StatementEvent {
  readonly processor: string;
  readonly line: number | null;
  readonly statement: string;
  readonly matched: boolean;
  readonly error: string | null;
  readonly changes: readonly StatementChange[];
}

/** The statements that reached one record, in order. */
export interface RecordExplanation {
  readonly record: string;
  readonly events: StatementEvent[];
}

/** One item the filter removed, and the condition that matched it (null: its parent went). */
export interface DroppedItem {
  readonly processor: string;
  readonly record: string;
  readonly condition: string | null;
  readonly line: number | null;
}

/** Everything the page shows for one run. */
export interface RunResult {
  readonly shape: ConfigShape;
  readonly diagnostics: readonly PlaygroundDiagnostic[];
  /** An input problem or a propagated run-time error (no output then). */
  readonly error: string | null;
  /** The input decoded and encoded again, so that the diff shows only what the rules did. */
  readonly before: string | null;
  readonly output: string | null;
  readonly explained: readonly RecordExplanation[];
  readonly dropped: readonly DroppedItem[];
  readonly compileMs: number;
  readonly runMs: number;
}

type Stage = { readonly name: string; readonly kind: 'transform'; readonly processor: TransformProcessor } | { readonly name: string; readonly kind: 'filter'; readonly processor: FilterProcessor };

/** The processors a request runs, in order. */
function stagesOf(req: RunRequest, shape: ConfigShape): { kind: 'transform' | 'filter'; name?: string }[] {
  if (shape.kind !== 'collector') return [{ kind: shape.kind }];
  const target = req.target ?? '';
  const kindOf = (n: string) => (n.startsWith('filter') ? 'filter' : 'transform') as 'transform' | 'filter';
  if (target.startsWith('pipeline:')) {
    const p = shape.pipelines.find((x) => x.name === target.slice('pipeline:'.length));
    return (p?.processors ?? []).map((name) => ({ kind: kindOf(name), name }));
  }
  const name = target.startsWith('processor:') ? target.slice('processor:'.length) : shape.processors[0];
  return name === undefined ? [] : [{ kind: kindOf(name), name }];
}

/** Compiles every stage; diagnostics of all stages are collected, duplicates dropped. */
function compile(req: RunRequest, shape: ConfigShape, gates: FeatureGates): { stages: Stage[]; diagnostics: PlaygroundDiagnostic[] } {
  const stages: Stage[] = [];
  const diagnostics: PlaygroundDiagnostic[] = [];
  const seen = new Set<string>();
  const mode = req.errorMode === '' || req.errorMode === undefined ? null : req.errorMode;
  for (const s of stagesOf(req, shape)) {
    const options = { gates, ...(s.name !== undefined ? { processor: s.name } : {}) };
    const name = s.name ?? s.kind;
    try {
      if (s.kind === 'transform') {
        let p = TransformProcessor.fromText(req.config, CONFIG_FILE, options);
        if (mode !== null) p = TransformProcessor.compile({ ...p.config, errorMode: mode }, { gates });
        stages.push({ name, kind: 'transform', processor: p });
      } else {
        let p = FilterProcessor.fromText(req.config, CONFIG_FILE, options);
        if (mode !== null) p = FilterProcessor.compile({ ...p.config, errorMode: mode }, { gates });
        stages.push({ name, kind: 'filter', processor: p });
      }
    } catch (e) {
      for (const d of toDiagnostics(e, req.config)) {
        const key = `${d.line}:${d.column}:${d.message}`;
        if (!seen.has(key)) diagnostics.push(d);
        seen.add(key);
      }
    }
  }
  return { stages, diagnostics };
}

/** Parses a gate list; an unknown gate becomes a diagnostic-free error message. */
function gatesOf(list: readonly string[] | undefined): FeatureGates {
  return FeatureGates.parse(list === undefined || list.length === 0 ? undefined : list.join(','));
}

/** Compiles and runs a request; never throws for a problem of the config or the input. */
export function run(req: RunRequest): RunResult {
  const shape = configShape(req.config);
  const empty = { shape, before: null, output: null, explained: [], dropped: [], runMs: 0 };
  const t0 = performance.now();
  let gates: FeatureGates;
  try {
    gates = gatesOf(req.gates);
  } catch (e) {
    return { ...empty, diagnostics: [], error: `feature gates: ${(e as Error).message}`, compileMs: 0 };
  }
  const { stages, diagnostics } = compile(req, shape, gates);
  const compileMs = performance.now() - t0;
  if (diagnostics.length > 0) return { ...empty, diagnostics, error: null, compileMs };
  let docs: TelemetryDocument[];
  try {
    docs = decodeDocuments(req.input, 'input.json');
  } catch (e) {
    if (e instanceof DecodeError) return { ...empty, diagnostics, error: e.message, compileMs };
    throw e;
  }
  const before = docs.map((d) => encodeDocument(d)).join('\n');
  const t1 = performance.now();
  const explained = new Map<object, RecordExplanation>();
  const dropped: DroppedItem[] = [];
  try {
    docs.forEach((doc, i) => {
      const prefix = docs.length > 1 ? `document ${i + 1}: ` : '';
      for (const stage of stages) {
        const labels = labelRecords(doc, prefix);
        if (stage.kind === 'transform') {
          stage.processor.process(doc, explainObserver(stage.name, stage.processor, doc, labels, explained));
        } else {
          const beforeStage = encodeDocument(doc);
          stage.processor.process(doc);
          dropped.push(...droppedBy(stage, doc, labels, prefix, beforeStage, gates));
        }
      }
    });
  } catch (e) {
    if (e instanceof PropagatedError) {
      return { ...empty, diagnostics, before, explained: [...explained.values()], error: `error_mode propagate: ${e.message}`, compileMs, runMs: performance.now() - t1 };
    }
    throw e;
  }
  const output = docs.map((d) => encodeDocument(d)).join('\n');
  return { shape, diagnostics, error: null, before, output, explained: [...explained.values()], dropped, compileMs, runMs: performance.now() - t1 };
}

// ---------------------------------------------------------------- records

/** Every item of a document (resources, scopes, records, events, data points) → a readable label. */
function labelRecords(doc: TelemetryDocument, prefix: string): Map<object, string> {
  const out = new Map<object, string>();
  const named = (kind: string, i: number, name: string) => `${kind} ${i + 1}${name ? ` "${name}"` : ''}`;
  const visit = <R extends { resource: object }, S extends { scope: { name: string } }>(rs: readonly R[], scopes: (r: R) => readonly S[], items: (s: S, base: string) => void) =>
    rs.forEach((r, i) => {
      const rl = `${prefix}resource ${i + 1}`;
      out.set(r, rl);
      out.set(r.resource, rl);
      scopes(r).forEach((s, j) => {
        const sl = `${rl}, ${named('scope', j, s.scope.name)}`;
        out.set(s, sl);
        out.set(s.scope, sl);
        items(s, sl);
      });
    });
  switch (doc.signal) {
    case 'logs':
      visit(doc.data.resourceLogs, (r) => r.scopeLogs, (s, b) => s.logRecords.forEach((l, k) => out.set(l, `${b}, log record ${k + 1}`)));
      break;
    case 'traces':
      visit(doc.data.resourceSpans, (r) => r.scopeSpans, (s, b) =>
        s.spans.forEach((span, k) => {
          const sl = `${b}, ${named('span', k, span.name)}`;
          out.set(span, sl);
          span.events.forEach((e, m) => out.set(e, `${sl}, ${named('event', m, e.name)}`));
        }),
      );
      break;
    case 'metrics':
      visit(doc.data.resourceMetrics, (r) => r.scopeMetrics, (s, b) =>
        s.metrics.forEach((metric, k) => {
          const ml = `${b}, ${named('metric', k, metric.name)}`;
          out.set(metric, ml);
          (metric.data?.dataPoints ?? []).forEach((p, m) => out.set(p, `${ml}, data point ${m + 1}`));
        }),
      );
      break;
  }
  return out;
}

/** The group shape the transform processor's `item` hook passes (read-only use). */
interface ObservedGroup {
  readonly context: string;
  readonly statements: { readonly statements: readonly { readonly text: string }[] };
}

/** The record a context's statements edit. */
function recordOf(ctx: EvalContext, context: string): object | null {
  const c = ctx as unknown as Record<string, object | null>;
  const field: Record<string, string> = { resource: 'resource', scope: 'scope', log: 'log', span: 'span', spanevent: 'spanEvent', metric: 'metric', datapoint: 'dataPoint' };
  return field[context] === undefined ? null : (c[field[context]] ?? null);
}

/** Observes a transform run: per record, each statement's outcome and the changes it made. */
function explainObserver(stage: string, processor: TransformProcessor, doc: TelemetryDocument, labels: Map<object, string>, into: Map<object, RecordExplanation>) {
  let record: RecordExplanation | null = null;
  let target: object | null = null;
  let before = new Map<string, string>();
  let lines: (number | null)[] = [];
  const groupLines = new Map<ObservedGroup, (number | null)[]>();
  const used = new Set<object>();
  const linesOf = (group: ObservedGroup) => {
    let found = groupLines.get(group);
    if (found !== undefined) return found;
    const texts = group.statements.statements.map((s) => s.text);
    const config = processor.config.groups[doc.signal].find((g) => !used.has(g) && g.statements.length === texts.length && g.statements.every((s, i) => s.text === texts[i]));
    if (config !== undefined) used.add(config);
    found = texts.map((_, i) => config?.statements[i]?.line ?? null);
    groupLines.set(group, found);
    return found;
  };
  return {
    item(ctx: EvalContext, group: ObservedGroup) {
      target = recordOf(ctx, group.context);
      lines = linesOf(group);
      if (target === null) return void (record = null);
      record = into.get(target) ?? null;
      if (record === null) {
        record = { record: labels.get(target) ?? `new ${group.context}`, events: [] };
        into.set(target, record);
      }
      before = flatten(target);
    },
    statement(index: number, text: string, matched: boolean, error: unknown) {
      if (record === null || target === null) return;
      const after = flatten(target);
      record.events.push({
        processor: stage,
        line: lines[index] ?? null,
        statement: text,
        matched,
        error: error === null || error === undefined ? null : error instanceof Error ? error.message : String(error),
        changes: changes(before, after),
      });
      before = after;
    },
  };
}

/** A record as `path → rendered value`; nested records (children) are left to their own entries. */
function flatten(record: object): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string, v: unknown, depth: number): void => {
    if (v instanceof Map) {
      if (v.size === 0) out.set(path, '{}');
      for (const [k, x] of v) walk(`${path}[${JSON.stringify(k)}]`, x, depth + 1);
    } else if (Array.isArray(v)) {
      if (depth === 0 && v.some((x) => typeof x === 'object' && x !== null && !(x instanceof Map) && !(x instanceof Uint8Array) && !Array.isArray(x))) return;
      if (v.length === 0) out.set(path, '[]');
      v.forEach((x, i) => walk(`${path}[${i}]`, x, depth + 1));
    } else if (typeof v === 'object' && v !== null && !(v instanceof Uint8Array) && depth === 0 && path === '') {
      for (const [k, x] of Object.entries(v)) walk(k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), x, 0);
    } else {
      out.set(path, render(v));
    }
  };
  walk('', record, 0);
  return out;
}

function render(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Uint8Array) return `0x${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const s = String(v);
    return s === '[object Object]' ? '{…}' : s;
  }
  return String(v);
}

function changes(before: Map<string, string>, after: Map<string, string>): StatementChange[] {
  const out: StatementChange[] = [];
  for (const [path, b] of before) {
    const a = after.get(path);
    if (a === undefined) out.push({ path, change: 'removed', before: b });
    else if (a !== b) out.push({ path, change: 'modified', before: b, after: a });
  }
  for (const [path, a] of after) if (!before.has(path)) out.push({ path, change: 'added', after: a });
  return out;
}

// ---------------------------------------------------------------- filter attribution

/**
 * The items a filter stage removed from `doc`, each with the first condition that removes it when
 * run alone (over a copy of what the stage received); items with none went with their parent or were left empty.
 */
function droppedBy(stage: Stage & { kind: 'filter' }, doc: TelemetryDocument, labels: Map<object, string>, prefix: string, beforeStage: string, gates: FeatureGates): DroppedItem[] {
  const after = labelRecords(doc, '');
  const survivors = new Set(after.keys());
  const gone = [...labels].filter(([o]) => !survivors.has(o)).map(([, l]) => l);
  if (gone.length === 0) return [];
  const config = stage.processor.config;
  const attribution = new Map<string, { condition: string; line: number | null }>();
  for (const signal of ['logs', 'traces', 'metrics'] as const) {
    if (signal !== doc.signal) continue;
    config.signals[signal].groups.forEach((group, g) => {
      group.conditions.forEach((condition) => {
        const single = {
          ...config,
          signals: {
            ...config.signals,
            [signal]: { ...config.signals[signal], groups: config.signals[signal].groups.filter((_, x) => x === g).map((x) => ({ ...x, conditions: [condition] })) },
          },
        };
        // Labels are taken before the probe runs: positions shift once items are removed.
        const probe = decodeDocuments(beforeStage, 'input.json')[0];
        const probeLabels = labelRecords(probe, prefix);
        try {
          FilterProcessor.compile(single, { gates }).process(probe);
        } catch {
          return; // a failing condition removes nothing when run alone
        }
        const kept = new Set(labelRecords(probe, '').keys());
        for (const [o, l] of probeLabels) {
          if (!kept.has(o) && !attribution.has(l)) attribution.set(l, { condition: condition.text, line: condition.line ?? null });
        }
      });
    });
  }
  return [...new Set(gone)].map((record) => ({ processor: stage.name, record, condition: attribution.get(record)?.condition ?? null, line: attribution.get(record)?.line ?? null }));
}
