/**
 * Round-trip laws of the OTLP/JSON codec over generated documents:
 * - `encode(decode(text))` is canonically equal to the input document (conformance canonicalisation:
 *   int64 as strings, defaults dropped, attribute order ignored, ids case-insensitive);
 * - `decode(encode(model))` deep-equals `model` (exact: bigint, -0, NaN, bytes, Map order).
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeDocument, decodeDocuments } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument, encodeDocuments } from '../../src/codec/otlpjson/encode.js';
import { newLogRecord, type TelemetryDocument } from '../../src/core/model.js';
import type { Value } from '../../src/core/values/types.js';
import { document, toJsonText } from './arbitraries.js';

const shared = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/conformance/run.mjs');
const haveHarness = existsSync(shared);

interface Harness {
  compareDocs(a: unknown, b: unknown): { equal: boolean; diffs: string[] };
  parseJsonText(text: string): unknown;
}

const NUM_RUNS = 300;

describe.skipIf(!haveHarness)('encode(decode(doc)) is canonically equal to doc', async () => {
  const harness = (haveHarness ? await import(pathToFileURL(shared).href) : {}) as Harness;

  it('for generated documents, compact or pretty-printed', () => {
    fc.assert(
      fc.property(document, fc.constantFrom(undefined, 2), (doc, indent) => {
        const textIn = toJsonText(doc, indent);
        const out = encodeDocument(decodeDocument(textIn, 'gen.json'));
        const cmp = harness.compareDocs(renameSumMetrics(harness.parseJsonText(textIn)), renameSumMetrics(harness.parseJsonText(out)));
        expect(cmp.diffs).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('decode(encode(model)) deep-equals model', () => {
  it('for models decoded from generated documents', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const model = decodeDocument(toJsonText(doc), 'gen.json');
        const again = decodeDocument(encodeDocument(model), 'out.json');
        expect(again).toEqual(normalizeEmpty(model));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('for NDJSON streams of several documents', () => {
    fc.assert(
      fc.property(fc.array(document, { maxLength: 4 }), (docs) => {
        const models = decodeDocuments(docs.map((d) => toJsonText(d)).join('\n'), 'gen.ndjson');
        expect(decodeDocuments(encodeDocuments(models), 'out.ndjson')).toEqual(models.map(normalizeEmpty));
      }),
      { numRuns: 100 },
    );
  });

  it('for attribute maps built directly from runtime values', () => {
    const key = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constant('__proto__'));
    const { value } = fc.letrec<{ value: Value }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.string({ unit: 'binary', maxLength: 6 }),
        fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }),
        fc.double(),
        fc.boolean(),
        fc.uint8Array({ maxLength: 6 }),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.uniqueArray(fc.tuple(key, tie('value')), { maxLength: 3, selector: (kv) => kv[0] }).map((kvs) => new Map(kvs)),
      ),
    }));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, value), { maxLength: 5, selector: (kv) => kv[0] }), value, (attrs, body) => {
        const rec = newLogRecord();
        rec.attributes = new Map(attrs);
        rec.body = body;
        const doc: TelemetryDocument = {
          signal: 'logs',
          data: { resourceLogs: [{ resource: { attributes: new Map(), droppedAttributesCount: 0 }, schemaUrl: '', scopeLogs: [{ scope: { name: '', version: '', attributes: new Map(), droppedAttributesCount: 0 }, schemaUrl: '', logRecords: [rec] }] }] },
        };
        expect(decodeDocument(encodeDocument(doc), 'x')).toEqual(doc);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

/**
 * The harness treats every `sum` key as a double, so a Sum metric's object is compared raw (no
 * canonicalisation inside it). Renaming the metric's `sum` field lets its contents be canonicalised.
 */
function renameSumMetrics(doc: any): unknown {
  for (const rm of doc?.resourceMetrics ?? []) {
    for (const sm of rm?.scopeMetrics ?? []) {
      for (const m of sm?.metrics ?? []) {
        if (m && 'sum' in m) {
          m.sumMetric = m.sum;
          delete m.sum;
        }
      }
    }
  }
  return doc;
}

/** A document with no resources encodes as `{}`, which decodes as an empty logs document. */
function normalizeEmpty(doc: TelemetryDocument): TelemetryDocument {
  const empty =
    (doc.signal === 'logs' && doc.data.resourceLogs.length === 0) ||
    (doc.signal === 'traces' && doc.data.resourceSpans.length === 0) ||
    (doc.signal === 'metrics' && doc.data.resourceMetrics.length === 0);
  return empty ? { signal: 'logs', data: { resourceLogs: [] } } : doc;
}
