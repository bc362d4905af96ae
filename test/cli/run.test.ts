/**
 * `ottl run` on the CLI contract: identity with no statements, NDJSON in and out, propagate errors
 * exit non-zero and write nothing, bad input names file, line and JSON path.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runTransform } from '../../src/cli/commands/run.js';
import { CliError } from '../../src/cli/main.js';
import { decodeDocuments } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../../src/codec/otlpjson/encode.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-run-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

const logs = (body: string, time = '1581452772000000321') =>
  JSON.stringify({
    resourceLogs: [
      {
        resource: { attributes: [{ key: 'host', value: { stringValue: 'h' } }] },
        scopeLogs: [{ scope: { name: 's' }, logRecords: [{ timeUnixNano: time, body: { stringValue: body } }] }],
      },
    ],
  });

const canonical = (text: string) => decodeDocuments(text, 'x').map(encodeDocument);

/** Runs `fn` with stderr captured; returns what was written there. */
async function stderrOf(fn: () => Promise<unknown>): Promise<string> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

describe('ottl run', () => {
  it('is the identity with a config that has no statements', async () => {
    const input = file('in.json', logs('hello'));
    const output = path.join(dir, 'out-identity.json');
    const stderr = await stderrOf(() => runTransform({ config: file('empty.yaml', 'error_mode: ignore\n'), input, output }));
    expect(stderr).toBe('ottl: logs passed through unchanged: the config has no log statements\n');
    expect(canonical(readFileSync(output, 'utf8'))).toEqual(canonical(readFileSync(input, 'utf8')));
    expect(readFileSync(output, 'utf8')).toContain('"timeUnixNano":"1581452772000000321"');
  });

  it('transforms NDJSON line by line and writes one document per line', async () => {
    const input = file('in.ndjson', `${logs('a')}\n${logs('b')}\n`);
    const output = path.join(dir, 'out.ndjson');
    const config = file('upper.yaml', "log_statements: ['set(log.body, ToUpperCase(log.body))']\n");
    await runTransform({ config, input, output });
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('"stringValue":"A"');
    expect(lines[1]).toContain('"stringValue":"B"');
  });

  it('under propagate, a runtime error exits non-zero, quotes the statement and writes nothing', async () => {
    const input = file('in2.json', logs('not json'));
    const output = path.join(dir, 'never.json');
    const config = file('prop.yaml', "error_mode: propagate\nlog_statements: ['set(log.attributes[\"j\"], ParseJSON(log.body))']\n");
    const err = await runTransform({ config, input, output }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).message).toContain('set(log.attributes["j"], ParseJSON(log.body))');
    expect(existsSync(output)).toBe(false);
  });

  it('names file, line and JSON path for bad input, and writes nothing', async () => {
    const input = file('bad.ndjson', `${logs('ok')}\n${logs('x', 'abc')}\n`);
    const output = path.join(dir, 'never2.json');
    let err: unknown;
    const stderr = await stderrOf(() => runTransform({ config: file('e.yaml', '{}\n'), input, output }).catch((e: unknown) => (err = e)));
    // Line 1 was read (and its signal noticed) before line 2 failed.
    expect(stderr).toBe('ottl: logs passed through unchanged: the config has no log statements\n');
    expect((err as Error).message).toBe(
      `${input}:2: resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano: expected a uint64, got "abc"; nothing was written`,
    );
    expect(existsSync(output)).toBe(false);
  });

  it('reports a bad config at its line and column', async () => {
    const config = file('bad.yaml', "log_statements:\n  - 'set(log.body, Nope())'\n");
    const err = await runTransform({ config, input: file('in3.json', logs('a')), output: path.join(dir, 'n.json') }).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message.split('\n')[0]).toBe(`${config}:2:20: undefined function "Nope" (did you mean "Now"?)`);
  });

  it('picks one transform processor out of a collector config with --processor', async () => {
    const config = file(
      'collector.yaml',
      [
        'receivers: {}',
        'processors:',
        '  transform/a:',
        "    log_statements: ['set(log.body, \"from a\")']",
        '  transform/b:',
        "    log_statements: ['set(log.body, \"from b\")']",
        '  batch: {}',
      ].join('\n'),
    );
    const input = file('in4.json', logs('x'));
    const output = path.join(dir, 'out-b.json');
    await runTransform({ config, input, output, processor: 'transform/b' });
    expect(readFileSync(output, 'utf8')).toContain('"stringValue":"from b"');
    const err = await runTransform({ config, input, output: path.join(dir, 'n2.json') }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('several transform processors (transform/a, transform/b); choose one with --processor');
  });

  it('--feature-gates turns on the experimental lambda converters', async () => {
    const config = file(
      'lambda.yaml',
      "log_statements: ['set(log.attributes[\"n\"], Len(Filter([1, 2, 3], (_, v) => v > 1)))']\n",
    );
    const input = file('in5.json', logs('x'));
    const output = path.join(dir, 'out-lambda.json');
    const off = await runTransform({ config, input, output }).catch((e: unknown) => e);
    expect((off as Error).message).toContain('Filter');
    await runTransform({ config, input, output, featureGates: 'pkg.ottl.functions.enableExperimental,ottl.functions.enableLambda' });
    expect(readFileSync(output, 'utf8')).toContain('{"key":"n","value":{"intValue":"2"}}');
  });
});
