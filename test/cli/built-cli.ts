/** Running the built `ottl` (tests of process-level behaviour: pipes, exit codes, worker threads). */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = join(root, 'bin', 'ottl.js');

/** Fails with a hint unless `dist` holds a build of `source` (a path under src/) at least as new. */
export function expectBuilt(source: string): void {
  const built = join(root, 'dist', source.replace(/\.ts$/, '.js'));
  expect(existsSync(built), 'build first: npx tsc -p tsconfig.build.json').toBe(true);
  expect(statSync(built).mtimeMs, `dist is older than ${source}: rebuild`).toBeGreaterThanOrEqual(statSync(join(root, source)).mtimeMs);
}

/** Runs a shell pipeline (`$OTTL` is the built CLI) and returns its output and exit status. */
export function shell(script: string, cwd = root): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync('sh', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, OTTL: `${process.execPath} ${bin}`, NO_COLOR: '1' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
