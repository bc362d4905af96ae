/**
 * `--jobs 2` on a file large enough for its worker to start before it is read: the main thread and
 * the worker share the lines (not eager, as a user runs it), and the output, the warnings and the
 * first error are exactly what one thread gives. Runs the built CLI: `npm run build` first.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKERS_UP_FRONT_BYTES } from '../../src/cli/stream/run-stream.js';
import { expectBuilt, shell } from './built-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ottl-jobs-large-'));
const pad = 'x'.repeat(2000);
const line = (i: number) =>
  JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: i % 5 === 0 ? 'short' : `long ${i} ${pad}` }, attributes: [{ key: 'i', value: { intValue: String(i) } }] }] }] }] });
// Just over the size: four long lines in five.
const count = Math.ceil(WORKERS_UP_FRONT_BYTES / (0.8 * line(1).length)) + 100;
const lines = Array.from({ length: count }, (_, i) => line(i));
writeFileSync(join(dir, 'big.ndjson'), lines.join('\n') + '\n');
lines[count - 50] = '{"resourceLogs":[';
writeFileSync(join(dir, 'bad.ndjson'), lines.join('\n') + '\n');
writeFileSync(join(dir, 'ignore.yaml'), 'error_mode: ignore\nlog_statements:\n  - set(log.attributes["n"], Substring(log.body, 0, 10))\n  - set(log.body, Concat([log.body, "!"], ""))\n');

/** The run with `--jobs 1` and with `--jobs 2` (not eager: as a user runs it). */
function oneAndTwo(args: string) {
  return [1, 2].map((jobs) => {
    const out = join(dir, `out-${jobs}.ndjson`);
    rmSync(out, { force: true });
    return { ...shell(`$OTTL ${args} -o ${out} --jobs ${jobs}`, dir), output: existsSync(out) ? readFileSync(out, 'utf8') : null };
  });
}

describe('--jobs on a large file', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has a file just large enough', () => {
    expect(statSync(join(dir, 'big.ndjson')).size).toBeGreaterThanOrEqual(WORKERS_UP_FRONT_BYTES);
    expect(statSync(join(dir, 'big.ndjson')).size).toBeLessThan(1.1 * WORKERS_UP_FRONT_BYTES);
  });

  it.each([
    ['warnings', 'run -c ignore.yaml -i big.ndjson'],
    ['a bad line near the end', 'run -c ignore.yaml -i bad.ndjson'],
  ])('%s: --jobs 2 gives what --jobs 1 gives', (_, args) => {
    expectBuilt('src/cli/stream/jobs.ts');
    const [one, two] = oneAndTwo(args);
    expect(two).toEqual(one);
    if (args.includes('big')) {
      expect(one.status).toBe(0);
      expect(one.output?.split('\n')).toHaveLength(count + 1);
      expect(one.stderr).toMatch(/^warning: big\.ndjson:1, resource 1, scope 1, log record 1: /);
      expect(one.stderr).toMatch(new RegExp(`^warning: ${Math.ceil(count / 5)} times \\(first at big\\.ndjson:1,`, 'm'));
    } else {
      expect(one.status).toBe(1);
      expect(one.output).toBeNull();
      expect(one.stderr.trim().split('\n').pop()).toMatch(new RegExp(`bad\\.ndjson:${count - 49}:18: invalid JSON: unexpected end of input; nothing was written$`));
    }
  }, 60_000);
});
