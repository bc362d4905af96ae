import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../../src/codec/otlpjson/encode.js';
import { newLogRecord, newMetric, newSpan, type Metric } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext, logRecordArb, metricArb, spanArb, telemetryDocumentArb } from '../../src/testing/index.js';

describe('telemetry arbitraries', () => {
  it('build records with the factories’ shape (same keys, same order)', () => {
    const shape = (o: object) => Object.keys(o).join(',');
    for (const r of fc.sample(logRecordArb(), { seed: 1, numRuns: 50 })) expect(shape(r)).toBe(shape(newLogRecord()));
    for (const s of fc.sample(spanArb(), { seed: 2, numRuns: 50 })) {
      expect(shape(s)).toBe(shape(newSpan()));
      expect(s.traceId).toHaveLength(16);
      expect(s.parentSpanId).toHaveLength(8);
    }
    for (const m of fc.sample(metricArb(), { seed: 3, numRuns: 50 })) expect(shape(m)).toBe(shape(newMetric()));
  });

  it('give every metric points of its own type, histograms one more bucket than bounds', () => {
    const pointKind: Record<string, string> = { gauge: 'number', sum: 'number', histogram: 'histogram', exponentialHistogram: 'exponentialHistogram', summary: 'summary' };
    const metrics: Metric[] = fc.sample(metricArb(), { seed: 4, numRuns: 200 });
    expect(new Set(metrics.map((m) => m.data?.kind ?? 'none'))).toEqual(new Set(['none', ...Object.keys(pointKind)]));
    for (const m of metrics) {
      if (m.data === null) continue;
      for (const p of m.data.dataPoints) {
        expect(p.kind).toBe(pointKind[m.data.kind]);
        if (p.kind === 'histogram') expect(p.bucketCounts).toHaveLength(p.explicitBounds.length + 1);
      }
    }
  });

  it('generate documents that survive an OTLP/JSON round trip exactly', () => {
    fc.assert(
      fc.property(telemetryDocumentArb(), (doc) => {
        // An empty document has no signal to recover: `{}` decodes as logs.
        fc.pre(Object.values(doc.data)[0].length > 0);
        expect(decodeDocument(encodeDocument(doc), 'generated.json')).toEqual(doc);
      }),
      { numRuns: 60 },
    );
  });

  it('feed compiled rules (a property test over generated records)', () => {
    const rules = compileStatements(['set(log.attributes["n"], Len(log.attributes))'], { context: 'log' });
    fc.assert(
      fc.property(logRecordArb(), (log) => {
        const before = log.attributes.size;
        rules.execute(evalContext({ log }));
        expect(log.attributes.get('n')).toBe(BigInt(before));
      }),
      { numRuns: 100 },
    );
  });
});
