/**
 * Under `propagate` the reference leaves a payload half-modified when a statement fails (pinned
 * below for `process`); `processAtomic` offers embedders all or nothing.
 */
import { describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument, PropagatedError, TransformProcessor, type TelemetryDocument } from '../../../src/api/index.js';

const INPUT = JSON.stringify({
  resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'a' } }, { body: { stringValue: 'b' } }] }] }],
});
// The first statement edits every record; the second fails on the second record only.
const CONFIG = [
  'error_mode: propagate',
  'log_statements:',
  '  - set(log.attributes["seen"], true)',
  '  - set(log.attributes["n"], Int(log.body) + 1) where log.body == "b"',
  '',
].join('\n');

const doc = (): TelemetryDocument => decodeDocument(INPUT, 'in.json');

describe('processAtomic', () => {
  const processor = TransformProcessor.fromText(CONFIG, 't.yaml');

  it('plain process leaves the document half-edited when a statement fails under propagate (as the reference)', () => {
    const d = doc();
    expect(() => processor.process(d)).toThrow(PropagatedError);
    expect(encodeDocument(d)).not.toBe(encodeDocument(doc()));
  });

  it('processAtomic leaves it exactly as it was', () => {
    const d = doc();
    expect(() => processor.processAtomic(d)).toThrow(PropagatedError);
    expect(encodeDocument(d)).toBe(encodeDocument(doc()));
  });

  it('processAtomic gives the same result as process when nothing fails', () => {
    const ok = TransformProcessor.fromText('log_statements:\n  - set(log.attributes["seen"], true)\n', 't.yaml');
    const a = doc();
    const b = doc();
    ok.process(a);
    ok.processAtomic(b);
    expect(encodeDocument(b)).toBe(encodeDocument(a));
  });
});
