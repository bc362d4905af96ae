/** Small configs and documents whose output names the rule set version that processed them. */
import { newLogRecord, newResource, newScope, type TelemetryDocument } from '../../src/core/model.js';

/** A transform config that stamps `log.attributes["v"] = n` on every log record. */
export const stamp = (n: number): string => `log_statements: ['set(log.attributes["v"], ${n})']`;

/** Configs that must be rejected, each for a different reason; each also carries a stamp. */
export const INVALID: readonly ((n: number) => string)[] = [
  // YAML syntax error.
  (n) => `log_statements: ['set(log.attributes["v"], ${n})'`,
  // A good statement and a bad one: the good one must not take effect either.
  (n) => `log_statements:\n  - 'set(log.attributes["v"], ${n})'\n  - 'set(log.attributes["w"], Nope())'`,
  // Two bad statements: both are reported.
  (n) => `log_statements:\n  - 'set(log.attributes["v"], ${n}'\n  - 'set(log.attributes["w"], 1) where'`,
  // A config-level error.
  (n) => `log_statements: ['set(log.attributes["v"], ${n})']\nerror_mode: sometimes`,
];

/** A logs document with `records` empty log records. */
export function logsDoc(records = 2): TelemetryDocument {
  const logRecords = Array.from({ length: records }, () => newLogRecord());
  return {
    signal: 'logs',
    data: { resourceLogs: [{ resource: newResource(), schemaUrl: '', scopeLogs: [{ scope: newScope(), schemaUrl: '', logRecords }] }] },
  };
}

/** The stamps a processed logs document carries, one per record (null when unstamped). */
export function stamps(doc: TelemetryDocument): (number | null)[] {
  if (doc.signal !== 'logs') throw new Error('expected logs');
  return doc.data.resourceLogs.flatMap((rl) =>
    rl.scopeLogs.flatMap((sl) =>
      sl.logRecords.map((r) => {
        const v = r.attributes.get('v');
        return typeof v === 'bigint' ? Number(v) : null;
      }),
    ),
  );
}
