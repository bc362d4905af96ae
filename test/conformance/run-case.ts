/** Runs one conformance case through the library, the way the CLI contract describes it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeDocuments } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../../src/codec/otlpjson/encode.js';
import { parseCondition, parseStatement } from '../../src/parser/parse.js';
import { FilterProcessor } from '../../src/engine/filter/processor.js';
import { TransformProcessor } from '../../src/engine/transform/processor.js';

export interface ConformanceCase {
  id: string;
  kind: 'run' | 'filter' | 'parse';
  source?: string;
  note?: string;
  skip?: string;
  config?: unknown;
  input?: unknown;
  text?: string;
  condition?: boolean;
  tolerance?: number;
  expect: { output?: unknown; error?: boolean; valid?: boolean };
}

export interface CaseResult {
  ok: boolean;
  reason: string;
  diffs: string[];
}

type Harness = {
  compareDocs(a: unknown, b: unknown, tol?: number): { equal: boolean; diffs: string[] };
  parseJsonText(text: string): unknown;
};

let harness: Promise<Harness> | undefined;
const loadHarness = (root: string): Promise<Harness> =>
  (harness ??= import(path.join(root, 'run.mjs')) as Promise<Harness>);

/** Runs a transform or filter config over the input; returns the output text or throws. */
export type Runner = (kind: 'run' | 'filter', configText: string, input: string) => string;

let filterRunner: Runner | undefined;
/** The filter processor registers itself here once it exists. */
export function setFilterRunner(r: Runner): void {
  filterRunner = r;
}

setFilterRunner((_kind, configText, input) => {
  const processor = FilterProcessor.fromText(configText, 'config.yaml');
  const docs = decodeDocuments(input, 'input.json');
  return docs.map((d) => (processor.process(d), encodeDocument(d))).join('\n');
});

function runTransform(configText: string, input: string): string {
  const processor = TransformProcessor.fromText(configText, 'config.yaml');
  const docs = decodeDocuments(input, 'input.json');
  return docs.map((d) => (processor.process(d), encodeDocument(d))).join('\n');
}

export async function runConformanceCase(c: ConformanceCase, root: string): Promise<CaseResult> {
  const h = await loadHarness(root);
  if (c.kind === 'parse') {
    const r = c.condition ? parseCondition(c.text ?? '') : parseStatement(c.text ?? '');
    const ok = r.ok === c.expect.valid;
    return { ok, reason: ok ? '' : `expected valid=${c.expect.valid}, parser said ${r.ok ? 'valid' : JSON.stringify(r.errors.map((e) => e.message))}`, diffs: [] };
  }
  // As the harness writes it, and a collector config holds it: every `$` as `$$` (read back as `$`).
  const configText = JSON.stringify(c.config ?? {}).replace(/\$/g, '$$$$');
  const input = typeof c.input === 'string' ? readFileSync(path.resolve(root, c.input), 'utf8') : JSON.stringify(c.input ?? {});
  let out: string;
  try {
    if (c.kind === 'run') out = runTransform(configText, input);
    else if (filterRunner) out = filterRunner('filter', configText, input);
    else return { ok: false, reason: 'the filter processor is not available', diffs: [] };
  } catch (e) {
    if (c.expect.error) return { ok: true, reason: '', diffs: [] };
    return { ok: false, reason: `failed: ${(e as Error).message}`, diffs: [] };
  }
  if (c.expect.error) return { ok: false, reason: 'expected an error, got output', diffs: [] };
  const actual = h.parseJsonText(out.split('\n')[0]);
  const res = h.compareDocs(c.expect.output, actual, c.tolerance);
  return { ok: res.equal, reason: res.equal ? '' : 'output differs', diffs: res.diffs };
}
