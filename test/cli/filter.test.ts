/** `ottl filter`: documents in, matching telemetry dropped, a drop summary on stderr. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropSummary, runFilter } from '../../src/cli/commands/filter.js';
import { zeroCounts } from '../../src/engine/filter/counts.js';
import { capture } from './capture.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ottl-filter-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const log = (body: string, severity: number) => ({ body: { stringValue: body }, severityNumber: severity });
const LOGS = JSON.stringify({
  resourceLogs: [
    { resource: { attributes: [{ key: 'service.name', value: { stringValue: 'a' } }] }, scopeLogs: [{ scope: { name: 's' }, logRecords: [log('x', 9), log('y', 17)] }] },
    { resource: { attributes: [{ key: 'service.name', value: { stringValue: 'b' } }] }, scopeLogs: [{ scope: { name: 's' }, logRecords: [log('z', 5)] }] },
  ],
});

describe('ottl filter', () => {
  it('drops matching log records and empty parents, and says how many', async () => {
    const config = write('f.yaml', 'log_conditions:\n  - log.severity_number < SEVERITY_NUMBER_WARN\n');
    const input = write('in.json', LOGS);
    const output = join(dir, 'out.json');
    const r = await capture(() => runFilter({ config, input, output }));
    expect(r.error).toBeUndefined();
    expect(r.err).toBe('ottl filter: dropped 2 of 3 log records, 1 of 2 scopes, 1 of 2 resources\n');
    const out = JSON.parse(readFileSync(output, 'utf8')) as { resourceLogs: { scopeLogs: { logRecords: { body: unknown }[] }[] }[] };
    expect(out.resourceLogs).toHaveLength(1);
    expect(out.resourceLogs[0].scopeLogs[0].logRecords.map((l) => l.body)).toEqual([{ stringValue: 'y' }]);
  });

  it('writes a document with no resources when everything is dropped', async () => {
    const config = write('f.yaml', 'logs:\n  resource: ["true"]\n');
    const input = write('in.json', LOGS);
    const r = await capture(() => runFilter({ config, input, output: '-' }));
    expect(r.out).toBe('{"resourceLogs":[]}\n');
    expect(r.err).toBe('ottl filter: dropped 3 of 3 log records, 2 of 2 scopes, 2 of 2 resources\n');
  });

  it('writes nothing when a condition fails under propagate', async () => {
    const config = write('f.yaml', 'error_mode: propagate\nlogs:\n  log_record: [\'Substring(body, 0, 10) == "x"\']\n');
    const input = write('in.json', LOGS);
    const output = join(dir, 'out.json');
    const r = await capture(() => runFilter({ config, input, output }));
    expect(r.error?.message).toMatch(/^.*in\.json: error_mode propagate: failed to eval condition: Substring\(body, 0, 10\) == "x": .*; nothing was written$/);
    expect(existsSync(output)).toBe(false);
  });

  it('reports compile errors with their position and picks a named processor', async () => {
    const config = write('c.yaml', 'processors:\n  filter/a:\n    logs: {log_record: ["Nope()"]}\n  filter/b:\n    logs: {log_record: ["true"]}\n');
    const input = write('in.json', LOGS);
    const bad = await capture(() => runFilter({ config, input, output: '-', processor: 'filter/a' }));
    expect(bad.error?.message).toMatch(new RegExp(`^${config.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3:26: undefined function "Nope"`));
    const ambiguous = await capture(() => runFilter({ config, input, output: '-' }));
    expect(ambiguous.error?.message).toContain('several filter processors (filter/a, filter/b); choose one with --processor');
    const good = await capture(() => runFilter({ config, input, output: '-', processor: 'filter/b' }));
    expect(good.err).toBe('ottl filter: dropped 3 of 3 log records, 2 of 2 scopes, 2 of 2 resources\n');
  });

  it('summarises each signal seen, in one line', () => {
    const before = { ...zeroCounts(), resources: 1, scopes: 1, spans: 4, spanEvents: 2, logRecords: 1 };
    const dropped = { ...zeroCounts(), spans: 2, spanEvents: 1 };
    expect(dropSummary(dropped, before, new Set(['traces', 'logs']))).toBe(
      'dropped 0 of 1 log record, 1 of 2 span events, 2 of 4 spans, 0 of 1 scope, 0 of 1 resource',
    );
    expect(dropSummary(dropped, before, new Set())).toBe('no documents');
  });
});
