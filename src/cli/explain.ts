/**
 * `ottl run --explain[=text|json]`: for each record, which statements matched their `where` and
 * what each one changed, rendered from the library's {@link Explainer}.
 */
import { Explainer, type Change, type ExplainedRecord, type ExplainObserver, type TelemetryDocument, type TransformProcessor } from '../api/index.js';
import { CliError } from './main.js';

/** The forms `--explain` can print. */
export type ExplainFormat = 'text' | 'json';

/** `--explain` (true), `--explain=text`, `--explain=json`; undefined when absent. */
export function parseExplainOption(v: boolean | string | undefined): ExplainFormat | undefined {
  if (v === undefined || v === false) return undefined;
  if (v === true || v === 'text') return 'text';
  if (v === 'json') return 'json';
  throw new CliError(`ottl: --explain takes text or json, not "${v}"`, 2);
}

// ---------------------------------------------------------------- rendering

function renderChange(c: Change): string {
  switch (c.change) {
    case 'added':
      return `+ ${c.path} = ${c.after}`;
    case 'removed':
      return `- ${c.path} (was ${c.before})`;
    case 'modified':
      return `~ ${c.path}: ${c.before} -> ${c.after}`;
  }
}

const at = (line: number | null) => (line === null ? '' : `line ${line}, `);

/** The readable form: one block per record, one entry per statement, changes indented below. */
export function renderExplainText(records: readonly ExplainedRecord[]): string {
  const out: string[] = [];
  for (const r of records) {
    out.push(r.record);
    for (const e of r.events) {
      if (e.type === 'conditions-not-met') {
        out.push(`  ${at(e.line)}conditions not met, ${e.skipped} statement${e.skipped === 1 ? '' : 's'} skipped: ${e.conditions.join(' or ')}`);
        continue;
      }
      const status = e.error !== null ? `failed (${e.error})` : !e.matched ? 'not matched' : e.changes.length === 0 ? 'matched, no change' : 'matched';
      out.push(`  ${at(e.line)}${status}: ${e.statement}`);
      for (const c of e.changes) out.push(`    ${renderChange(c)}`);
    }
  }
  return out.length === 0 ? 'no statement reached any record\n' : out.join('\n') + '\n';
}

/** The JSON form: `{ "records": [{ document, record, events: [...] }] }`. */
export function renderExplainJson(records: readonly ExplainedRecord[]): string {
  return JSON.stringify({ records }, null, 2) + '\n';
}

/**
 * Sets up explaining for `ottl run`: returns the observer factory and a `finish` that renders what
 * was collected. Undefined when `--explain` was not given.
 */
export function createExplainer(processor: TransformProcessor, option: boolean | string | undefined, documents: number) {
  const format = parseExplainOption(option);
  if (format === undefined) return undefined;
  const explainer = new Explainer(processor, documents);
  const observers: ExplainObserver[] = [];
  return {
    observe(doc: TelemetryDocument, index: number) {
      const o = explainer.observe(doc, index);
      observers.push(o);
      return o;
    },
    /** The rendered explanation of everything observed so far. */
    render(): string {
      const records = explainer.explained(observers);
      return format === 'json' ? renderExplainJson(records) : renderExplainText(records);
    },
  };
}
