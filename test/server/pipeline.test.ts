/** `ottl serve`'s rule pipeline (collector pipeline order, --processor, bare bodies) and its OTLP responses. */
import { describe, expect, it } from 'vitest';
import { decodeDocument, ReloadableProcessor } from '../../src/api/index.js';
import { pipelineCompiler, type Pipeline } from '../../src/server/pipeline.js';
import { readPartialSuccess, successBody } from '../../src/server/response.js';

const logs = () => decodeDocument('{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"x"}}]}]}]}', 'in');
const attrs = (doc: ReturnType<typeof logs>) =>
  doc.signal === 'logs' ? doc.data.resourceLogs.flatMap((r) => r.scopeLogs.flatMap((s) => s.logRecords.map((l) => Object.fromEntries(l.attributes)))) : [];

const compile = (text: string, processor?: string): Pipeline => ReloadableProcessor.create(text, { compiler: pipelineCompiler(processor) }).current.ruleSet;

const COLLECTOR = `
processors:
  transform/a:
    log_statements: ['set(log.attributes["a"], "1")']
  transform/b:
    log_statements: ['set(log.attributes["b"], log.attributes["a"])']
  filter/drop_a:
    logs:
      log_record: ['log.attributes["a"] == "1"']
service:
  pipelines:
    logs:
      processors: [batch, transform/b, transform/a]
`;

describe('serve pipeline', () => {
  it('follows the collector pipeline order and skips other processor types', () => {
    const p = compile(COLLECTOR);
    expect(p.names.logs).toEqual(['transform/b', 'transform/a']);
    const doc = logs();
    p.process(doc);
    // transform/b ran first, when "a" was not set yet.
    expect(attrs(doc)).toEqual([{ b: null, a: '1' }]);
  });

  it('without a pipeline for the signal: every transform, then every filter', () => {
    const p = compile(COLLECTOR.replace(/service:[\s\S]*/, ''));
    expect(p.names.logs).toEqual(['transform/a', 'transform/b', 'filter/drop_a']);
    const doc = logs();
    p.process(doc);
    expect(attrs(doc)).toEqual([]);
  });

  it('--processor picks one processor; a bare body is its own kind', () => {
    expect(compile(COLLECTOR, 'filter/drop_a').names.logs).toEqual(['filter/drop_a']);
    expect(compile('log_statements: [\'set(log.attributes["z"], 1)\']').names.traces).toEqual(['transform']);
    expect(compile('logs:\n  log_record: ["true"]\n').names.logs).toEqual(['filter']);
  });
});

describe('OTLP responses', () => {
  it.each(['json', 'protobuf'] as const)('a partial success survives encoding and decoding (%s)', (format) => {
    const partial = { rejected: 3n, message: 'three were too old' };
    const body = successBody(format, 'traces', partial);
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    expect(readPartialSuccess(format, 'traces', bytes)).toEqual(partial);
    expect(readPartialSuccess(format, 'traces', new Uint8Array(0))).toBeNull();
  });
});
