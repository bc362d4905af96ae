/**
 * `ottl run` / `ottl filter` as a stream: documents are processed as they are read, the output is
 * put in place only when all succeeded, and silent no-ops and failures say so in one line.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runFilter } from '../../src/cli/commands/filter.js';
import { runTransform } from '../../src/cli/commands/run.js';
import { main, reportFailure } from '../../src/cli/main.js';
import { decodeDocuments, encodeDocument } from '../../src/api/index.js';
import { capture } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'ottl-stream-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const logLine = (body: string, time = '1') =>
  JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ timeUnixNano: time, body: { stringValue: body } }] }] }] });
const spanLine = JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ name: 'a' }] }] }] });
const upper = () => file('upper.yaml', "log_statements: ['set(log.body, ToUpperCase(log.body))']\n");
const failing = () => file('failing.yaml', "error_mode: ignore\nlog_statements: ['set(log.attributes[\"n\"], Substring(log.body, 0, 100))']\n");

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('streaming run', () => {
  it('processes each document before the whole input is read', async () => {
    const warnedBeforeLine: number[] = [];
    let warned = false;
    async function* stdin(): AsyncGenerator<Buffer> {
      for (let i = 1; i <= 5; i++) {
        if (warned) warnedBeforeLine.push(i);
        yield Buffer.from(logLine('x'.repeat(5000)) + '\n');
      }
    }
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from(stdin(), { highWaterMark: 1 }) as unknown as typeof process.stdin);
    vi.spyOn(process.stderr, 'write').mockImplementation(((s: string) => {
      if (s.startsWith('warning:')) warned = true;
      return true;
    }) as typeof process.stderr.write);
    const config = file('fails-long.yaml', "error_mode: ignore\nlog_statements: ['set(log.attributes[\"n\"], Substring(log.body, 0, 100000))']\n");
    const r = await runTransform({ config, input: '-', output: join(dir, 'streamed.ndjson') }).then(
      () => ({ error: undefined }),
      (error: unknown) => ({ error }),
    );
    expect(r.error).toBeUndefined();
    // One document of look-ahead, and the stream's own read-ahead of one chunk: the first
    // document's warning comes before the last lines are read (reading it all first never would).
    expect(warnedBeforeLine[0]).toBeLessThanOrEqual(4);
    expect(readFileSync(join(dir, 'streamed.ndjson'), 'utf8').trim().split('\n')).toHaveLength(5);
  });

  it('leaves an existing output as it was, and no temporary file, when a document fails', async () => {
    const out = join(mkdtempSync(join(dir, 'keep-')), 'out.ndjson');
    writeFileSync(out, 'old\n');
    const input = file('bad3.ndjson', [logLine('a'), logLine('b'), logLine('c', 'abc'), logLine('d')].join('\n') + '\n');
    const err = await runTransform({ config: upper(), input, output: out }).catch((e: unknown) => e as Error);
    expect(err?.message).toBe(`${input}:3: resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano: expected a uint64, got "abc"; nothing was written`);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(readdirSync(join(out, '..'))).toEqual(['out.ndjson']);
  });

  it('reads a pretty-printed document and then more documents, reporting errors at their own line', async () => {
    const pretty = JSON.stringify(JSON.parse(logLine('p')), null, 2);
    const input = file('pretty.json', `${pretty}\n${pretty.replace('"1"', '"x"')}\n`);
    const err = await runTransform({ config: upper(), input, output: join(dir, 'never-pretty.json') }).catch((e: unknown) => e as Error);
    const line = pretty.split('\n').length + pretty.split('\n').findIndex((l) => l.includes('timeUnixNano')) + 1;
    expect(err?.message).toBe(`${input}:${line}: resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano: expected a uint64, got "x"; nothing was written`);
  });
});

describe('the same documents and errors as the decoder reading the whole text', () => {
  const pretty = JSON.stringify(JSON.parse(logLine('p')), null, 2);
  it.each([
    ['a pretty-printed document after one-line ones', `${logLine('a')}\n${pretty}\n${logLine('b')}\n`],
    ['a broken line followed by a good one', `${logLine('a')}\n{"resourceLogs":[\n${logLine('b')}\n`],
    ['a broken last line', `${logLine('a')}\n{"resourceLogs":[{`],
    ['two documents on a line', `${logLine('a')} ${logLine('b')}\n${logLine('c')}\n`],
  ])('%s', async (_, text) => {
    const input = file('same.ndjson', text);
    const expected = await Promise.resolve()
      .then(() => decodeDocuments(text, input).map((d) => encodeDocument(d) + '\n').join(''))
      .catch((e: Error) => e);
    const r = await capture(() => runTransform({ config: file('none.yaml', 'log_statements: []\n'), input, output: '-' }));
    if (expected instanceof Error) expect(r.error?.message).toBe(`${expected.message}; nothing was written`);
    else expect(r.out).toBe(expected);
  });
});

describe('notices for runs that would do nothing', () => {
  it('an empty input says so and leaves an existing output alone', async () => {
    const out = file('existing.json', 'precious\n');
    for (const run of [() => runTransform({ config: upper(), input: file('empty.json', ''), output: out }), () => runFilter({ config: file('f.yaml', "logs: {log_record: ['true']}\n"), input: file('blank.json', '\n \n'), output: out })]) {
      const r = await capture(run);
      expect(r.error).toBeUndefined();
      expect(r.err).toMatch(/^ottl: \S+ holds no documents; nothing was written\n/);
      expect(readFileSync(out, 'utf8')).toBe('precious\n');
    }
  });

  it('prints nothing on stdout for an empty input', async () => {
    const r = await capture(() => runTransform({ config: upper(), input: file('empty2.json', ''), output: '-' }));
    expect(r.out).toBe('');
  });

  it('a JSON input that is not OTLP is an error naming the file', async () => {
    const input = file('hello.json', '{"message":"hello"}\n');
    const err = await runTransform({ config: upper(), input, output: '-' }).catch((e: unknown) => e as Error);
    expect(err?.message).toBe(`${input}:1: not an OTLP document: expected resourceLogs, resourceSpans or resourceMetrics, got "message"; nothing was written`);
  });

  it('a signal the config has no rules for passes through with one notice', async () => {
    const input = file('spans.ndjson', `${spanLine}\n${logLine('a')}\n${spanLine}\n`);
    const r = await capture(() => runTransform({ config: upper(), input, output: '-' }));
    expect(r.err).toBe('ottl: traces passed through unchanged: the config has no trace statements\n');
    expect(r.out.split('\n')[1]).toContain('"stringValue":"A"');
    const f = await capture(() => runFilter({ config: file('f2.yaml', "logs: {log_record: ['false']}\n"), input, output: '-' }));
    expect(f.err.split('\n')[0]).toBe('ottl: traces passed through unchanged: the config has no trace conditions');
  });
});

describe('one-line failures', () => {
  const ottl = (...args: string[]) => capture(() => main(['node', 'ottl', ...args]));

  it('names an input that is missing or a directory, and an output folder that is missing', async () => {
    const config = upper();
    const missing = join(dir, 'missing.json');
    let r = await ottl('run', '-c', config, '-i', missing);
    expect(r.err).toBe(`ottl: cannot read input ${JSON.stringify(missing)}: no such file\n`);
    expect(process.exitCode).toBe(1);
    r = await ottl('run', '-c', config, '-i', dir);
    expect(r.err).toBe(`ottl: cannot read input ${JSON.stringify(dir)}: is a directory\n`);
    const out = join(dir, 'no', 'such', 'out.json');
    r = await ottl('filter', '-c', file('f3.yaml', "logs: {log_record: ['false']}\n"), '-i', file('one.json', logLine('a')), '-o', out);
    expect(r.err).toBe(`ottl: cannot write output ${JSON.stringify(out)}: no such folder\n`);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });

  it.skipIf(!existsSync('/proc/self/mem'))('reports an input that fails while being read in one line', async () => {
    // Opening /proc/self/mem works (even for root); reading it at offset 0 fails with EIO.
    const r = await ottl('run', '-c', upper(), '-i', '/proc/self/mem');
    expect(r.err).toBe('ottl: cannot read input "/proc/self/mem": input/output error\n');
    expect(process.exitCode).toBe(1);
  });

  it('reports a bug as an internal error with its stack, exit 70', async () => {
    const r = await capture(() => reportFailure(new TypeError('boom')));
    expect(r.err).toMatch(/^ottl: internal error, please report it with the lines below:\nTypeError: boom\n {4}at /);
    expect(process.exitCode).toBe(70);
  });
});

describe('grouped warnings', () => {
  it('prints the first three per statement and message, then a count with the first place', async () => {
    const input = file('many.ndjson', Array.from({ length: 50 }, () => JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'ab' } }, { body: { stringValue: 'cd' } }] }] }] })).join('\n') + '\n');
    const r = await capture(() => runTransform({ config: failing(), input, output: join(dir, 'warned.ndjson') }));
    const lines = r.err.trim().split('\n');
    const what = 'failed to execute statement: error: invalid range for substring function, start(0)+length(100) cannot be greater than the length of target string(2); statement: set(log.attributes["n"], Substring(log.body, 0, 100))';
    expect(lines).toEqual([
      `warning: ${input}:1, resource 1, scope 1, log record 1: ${what}`,
      `warning: ${input}:1, resource 1, scope 1, log record 2: ${what}`,
      `warning: ${input}:2, resource 1, scope 1, log record 1: ${what}`,
      'warning: more of the above are counted; the total follows at the end',
      `warning: 100 times (first at ${input}:1, resource 1, scope 1, log record 1): ${what}`,
    ]);
  });
});
