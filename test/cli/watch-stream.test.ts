/**
 * `--watch` streams survive bad lines: a line that is not JSON, not OTLP, or fails a rule under
 * propagate is reported with its line and skipped, and every line after it is still processed.
 * Runs in-process on an input file (the config's folder is watched meanwhile).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchFilter, watchTransform } from '../../src/cli/watch.js';
import { capture } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'ottl-watch-stream-'));
const apiUrl = new URL('../../src/api/index.ts', import.meta.url).href;
const functions = join(dir, 'shout.ts');
writeFileSync(
  functions,
  `import { defineFunction } from ${JSON.stringify(apiUrl)};\n` +
    `export const Shout = defineFunction({ name: 'Shout', kind: 'converter', description: 'Upper-cases a string.', params: [{ name: 'value', kind: 'string' }], create: ({ value }) => (ctx) => value(ctx).toUpperCase() });\n`,
);
const line = (body: string) => JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: body } }] }] }] });
const input = join(dir, 'in.ndjson');
writeFileSync(input, [line('okay'), line('b'), '{"message":"hi"}', '{"resourceLogs":[', line('fine'), '', line('last')].join('\n') + '\n');

describe('--watch with bad lines in the middle', () => {
  it('ottl run reports each bad line and keeps every line after it', async () => {
    const config = join(dir, 'run.yaml');
    writeFileSync(config, 'error_mode: propagate\nlog_statements:\n  - set(log.attributes["n"], Substring(Shout(log.body), 0, 3))\n');
    const output = join(dir, 'out.ndjson');
    const r = await capture(() => watchTransform({ config, input, output, functions }));
    expect(r.error?.message).toBe('ottl: 3 of 6 documents failed (see above)');
    const bodies = readFileSync(output, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { resourceLogs: { scopeLogs: { logRecords: { attributes: { value: { stringValue: string } }[] }[] }[] }[] }).resourceLogs[0].scopeLogs[0].logRecords[0].attributes[0].value.stringValue);
    expect(bodies).toEqual(['OKA', 'FIN', 'LAS']);
    expect(r.err.split('\n').filter((l) => !l.includes('watching'))).toEqual([
      expect.stringMatching(new RegExp(`^ottl: ${input}:2: error_mode propagate: failed to execute statement: .*; document skipped \\(v1\\)$`)),
      `ottl: ${input}:3: not an OTLP document: expected resourceLogs, resourceSpans or resourceMetrics, got "message"; line skipped`,
      `ottl: ${input}:4:18: invalid JSON: unexpected end of input; line skipped`,
      '',
    ]);
  });

  it('ottl filter does the same', async () => {
    const config = join(dir, 'filter.yaml');
    writeFileSync(config, 'error_mode: propagate\nlogs:\n  log_record:\n    - Substring(log.body, 0, 3) == "xyz"\n');
    const output = join(dir, 'out-filter.ndjson');
    const r = await capture(() => watchFilter({ config, input, output }));
    expect(r.error?.message).toBe('ottl: 3 of 6 documents failed (see above)');
    expect(readFileSync(output, 'utf8').trim().split('\n')).toEqual([line('okay'), line('fine'), line('last')]);
  });
});
