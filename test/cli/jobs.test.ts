/**
 * `--jobs N` gives exactly what one thread gives: the same output in input order, the same
 * warnings, the same first error by input order, and nothing written on error. Runs the built CLI
 * (worker threads load the built worker module): `npx tsc -p tsconfig.build.json` first.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectBuilt, shell } from './built-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ottl-jobs-'));
// Enough lines for several batches.
const LINES = 3000;
const record = (i: number) =>
  JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: i % 7 === 0 ? 'short' : `a longer body, number ${i}` }, attributes: [{ key: 'i', value: { intValue: String(i) } }] }] }] }] });
const lines = Array.from({ length: LINES }, (_, i) => record(i));
writeFileSync(join(dir, 'good.ndjson'), lines.join('\n') + '\n');
const bad = [...lines];
bad[2100] = '{"resourceLogs":[';
bad[2600] = '{"x":1}';
writeFileSync(join(dir, 'bad.ndjson'), bad.join('\n') + '\n');
writeFileSync(join(dir, 'ignore.yaml'), 'error_mode: ignore\nlog_statements:\n  - set(log.attributes["n"], Substring(log.body, 0, 10))\n  - set(log.body, Concat([log.body, "!"], ""))\n');
writeFileSync(join(dir, 'propagate.yaml'), 'error_mode: propagate\nlog_statements:\n  - set(log.attributes["n"], Substring(log.body, 0, 10)) where log.attributes["i"] > 1500\n');
writeFileSync(join(dir, 'filter.yaml'), 'logs:\n  log_record:\n    - log.body == "short"\n');

let runs = 0;
function run(jobs: number, args: string) {
  const out = join(dir, `out-${++runs}.ndjson`);
  // Eager: the workers take every line after the first, whatever the machine's speed.
  const r = shell(`OTTL_JOBS_EAGER=1 $OTTL ${args} -o ${out} --jobs ${jobs}`, dir);
  return { ...r, output: existsSync(out) ? readFileSync(out, 'utf8') : null };
}

describe('--jobs', () => {
  it.each([
    ['run with warnings', 'run -c ignore.yaml -i good.ndjson'],
    ['run failing under propagate', 'run -c propagate.yaml -i good.ndjson'],
    ['run on bad lines', 'run -c ignore.yaml -i bad.ndjson'],
    ['filter', 'filter -c filter.yaml -i good.ndjson'],
  ])('%s: --jobs 2 gives what --jobs 1 gives', (_, args) => {
    expectBuilt('src/cli/stream/jobs.ts');
    const one = run(1, args);
    const two = run(2, args);
    expect(two).toEqual(one);
    if (args.includes('good') && args.includes('ignore')) {
      expect(one.status).toBe(0);
      expect(one.output?.split('\n')).toHaveLength(LINES + 1);
    } else if (args.includes('filter')) {
      expect(one.output?.split('\n')).toHaveLength(LINES + 1);
      expect(one.stderr).toBe('ottl filter: dropped 429 of 3000 log records, 429 of 3000 scopes, 429 of 3000 resources\n');
    } else {
      expect(one.status).toBe(1);
      expect(one.output).toBeNull();
      expect(one.stderr.trim().split('\n').pop()).toMatch(args.includes('bad') ? /bad\.ndjson:2101:18: invalid JSON: unexpected end of input; nothing was written$/ : /good\.ndjson:1506: error_mode propagate: .*; nothing was written$/);
    }
  });

  it('refuses a --jobs that is not a whole number of 1 or more', () => {
    expectBuilt('src/cli/stream/jobs-option.ts');
    const r = shell('$OTTL run -c ignore.yaml -i good.ndjson --jobs 0', dir);
    expect(r).toMatchObject({ status: 2, stderr: 'ottl: --jobs takes a whole number of 1 or more, got "0"\n' });
  });
});
