/**
 * `--max-document-size` (issue 14, resource bounds: input size per document/line): a document over
 * the limit stops the run at its line, and nothing is written.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFilter } from '../../src/cli/commands/filter.js';
import { runTransform } from '../../src/cli/commands/run.js';
import { parseByteSize } from '../../src/cli/options.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-max-doc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = (body: string) => JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: body } }] }] }] });
const input = path.join(dir, 'in.ndjson');
writeFileSync(input, `${doc('short')}\n${doc('x'.repeat(300))}\n`);
const config = path.join(dir, 'c.yaml');
writeFileSync(config, 'log_statements:\n  - set(log.attributes["seen"], true)\n');

describe('--max-document-size', () => {
  it('reads sizes with binary units', () => {
    expect(parseByteSize('1048576')).toBe(1048576);
    expect(parseByteSize('64KiB')).toBe(65536);
    expect(parseByteSize('16M')).toBe(16 * 1024 * 1024);
    expect(parseByteSize(undefined)).toBeUndefined();
    expect(() => parseByteSize('12x')).toThrow('--max-document-size: expected a size');
    expect(() => parseByteSize('0')).toThrow('--max-document-size: expected a size');
  });

  it('stops run at the line over the limit and writes nothing', async () => {
    const output = path.join(dir, 'out.json');
    await expect(runTransform({ config, input, output, maxDocumentSize: '200' })).rejects.toThrow(`${input}:2: a document longer than 200 bytes, the limit --max-document-size sets`);
    expect(existsSync(output)).toBe(false);
  });

  it('lets documents under the limit through (run and filter)', async () => {
    const output = path.join(dir, 'ok.json');
    await runTransform({ config, input, output, maxDocumentSize: '1KiB' });
    expect(existsSync(output)).toBe(true);
    const filterConfig = path.join(dir, 'f.yaml');
    writeFileSync(filterConfig, 'logs:\n  log_record:\n    - log.body == "short"\n');
    await expect(runFilter({ config: filterConfig, input, output: path.join(dir, 'f.json'), maxDocumentSize: '100' })).rejects.toThrow(`${input}:2: a document longer than 100 bytes`);
  });
});
