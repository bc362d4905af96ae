/**
 * A reader that closes our stdout early (`| head`) ends the command quietly with exit code 0:
 * no stack trace, no "Unhandled 'error' event". Runs the built CLI: `npx tsc -p tsconfig.build.json` first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectBuilt, shell } from './built-cli.js';

describe('a closed stdout', () => {
  it('ends `ottl functions --json | head -c 10` quietly', () => {
    expectBuilt('src/cli/main.ts');
    // `set -o pipefail` is not POSIX sh: the first command's status is written by itself.
    const r = shell('{ $OTTL functions --json; echo "status $?" >&2; } | head -c 10');
    expect(r.stdout).toBe('[\n  {\n    ');
    expect(r.stderr).toBe('status 0\n');
  });

  it('ends `ottl run … | head -n 1` on a large input quietly', () => {
    expectBuilt('src/cli/stream/output.ts');
    const dir = mkdtempSync(join(tmpdir(), 'ottl-pipe-'));
    const line = JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'x'.repeat(200) } }] }] }] });
    writeFileSync(join(dir, 'in.ndjson'), `${line}\n`.repeat(40000));
    writeFileSync(join(dir, 'c.yaml'), "log_statements: ['set(log.body, \"y\")']\n");
    const r = shell('{ $OTTL run -c c.yaml -i in.ndjson --jobs 1; echo "status $?" >&2; } | head -n 1', dir);
    expect(r.stdout).toContain('"stringValue":"y"');
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('status 0\n');
  });
});
