/**
 * `ottl filter --explain`: which condition dropped which record.
 *
 * The filter processor reports counts only, so each condition is run on its own over a copy of the
 * document; the records it alone would drop are attributed to it (resource and scope conditions to
 * resources and scopes, the others to log records, spans, metrics and data points). A resource or
 * scope removed because nothing was left in it is reported as such; records under a resource or
 * scope that a condition dropped are covered by its line.
 */
import { decodeDocument, encodeDocument, FilterProcessor, type FilterConfig, type TelemetryDocument } from '../api/index.js';
import { recordUnits } from './records.js';
import { assertionContext } from './test/assertions.js';
import { PLAIN, type Paint } from './render.js';

/** A condition of the config, where it is written. */
interface ConditionSource {
  readonly text: string;
  readonly at: string;
  /** A resource or scope condition drops containers; any other drops items (log records, spans…). */
  readonly level: 'container' | 'item';
}

const CONTAINERS = new Set(['resource', 'scope']);

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
      const context = g.context ?? assertionContext(c.text) ?? 'log';
      const level = CONTAINERS.has(context) ? 'container' : 'item';
      out.push({ source: { text: c.text, at: `${c.file}:${c.line}`, level }, config: { ...config, errorMode: 'silent', signals } });
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
    // Same walk order as `units`: the copy's i-th unit is the original's i-th (labels shift once records go).
    const copyItems = recordUnits(copy).map((u) => u.item);
    FilterProcessor.compile(config).process(copy);
    const left = new Set(recordUnits(copy).map((u) => u.item));
    for (const [i, u] of units.entries()) {
      // A condition on log records empties (and so removes) their scope too; that is not the scope's own drop.
      if (left.has(copyItems[i]!) || (source.level === 'container') !== CONTAINERS.has(u.context)) continue;
      droppedBy.set(u.label, [...(droppedBy.get(u.label) ?? []), source]);
    }
  }
  return {
    render(after, documentIndex, paint = PLAIN) {
      const kept = new Set(recordUnits(after).map((u) => u.item));
      const gone = new Set(units.filter((u) => !kept.has(u.item)).map((u) => u.label));
      // Units under a unit a condition dropped went with it: its line covers them.
      const coveredBy = (label: string) => [...droppedBy.keys()].some((a) => gone.has(a) && label.startsWith(`${a}, `));
      const lines: string[] = [];
      for (const u of units) {
        if (!gone.has(u.label) || coveredBy(u.label)) continue;
        const by = droppedBy.get(u.label);
        const why = by
          ? by.map((s) => `dropped by ${paint.yellow(s.text)} (${s.at})`).join('; also ')
          : CONTAINERS.has(u.context)
            ? 'removed, nothing left in it'
            : 'dropped';
        lines.push(`${paint.bold(u.label)}: ${why}`);
      }
      const header = documentIndex === null ? '' : `document ${documentIndex + 1}\n`;
      return lines.length === 0 ? `${header}nothing dropped\n` : header + lines.join('\n') + '\n';
    },
  };
}
