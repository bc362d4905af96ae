/**
 * The warnings of `error_mode: ignore`, grouped: a statement that fails on every record of a large
 * input would otherwise print one line per record. The first {@link SHOWN_PER_KIND} warnings of each
 * distinct statement (or condition) and message are printed as they come; at the end, one summary
 * line per kind that had more gives the count and where the first one happened.
 */
import type { EvalContext, ExecutionObserver, Logger, TelemetryDocument } from '../../api/index.js';

/** A logged warning as one line of text: `message: key: value; key: value`. */
export function warningText(message: string, fields: Record<string, string>): string {
  const detail = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  return `${message}: ${detail}`;
}

/** Warnings printed per distinct statement and message before they are only counted. */
export const SHOWN_PER_KIND = 3;

/** Where the warning happened: the input line, the document, and the record in it. */
export interface WarningPlace {
  /** `in.ndjson:12`, or the input name alone for a single document. */
  readonly where: string;
  /** The record's place in its document (`resource 1, scope 1, log record 3`), when known. */
  readonly record?: string;
}

interface Kind {
  readonly text: string;
  readonly first: WarningPlace;
  count: number;
}

/** A warning as it travels from a worker to the main thread (see `jobs.ts`). */
export interface WarningEvent {
  readonly message: string;
  readonly fields: Record<string, string>;
  readonly place: WarningPlace;
}

/**
 * Counts warnings per kind and prints the first few. `place()` says where the current document is;
 * {@link observer} (passed to the transform processor) lets it name the record.
 */
export class WarningTally implements Logger {
  private readonly kinds = new Map<string, Kind>();
  private where = '';
  private doc: TelemetryDocument | null = null;
  private ctx: EvalContext | null = null;
  /** Receives every warning instead of printing it (a worker forwards them to the main thread). */
  forward: ((w: WarningEvent) => void) | null = null;

  constructor(private readonly write: (line: string) => void = (line) => process.stderr.write(line)) {}

  /** The document now being processed and where it is in the input. */
  at(where: string, doc: TelemetryDocument | null): void {
    this.where = where;
    this.doc = doc;
    this.ctx = null;
  }

  /**
   * The observer to pass to `TransformProcessor.process`: it remembers the evaluation context of
   * the current record (the processor calls `item` when a group reaches a record), so that a
   * warning can say which record it was.
   */
  readonly observer: ExecutionObserver & { item(ctx: EvalContext): void } = {
    item: (ctx) => {
      this.ctx = ctx;
    },
    statement: () => {},
  };

  warn(message: string, fields: Record<string, string>): void {
    const place: WarningPlace = { where: this.where, record: this.ctx && this.doc ? recordPlace(this.doc, this.ctx) : undefined };
    if (this.forward !== null) this.forward({ message, fields, place });
    else this.add({ message, fields, place });
  }

  /** Counts one warning, printing it when it is among the first of its kind. */
  add({ message, fields, place }: WarningEvent): void {
    const text = warningText(message, fields);
    let kind = this.kinds.get(text);
    if (kind === undefined) {
      kind = { text, first: place, count: 0 };
      this.kinds.set(text, kind);
    }
    kind.count++;
    if (kind.count <= SHOWN_PER_KIND) this.write(`warning: ${placeText(place)}: ${text}\n`);
    else if (kind.count === SHOWN_PER_KIND + 1) this.write(`warning: more of the above are counted; the total follows at the end\n`);
  }

  /** One line per kind that was not printed in full: how many, and where the first one was. */
  summarize(): void {
    for (const kind of this.kinds.values()) {
      if (kind.count <= SHOWN_PER_KIND) continue;
      this.write(`warning: ${kind.count} times (first at ${placeText(kind.first)}): ${kind.text}\n`);
    }
  }
}

const placeText = (p: WarningPlace) => (p.record === undefined ? p.where : `${p.where}, ${p.record}`);

/** `resource 1, scope 2, log record 3` (1-based, as `--explain` numbers records). */
function recordPlace(doc: TelemetryDocument, ctx: EvalContext): string | undefined {
  const n = (list: readonly unknown[], item: unknown) => list.indexOf(item) + 1;
  const parts: string[] = [];
  const add = (name: string, list: readonly unknown[], item: unknown) => {
    const i = n(list, item);
    if (i > 0) parts.push(`${name} ${i}`);
    return i > 0;
  };
  switch (doc.signal) {
    case 'logs': {
      const rl = doc.data.resourceLogs;
      const r = rl.find((x) => x === ctx.resourceHolder);
      if (!r || !add('resource', rl, r)) return undefined;
      const s = r.scopeLogs.find((x) => x === ctx.scopeHolder);
      if (s && add('scope', r.scopeLogs, s) && ctx.log) add('log record', s.logRecords, ctx.log);
      break;
    }
    case 'traces': {
      const rs = doc.data.resourceSpans;
      const r = rs.find((x) => x === ctx.resourceHolder);
      if (!r || !add('resource', rs, r)) return undefined;
      const s = r.scopeSpans.find((x) => x === ctx.scopeHolder);
      if (s && add('scope', r.scopeSpans, s) && ctx.span && add('span', s.spans, ctx.span) && ctx.spanEvent) add('event', ctx.span.events, ctx.spanEvent);
      break;
    }
    case 'metrics': {
      const rm = doc.data.resourceMetrics;
      const r = rm.find((x) => x === ctx.resourceHolder);
      if (!r || !add('resource', rm, r)) return undefined;
      const s = r.scopeMetrics.find((x) => x === ctx.scopeHolder);
      if (s && add('scope', r.scopeMetrics, s) && ctx.metric && add('metric', s.metrics, ctx.metric) && ctx.dataPoint && ctx.metric.data && 'dataPoints' in ctx.metric.data) {
        add('data point', ctx.metric.data.dataPoints as readonly unknown[], ctx.dataPoint);
      }
      break;
    }
  }
  return parts.join(', ');
}
