/**
 * Runs a function's declared example (`example` of its definition) with the library, for
 * `ottl functions NAME` and for the test that keeps the declared results true.
 */
import { compileStatements, createEvalContext, newLogRecord, newResource, newScope, type FunctionDefinition, type TelemetryDocument } from '../api/index.js';
import { diffUnits, recordUnits } from './records.js';

type Example = NonNullable<FunctionDefinition['example']>;

/** What the example's statement changes on its record, one `path: before → after` line per field. */
export function runFunctionExample(example: Example): string {
  const log = newLogRecord();
  if (example.body !== undefined) log.body = example.body;
  for (const [k, v] of Object.entries(example.attributes ?? {})) log.attributes.set(k, v);
  const doc: TelemetryDocument = {
    signal: 'logs',
    data: { resourceLogs: [{ resource: newResource(), schemaUrl: '', scopeLogs: [{ scope: newScope(), schemaUrl: '', logRecords: [log] }] }] },
  };
  const before = recordUnits(doc);
  const ctx = createEvalContext();
  before.find((u) => u.context === 'log')!.bind(ctx);
  compileStatements([example.statement], { context: 'log', name: 'example' }).execute(ctx);
  return diffUnits(before, recordUnits(doc))
    .flatMap((d) => d.changes)
    .map((c) => `${c.path}: ${c.before ?? '(absent)'} → ${c.after ?? '(absent)'}`)
    .join('\n');
}
