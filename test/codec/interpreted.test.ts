/**
 * The tree reader on a host that forbids generating code from strings (`tree/interpreted.ts`): the
 * codec, loaded afresh while `Function` throws as under such a CSP, gives what the text reader
 * gives, as the generated readers do.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { document, toJsonText } from './arbitraries.js';

type Decoder = typeof import('../../src/codec/otlpjson/decode.js');

/** The decoder's modules, loaded while `new Function` throws an EvalError. */
async function decoderWithoutCodeGeneration(): Promise<{ decoder: Decoder; allowed: boolean }> {
  vi.resetModules();
  vi.stubGlobal('Function', function forbidden(): never {
    throw new EvalError('Code generation from strings disallowed for this context');
  });
  try {
    const walker = await import('../../src/codec/otlpjson/tree/walker.js');
    const decoder = await import('../../src/codec/otlpjson/decode.js');
    return { decoder, allowed: walker.codeGeneration.allowed };
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('the tree reader without code generation', () => {
  it('reads every document as the text reader does', async () => {
    const { decoder, allowed } = await decoderWithoutCodeGeneration();
    expect(allowed).toBe(false);
    const outcome = (text: string, fast: boolean): unknown => {
      try {
        return [...decoder.readDocuments(text, 'f.json', {}, fast)];
      } catch (e) {
        return (e as Error).message;
      }
    };
    const fixed = [
      '{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"severityText":"a"}],"log_records":[{"severityText":"b"}]}]}]}',
      '{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"a","intValue":"1"}}]}]}]}',
      '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"gauge":{"dataPoints":[{"asInt":"1","asDouble":null}]},"sum":null}]}]}]}',
    ];
    for (const text of fixed) expect(outcome(text, true)).toEqual(outcome(text, false));
    fc.assert(
      fc.property(document, fc.constantFrom(undefined, 1), (d, indent) => {
        const text = toJsonText(d, indent);
        expect(outcome(text, true)).toEqual(outcome(text, false));
      }),
      { numRuns: 200 },
    );
  });
});
