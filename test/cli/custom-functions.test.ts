/**
 * `--functions MODULE` gives the CLI an embedder's own functions: `ottl run` compiles with them,
 * `ottl check` accepts them, `ottl functions --json` lists them (issue 10).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfigText } from '../../src/cli/commands/check.js';
import { runTransform } from '../../src/cli/commands/run.js';
import { loadCustomFunctions } from '../../src/cli/custom-functions.js';
import { FeatureGates, functionCatalog } from '../../src/api/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-fns-'));
const apiUrl = new URL('../../src/api/index.ts', import.meta.url).href;
const module = path.join(dir, 'shout.ts');
writeFileSync(
  module,
  `import { defineFunction } from ${JSON.stringify(apiUrl)};\n` +
    `export const Shout = defineFunction({ name: 'Shout', kind: 'converter', description: 'Upper-cases a string.', params: [{ name: 'value', kind: 'string' }], create: ({ value }) => (ctx) => value(ctx).toUpperCase() });\n`,
);

describe('--functions', () => {
  it('loads the definitions a module exports, and lists them with the built-ins', async () => {
    const defs = await loadCustomFunctions(module);
    expect(defs.map((d) => d.name)).toEqual(['Shout']);
    expect(functionCatalog(defs).find((f) => f.name === 'Shout')).toMatchObject({ kind: 'converter', description: 'Upper-cases a string.' });
  });

  it('ottl run and ottl check compile with them', async () => {
    const config = path.join(dir, 't.yaml');
    writeFileSync(config, 'log_statements:\n  - set(log.body, Shout(log.body))\n');
    const input = path.join(dir, 'in.json');
    writeFileSync(input, JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'hi' } }] }] }] }));
    const output = path.join(dir, 'out.json');
    await runTransform({ config, input, output, functions: module } as Parameters<typeof runTransform>[0]);
    expect(readFileSync(output, 'utf8')).toContain('"HI"');
    const text = readFileSync(config, 'utf8');
    expect(checkConfigText(text, 't.yaml', { gates: FeatureGates.defaults() }).ok).toBe(false);
    expect(checkConfigText(text, 't.yaml', { gates: FeatureGates.defaults(), functions: await loadCustomFunctions(module) }).ok).toBe(true);
  });

  it('a module without definitions is a clear error', async () => {
    const empty = path.join(dir, 'empty.ts');
    writeFileSync(empty, 'export const x = 1;\n');
    await expect(loadCustomFunctions(empty)).rejects.toThrow('exports no function definitions');
  });
});
