/**
 * `ottl filter --explain`: which condition dropped which record.
 *
 * The filter processor reports counts only, so each condition is run on its own over a copy of the
 * document; the records it alone would drop are attributed to it. A record that disappeared without
 * any single condition matching it (a parent left empty) is reported as such. Records whose parent
 * went too are not listed separately: the parent's line covers them.
 */
import { decodeDocument, encodeDocument, FilterProcessor, type FilterConfig, type TelemetryDocument } from '../index.js';
import { recordUnits } from './records.js';
import { PLAIN, type Paint } from './render.js';

/** A condition of the config, where it is written. */
interface ConditionSource {
  readonly text: string;
  readonly at: string;
}

/** Looks at a document before filtering; `render` then tells what went, given the filtered document. */
export interface DropExplainer {
  render(after: TelemetryDocument, documentIndex: number | null, paint?: Paint): string;
}

/** One-condition configs for every condition of the document's signal. */
function singleConditionConfigs(config: FilterConfig, doc: TelemetryDocument): { source: ConditionSource; config: FilterConfig }[] {
  const signal = config.signals[doc.signal];
  const out: { source: ConditionSource; config: FilterConfig }[] = [];
  for (const g of signal.groups) {
    for (const c of g.conditions) {
      const only = { form: signal.form, groups: [{ ...g, errorMode: 'silent' as const, conditions: [c] }] };
      const none = { form: signal.form, groups: [] };
      const signals = { logs: none, traces: none, metrics: none, [doc.signal]: only };
      out.push({ source: { text: c.text, at: `${c.file}:${c.line}` }, config: { ...config, errorMode: 'silent', signals } });
    }
  }
  return out;
}

/** Prepares the explanation for `doc`; call before the real processor edits it. */
export function explainDrops(processor: FilterProcessor, doc: TelemetryDocument): DropExplainer {
  const units = recordUnits(doc);
  const text = encodeDocument(doc);
  const droppedBy = new Map<string, ConditionSource[]>();
  for (const { source, config } of singleConditionConfigs(processor.config, doc)) {
    const copy = decodeDocument(text, '<copy>');
    FilterProcessor.compile(config).process(copy);
    const left = new Set(recordUnits(copy).map((u) => u.label));
    for (const u of units) if (!left.has(u.label)) droppedBy.set(u.label, [...(droppedBy.get(u.label) ?? []), source]);
  }
  return {
    render(after, documentIndex, paint = PLAIN) {
      const kept = new Set(recordUnits(after).map((u) => u.item));
      const gone = new Set(units.filter((u) => !kept.has(u.item)).map((u) => u.label));
      const parentOf = (label: string) => label.slice(0, Math.max(0, label.lastIndexOf(', ')));
      const lines: string[] = [];
      for (const u of units) {
        if (!gone.has(u.label) || gone.has(parentOf(u.label))) continue;
        const by = droppedBy.get(u.label);
        const why = by
          ? by.map((s) => `dropped by ${paint.yellow(s.text)} (${s.at})`).join('; also ')
          : 'dropped: nothing left in it';
        lines.push(`${paint.bold(u.label)}: ${why}`);
      }
      const header = documentIndex === null ? '' : `document ${documentIndex + 1}\n`;
      return lines.length === 0 ? `${header}nothing dropped\n` : header + lines.join('\n') + '\n';
    },
  };
}
