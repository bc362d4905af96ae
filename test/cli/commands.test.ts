/** The `check`, `filter` and `run --explain` commands as the `ottl` program parses them. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { capture } from './capture.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ottl-cmd-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

async function ottl(...args: string[]) {
  process.exitCode = undefined;
  const r = await capture(() => main(['node', 'ottl', ...args]));
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { ...r, code };
}

describe('ottl', () => {
  it('check: exit 0 and a summary for a sound config', async () => {
    const r = await ottl('check', '--config', 'examples/transform.yaml');
    expect([r.code, r.out, r.err]).toEqual([0, 'examples/transform.yaml: OK: transform (2 groups, 7 statements, 0 conditions)\n', '']);
  });

  it('check: exit 1 and the problems for a bad one, --kind honoured', async () => {
    const config = join(dir, 'f.yaml');
    writeFileSync(config, 'logs:\n  log_record: ["Zzyzx()"]\n');
    const r = await ottl('check', '-c', config, '--kind', 'filter');
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${config}:2:17: undefined function "Zzyzx"\nZzyzx()\n^\n${config}: 1 problem found\n`);
  });

  it('filter: documents on stdout, the summary on stderr', async () => {
    const config = join(dir, 'f.yaml');
    writeFileSync(config, 'log_conditions: ["log.severity_number < SEVERITY_NUMBER_WARN"]\n');
    const r = await ottl('filter', '--config', config, '--input', 'examples/logs.json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).resourceLogs[0].scopeLogs[0].logRecords).toHaveLength(1);
    expect(r.err).toBe('ottl filter: dropped 1 of 2 log records, 0 of 1 scope, 0 of 1 resource\n');
  });

  it('run --explain=json: the explanation on stderr', async () => {
    const r = await ottl('run', '--config', 'examples/transform.yaml', '--input', 'examples/logs.json', '--explain=json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.err) as { records: unknown[] }).records).toHaveLength(3);
  });

  it('run --explain=yaml is a usage error', async () => {
    const r = await ottl('run', '--config', 'examples/transform.yaml', '--input', 'examples/logs.json', '--explain=yaml');
    expect([r.code, r.err]).toEqual([2, 'ottl: --explain takes text or json, not "yaml"\n']);
  });
});
