/**
 * `ottl run --watch --input FILE`: the sample is run once, then again each time the config changes
 * (a broken config prints its error and the loop waits); and `--config -` reads the config from stdin.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTransform } from '../../src/cli/commands/run.js';
import { watchSample } from '../../src/cli/watch-sample.js';
import { capture } from './capture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-watch-sample-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const sample = file('sample.json', JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'hi' } }] }] }] }));
const setEnv = (v: string) => `log_statements:\n  - set(log.attributes["env"], "${v}")\n`;

describe('ottl run --watch --input FILE', () => {
  it('re-runs the sample and reprints the diff whenever the config changes', { timeout: 30_000 }, async () => {
    const config = file('watched.yaml', setEnv('a'));
    const runs: { ok: boolean; text: string }[] = [];
    const ac = new AbortController();
    let next: () => void = () => {};
    const waitRun = () => new Promise<void>((r) => (next = r));
    const captured = capture(async () => {
      const done = watchSample(
        { config, input: sample, output: '-', diff: true },
        { signal: ac.signal, debounceMs: 20, onRun: (r) => (runs.push(r), next()) },
      );
      await waitRun();
      let again = waitRun();
      writeFileSync(config, setEnv('b'));
      await again;
      again = waitRun();
      writeFileSync(config, 'log_statements:\n  - set(log.attributes["env"], Nope())\n');
      await again;
      ac.abort();
      await done;
    });
    const r = await captured;
    expect(r.error).toBeUndefined();
    expect(runs.map((x) => x.ok)).toEqual([true, true, false]);
    expect(runs[0]!.text).toBe('resource 1, scope 1, log record 1\n  log.attributes["env"]: (absent) → "a"\n');
    expect(runs[1]!.text).toBe('resource 1, scope 1, log record 1\n  log.attributes["env"]: (absent) → "b"\n');
    expect(runs[2]!.text.split('\n')[0]).toBe(`${config}:2:32: undefined function "Nope" (did you mean "Now"?)`);
    expect(r.out).toBe(runs[0]!.text + runs[1]!.text);
  });
});

describe('--config -', () => {
  it('reads the config from stdin, and refuses stdin for both config and input', async () => {
    const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(setEnv('stdin'))]), configurable: true });
    try {
      const r = await capture(() => runTransform({ config: '-', input: sample, output: '-', diff: true }));
      expect(r.out).toBe('resource 1, scope 1, log record 1\n  log.attributes["env"]: (absent) → "stdin"\n');
    } finally {
      Object.defineProperty(process, 'stdin', stdin);
    }
    const both = await capture(() => runTransform({ config: '-', input: '-', output: '-' }));
    expect(both.error?.message).toBe('ottl: --config - reads the config from stdin; give the input with --input FILE');
  });
});
