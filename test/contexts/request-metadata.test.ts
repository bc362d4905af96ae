/**
 * Request metadata: the `otelcol.client.metadata` paths (the reference's `ctxotelcol`, rows of its
 * `TestContextClientMetadata`), the processors' `{ metadata }` option and the CLI's `--metadata`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { decodeDocuments } from '../../src/api/index.js';
import type { ContextName } from '../../src/contexts/index.js';
import {
  metadataValues,
  parseMetadataPairs,
  toRequestMetadata,
} from '../../src/core/request-metadata.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { FeatureGates } from '../../src/core/feature-gates.js';
import { FilterProcessor } from '../../src/engine/filter/processor.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { TransformProcessor } from '../../src/engine/transform/processor.js';
import type { LogsData } from '../../src/core/model.js';
import type { Value } from '../../src/core/values/types.js';
import { capture } from '../cli/capture.js';

// The metadata of the reference's TestContextClientMetadata.
const METADATA = toRequestMetadata({
  auth: 'Bearer token123',
  'content-type': ['application/json'],
  'user-agent': ['test-agent/1.0'],
  'empty-key': [],
  'multi-values': ['value1', 'value2'],
});

function read(expr: string, context: ContextName = 'log'): Value {
  const ctx = new EvalContext();
  ctx.requestMetadata = METADATA;
  compileStatements([`set(${context}.cache["out"], ${expr})`], { context }).execute(ctx);
  return ctx.cache.get('out') ?? null;
}

describe('otelcol.client.metadata (TestContextClientMetadata)', () => {
  it.each([
    { name: 'access specific metadata key', expr: 'otelcol.client.metadata["auth"]', want: ['Bearer token123'] },
    { name: 'access non-existent metadata key', expr: 'otelcol.client.metadata["non-existent"]', want: null },
    { name: 'access empty metadata key', expr: 'otelcol.client.metadata["empty-key"]', want: null },
    { name: 'access metadata key with multiple values', expr: 'otelcol.client.metadata["multi-values"]', want: ['value1', 'value2'] },
    { name: 'access metadata key with multiple values by index', expr: 'otelcol.client.metadata["multi-values"][0]', want: 'value1' },
    // client.Metadata.Get falls back to a case-insensitive match (header names).
    { name: 'a key in another case', expr: 'otelcol.client.metadata["Content-Type"]', want: ['application/json'] },
    { name: 'a computed key', expr: 'otelcol.client.metadata[Concat(["user", "agent"], "-")][0]', want: 'test-agent/1.0' },
  ])('$name', ({ expr, want }) => {
    expect(read(expr)).toStrictEqual(want);
  });

  it('access entire metadata: a map of key to the list of values', () => {
    const m = read('otelcol.client.metadata') as Map<string, Value>;
    expect(m.get('auth')).toStrictEqual(['Bearer token123']);
    expect(m.get('multi-values')).toStrictEqual(['value1', 'value2']);
  });

  it('no metadata: an empty map, and nil for any key', () => {
    const ctx = new EvalContext();
    compileStatements(['set(log.cache["all"], otelcol.client.metadata)', 'set(log.cache["k"], otelcol.client.metadata["auth"])'], { context: 'log' }).execute(ctx);
    expect(ctx.cache.get('all')).toStrictEqual(new Map());
    expect(ctx.cache.get('k')).toBeNull();
  });

  it.each(['resource', 'scope', 'span', 'spanevent', 'spanlink', 'metric', 'datapoint', 'exemplar', 'log'] as const)(
    'is reachable from the %s context',
    (context) => {
      expect(read('otelcol.client.metadata["auth"][0]', context)).toBe('Bearer token123');
    },
  );

  it.each([
    { name: 'cannot set entire metadata', stmt: 'set(otelcol.client.metadata, {"new-key": "new-value"})' },
    { name: 'cannot set specific metadata key', stmt: 'set(otelcol.client.metadata["auth"], "new-value")' },
    { name: 'setting nil is an error too', stmt: 'set(otelcol.client.metadata["auth"], nil)' },
  ])('$name', ({ stmt }) => {
    const ctx = new EvalContext();
    ctx.requestMetadata = METADATA;
    expect(() => compileStatements([stmt], { context: 'log' }).execute(ctx)).toThrow(
      '"otelcol.client.metadata" is read-only and cannot be modified',
    );
    expect(METADATA.get('auth')).toEqual(['Bearer token123']);
  });

  it('reads are copies: editing them leaves the request metadata alone', () => {
    const ctx = new EvalContext();
    ctx.requestMetadata = METADATA;
    compileStatements(['set(log.cache["m"], otelcol.client.metadata)', 'delete_key(log.cache["m"], "auth")'], { context: 'log' }).execute(ctx);
    expect(METADATA.has('auth')).toBe(true);
  });

  it.each([
    ['otelcol.client.metadata["multi-values"][5]', 'index 5 out of bounds'],
    ['otelcol.client.metadata["multi-values"][0][0]', 'cannot index into string slice more than once'],
  ])('%s fails: %s', (expr, error) => {
    expect(() => read(expr)).toThrow(error);
  });

  it.each([
    ['otelcol.client.addr', 'not available outside the collector'],
    ['otelcol.grpc.metadata', 'not available outside the collector'],
    ['otelcol.nothing', 'segment "nothing"'],
  ])('%s is a compile error', (path, message) => {
    expect(() => compileStatements([`set(log.cache["x"], ${path})`], { context: 'log' })).toThrow(message);
  });
});

describe('the ottl.contexts.enableOTelColContext gate (beta: on by default)', () => {
  it('turned off, an otelcol path is a compile error with the reference message', () => {
    const gates = FeatureGates.parse('-ottl.contexts.enableOTelColContext');
    expect(() => compileStatements(['set(log.cache["x"], otelcol.client.metadata)'], { context: 'log', gates })).toThrow(
      'OTTL `otelcol` context requires the `ottl.contexts.enableOTelColContext` feature gate to be enabled',
    );
    expect(FeatureGates.defaults().isEnabled('ottl.contexts.enableOTelColContext')).toBe(true);
  });
});

describe('metadata helpers', () => {
  it('normalises a Map or an object, single values to lists, copying', () => {
    const source = new Map<string, string | string[]>([['a', 'x'], ['b', ['y', 'z']]]);
    const md = toRequestMetadata(source);
    source.set('a', 'changed');
    expect([...md]).toEqual([['a', ['x']], ['b', ['y', 'z']]]);
    expect([...toRequestMetadata({ ['__proto__']: 'p' })]).toEqual([['__proto__', ['p']]]);
  });

  it('looks keys up exactly, then ignoring case', () => {
    const md = toRequestMetadata({ 'X-Id': '1', 'x-id': '2' });
    expect(metadataValues(md, 'x-id')).toEqual(['2']);
    expect(metadataValues(md, 'X-ID')).toEqual(['1']);
    expect(metadataValues(md, 'missing')).toEqual([]);
  });

  it('parses repeated key=value pairs and rejects malformed ones', () => {
    expect([...parseMetadataPairs(['k=v', 'k=w=x', 'e='])]).toEqual([['k', ['v', 'w=x']], ['e', ['']]]);
    expect(() => parseMetadataPairs(['novalue'])).toThrow('--metadata expects key=value, got "novalue"');
    expect(() => parseMetadataPairs(['=v'])).toThrow('--metadata expects key=value');
  });
});

const LOGS = JSON.stringify({
  resourceLogs: [{ resource: {}, scopeLogs: [{ scope: {}, logRecords: [{ body: { stringValue: 'a' } }, { body: { stringValue: 'b' } }] }] }],
});

describe('processors take the batch metadata', () => {
  it('TransformProcessor.process(doc, undefined, { metadata })', () => {
    const p = TransformProcessor.fromText(
      'log_statements:\n  - set(log.attributes["tenant"], otelcol.client.metadata["x-tenant"][0])\n',
    );
    const [doc] = decodeDocuments(LOGS, 'in.json');
    p.process(doc, undefined, { metadata: { 'x-tenant': 'acme' } });
    const logs = (doc.data as LogsData).resourceLogs[0].scopeLogs[0].logRecords;
    expect(logs.map((l) => l.attributes.get('tenant'))).toEqual(['acme', 'acme']);
    // Without metadata the key reads as nil (an empty value is stored).
    const [bare] = decodeDocuments(LOGS, 'in.json');
    p.process(bare);
    expect((bare.data as LogsData).resourceLogs[0].scopeLogs[0].logRecords[0].attributes.get('tenant')).toBeNull();
  });

  it('FilterProcessor.process(doc, { metadata })', () => {
    const f = FilterProcessor.fromText('logs:\n  log_record:\n    - otelcol.client.metadata["drop"] != nil\n');
    const [kept] = decodeDocuments(LOGS, 'in.json');
    expect(f.process(kept).dropped.logRecords).toBe(0);
    const [dropped] = decodeDocuments(LOGS, 'in.json');
    expect(f.process(dropped, { metadata: new Map([['drop', ['yes']]]) }).dropped.logRecords).toBe(2);
  });
});

describe('ottl run / ottl filter --metadata key=value', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ottl-md-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = undefined;
  });
  const write = (name: string, text: string): string => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const ottl = async (...args: string[]) => {
    process.exitCode = undefined;
    const r = await capture(() => main(['node', 'ottl', ...args]));
    const code = process.exitCode ?? 0;
    process.exitCode = undefined;
    return { ...r, code };
  };

  it('run: repeated options give a key several values', async () => {
    const config = write('t.yaml', 'log_statements:\n  - set(log.attributes["t"], otelcol.client.metadata["t"])\n');
    const input = write('in.json', LOGS);
    const r = await ottl('run', '--config', config, '--input', input, '--metadata', 't=a', '--metadata', 't=b');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { resourceLogs: { scopeLogs: { logRecords: { attributes: unknown[] }[] }[] }[] };
    expect(out.resourceLogs[0].scopeLogs[0].logRecords[0].attributes).toEqual([
      { key: 't', value: { arrayValue: { values: [{ stringValue: 'a' }, { stringValue: 'b' }] } } },
    ]);
  });

  it('filter: drops by metadata', async () => {
    const config = write('f.yaml', 'logs:\n  log_record:\n    - otelcol.client.metadata["tenant"][0] == "noisy"\n');
    const input = write('in.json', LOGS);
    const dropped = await ottl('filter', '--config', config, '--input', input, '--metadata', 'tenant=noisy');
    expect(dropped.out).toBe('{"resourceLogs":[]}\n');
    const kept = await ottl('filter', '--config', config, '--input', input, '--metadata', 'tenant=quiet');
    expect(kept.err).toContain('dropped 0 of 2 log records');
  });

  it('a malformed pair is a usage error', async () => {
    const config = write('t.yaml', 'log_statements:\n  - set(log.attributes["t"], "x")\n');
    const input = write('in.json', LOGS);
    const r = await ottl('run', '--config', config, '--input', input, '--metadata', 'oops');
    expect(r.code).toBe(2);
    expect(r.err + (r.error?.message ?? '')).toContain('--metadata expects key=value, got "oops"');
  });
});
