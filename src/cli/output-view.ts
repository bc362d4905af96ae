/**
 * How `ottl run` shows each processed document: compact OTLP/JSON (the default), `--pretty`
 * (indented), or `--diff` (only what changed, per record, before → after).
 */
import { encodeDocument, type TelemetryDocument } from '../api/index.js';
import { diffUnits, recordUnits, type RecordUnit } from './records.js';
import { paintFor, prettyJson, renderDiff, type Paint } from './render.js';

/** The output options of `ottl run`. */
export interface OutputViewOptions {
  readonly pretty?: boolean;
  readonly diff?: boolean;
  readonly output: string;
}

/** Takes a look at a document before processing and renders it after. */
export interface OutputView {
  before(doc: TelemetryDocument): readonly RecordUnit[] | null;
  render(doc: TelemetryDocument, index: number, before: readonly RecordUnit[] | null): string;
}

/** The view for the options; `documents` > 1 adds a `document N` header to each diff. */
export function outputView(options: OutputViewOptions, documents: number, paint: Paint = options.output === '-' ? paintFor(process.stdout) : paintFor({})): OutputView {
  return {
    before: (doc) => (options.diff ? recordUnits(doc) : null),
    render(doc, index, before) {
      if (!options.diff || before === null) return options.pretty ? prettyJson(encodeDocument(doc)) : encodeDocument(doc);
      const listing = renderDiff(diffUnits(before, recordUnits(doc)), paint).trimEnd();
      const header = documents > 1 ? `${paint.bold(`document ${index + 1}`)}\n` : '';
      return header + (listing === '' ? '(no changes)' : listing);
    },
  };
}
