/**
 * Decoding the shared conformance fixtures and re-encoding them gives canonically equal documents
 * (canonicalisation from the conformance harness). Skipped when `../shared` is not beside the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeDocuments } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../../src/codec/otlpjson/encode.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '../../../shared/conformance');
const fixturesDir = join(shared, 'fixtures');
const available = existsSync(join(shared, 'run.mjs')) && existsSync(fixturesDir);
const files = available ? readdirSync(fixturesDir).filter((f) => f.endsWith('.json')) : [];

interface Harness {
  compareDocs(a: unknown, b: unknown): { equal: boolean; diffs: string[] };
  parseJsonText(text: string): unknown;
}

describe.skipIf(!available)('conformance fixtures round-trip', async () => {
  const harness = (available ? await import(pathToFileURL(join(shared, 'run.mjs')).href) : {}) as Harness;

  it('finds fixtures', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(fixturesDir, file), 'utf8');
    const docs = decodeDocuments(text, file);
    expect(docs).toHaveLength(1);
    const out = encodeDocument(docs[0]);
    const result = harness.compareDocs(harness.parseJsonText(text), harness.parseJsonText(out));
    expect(result.diffs).toEqual([]);
    expect(result.equal).toBe(true);
  });
});
