/**
 * `ottl run --watch` end to end: a real process, a real config file changed on disk in the ways
 * editors change it, documents fed over stdin one line at a time.
 *
 * Runs the built CLI: `npx tsc -p tsconfig.build.json` first.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = join(root, 'dist', 'src', 'cli', 'watch.js');
/** Generous, for a loaded machine; on an idle one each wait takes a fraction of a second. */
const WAIT_MS = 20_000;

const config = (...statements: string[]) =>
  `error_mode: propagate\nlog_statements:\n${statements.map((s) => `  - '${s}'`).join('\n')}\n`;
const line = (body: string) => JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: body } }] }] }] });

interface Proc {
  child: ChildProcessWithoutNullStreams;
  out: () => string[];
  err: () => string;
  exit: Promise<number | null>;
}

function start(configPath: string, command = 'run'): Proc {
  const child = spawn(process.execPath, [join(root, 'bin', 'ottl.js'), command, '--config', configPath, '--watch', '--input', '-'], {
    cwd: dirname(configPath),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exit = new Promise<number | null>((ok) => child.on('close', (code) => ok(code)));
  return { child, out: () => stdout.split('\n').filter((l) => l !== ''), err: () => stderr, exit };
}

async function until(what: string, ok: () => boolean, proc: Proc): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\nstdout:\n${proc.out().join('\n')}\nstderr:\n${proc.err()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The attributes of the only log record of output line `i`. */
function attributesOf(proc: Proc, i: number): Record<string, string> {
  const doc = JSON.parse(proc.out()[i]);
  const attrs: { key: string; value: { intValue?: string } }[] = doc.resourceLogs[0].scopeLogs[0].logRecords[0].attributes ?? [];
  return Object.fromEntries(attrs.map((a) => [a.key, a.value.intValue ?? '?']));
}

/** A fresh folder, removed (with its process stopped) when the test ends. */
function setup(onTestFinished: (fn: () => void) => void): { dir: string; run: (config: string, command?: string) => Proc } {
  const dir = mkdtempSync(join(tmpdir(), 'ottl-watch-'));
  let proc: Proc | undefined;
  onTestFinished(() => {
    if (proc && proc.child.exitCode === null) proc.child.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, run: (config, command) => (proc = start(config, command)) };
}

function expectBuilt(): void {
  expect(existsSync(built), 'build first: npx tsc -p tsconfig.build.json').toBe(true);
  expect(statSync(built).mtimeMs, 'dist is older than src/cli/watch.ts: rebuild').toBeGreaterThanOrEqual(
    statSync(join(root, 'src', 'cli', 'watch.ts')).mtimeMs,
  );
}

// The two commands run side by side, so their start-up times overlap.
describe.concurrent('--watch', () => {
  it('ottl run: streams documents and reloads on every kind of save, keeping the last good config', async ({ onTestFinished }) => {
    expectBuilt();
    const { dir, run } = setup(onTestFinished);
    const c = join(dir, 'c.yaml');
    writeFileSync(c, config('set(log.attributes["v"], 1)'));
    const p = run(c);
    let sent = 0;
    const send = async (body: string, expectOutput = true) => {
      const before = p.out().length;
      p.child.stdin.write(line(body) + '\n');
      sent++;
      if (expectOutput) await until(`output for input line ${sent}`, () => p.out().length > before, p);
    };
    const stamp = () => attributesOf(p, p.out().length - 1)['v'];
    const count = (text: string) => p.err().split(text).length - 1;

    await until('the watcher to start', () => p.err().includes('watching'), p);
    expect(p.err()).toContain('(v1)');
    // Streaming: each line is answered before the next is sent, stdin still open.
    await send('a');
    expect(stamp()).toBe('1');

    // Rewrite in place.
    writeFileSync(c, config('set(log.attributes["v"], 2)'));
    await until('reloaded v2', () => p.err().includes('reloaded v2'), p);
    await send('b');
    expect(stamp()).toBe('2');

    // Rewrite by rename, as editors do: a new inode takes the name.
    writeFileSync(join(dir, '.c.yaml.swp'), config('set(log.attributes["v"], 3)'));
    renameSync(join(dir, '.c.yaml.swp'), c);
    await until('reloaded v3', () => p.err().includes('reloaded v3'), p);
    await send('c');
    expect(stamp()).toBe('3');

    // Invalid YAML: rejected with its diagnostics, v3 stays.
    writeFileSync(c, 'log_statements: [\n  - "x');
    await until('the YAML rejection', () => count('reload rejected, keeping v3') === 1, p);
    expect(p.err()).toMatch(/c\.yaml:2:\d+: invalid YAML/);
    await send('d');
    expect(stamp()).toBe('3');

    // Two bad statements: both reported, with positions in the file; v3 stays.
    writeFileSync(c, config('set(log.attributes["v"], nope())', 'set(log.attributes["w"], 1) where'));
    await until('the statement rejection', () => count('reload rejected, keeping v3') === 2, p);
    expect(p.err()).toMatch(/c\.yaml:3:\d+: converter names must start with an uppercase letter/);
    expect(p.err()).toMatch(/c\.yaml:4:\d+: /);
    await send('e');
    expect(stamp()).toBe('3');

    // Fixed: v4. A record failing under propagate is reported with its line and skipped.
    writeFileSync(c, config('set(log.attributes["v"], 4)', 'set(log.attributes["n"], Int(log.body) + 1)'));
    await until('reloaded v4', () => p.err().includes('reloaded v4'), p);
    await send('not a number', false);
    await until('the runtime error', () => p.err().includes('<stdin>:6: error_mode propagate'), p);
    await send('41');
    expect(attributesOf(p, p.out().length - 1)).toEqual({ v: '4', n: '42' });
    expect(p.out()).toHaveLength(6);

    p.child.stdin.end();
    expect(await p.exit).toBe(1);
    expect(p.err()).toContain('1 of 7 documents failed');
  }, 120_000);

  it('ottl filter: filters each line as it arrives and reloads the conditions', async ({ onTestFinished }) => {
    expectBuilt();
    const { dir, run } = setup(onTestFinished);
    const c = join(dir, 'f.yaml');
    writeFileSync(c, `log_conditions: ['log.body == "a"']\n`);
    const p = run(c, 'filter');
    const send = async (body: string) => {
      const before = p.out().length;
      p.child.stdin.write(line(body) + '\n');
      await until(`output for ${body}`, () => p.out().length > before, p);
      return p.out()[before];
    };
    await until('the watcher to start', () => p.err().includes('watching'), p);
    expect(await send('a')).toBe('{"resourceLogs":[]}');
    expect(JSON.parse(await send('b')).resourceLogs).toHaveLength(1);

    writeFileSync(join(dir, 'f.tmp'), `log_conditions: ['log.body == "b"']\n`);
    renameSync(join(dir, 'f.tmp'), c);
    await until('reloaded v2', () => p.err().includes('reloaded v2'), p);
    expect(await send('b')).toBe('{"resourceLogs":[]}');

    writeFileSync(c, `log_conditions: ['log.body == Nope()']\n`);
    await until('the rejection', () => p.err().includes('reload rejected, keeping v2'), p);
    expect(await send('b')).toBe('{"resourceLogs":[]}');
    p.child.stdin.end();
    expect(await p.exit).toBe(0);
  }, 120_000);
});
