/**
 * Runs every benchmark, each against its baseline in the same run, prints one table and writes
 * `bench/results.json`. Exits non-zero when any benchmark's two sides disagree (or one throws);
 * timings never fail the run.
 *
 *     npm run bench            # full sizes (minutes)
 *     npm run bench:quick      # small inputs, few rounds (seconds): what CI runs
 *     npm run bench -- transform layout   # only the named benchmarks
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatTable, quickMode, type BenchOptions, type Row } from './harness.js';

type Module = { benchmarks: (opts: BenchOptions) => Row[] | Promise<Row[]> };

/** Every benchmark, in the order they run (cheap and in-process first). */
const ALL: Record<string, () => Promise<Module>> = {
  transform: () => import('./transform.js'),
  layout: () => import('./layout.js'),
  functions: () => import('./functions.js'),
  parse: () => import('./parse.js'),
  reload: () => import('./reload.js'),
  codec: () => import('./codec.js'),
  startup: () => import('./startup.js'),
  cli: () => import('./cli.js'),
};

const quick = quickMode();
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !(n in ALL));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(ALL).join(', ')}`);
  process.exit(2);
}
if ((globalThis as { gc?: unknown }).gc === undefined) console.error('note: run with --expose-gc for steadier timings');

const rows: Row[] = [];
const failures: string[] = [];
for (const name of names.length > 0 ? names : Object.keys(ALL)) {
  const started = performance.now();
  try {
    const mod = await ALL[name]();
    rows.push(...(await mod.benchmarks({ quick })));
  } catch (e) {
    failures.push(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  console.error(`bench ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

console.log(`\nbenchmarks (${quick ? 'quick mode: sizes too small for the timings to mean much' : 'full'}; times are CPU ms of the process unless noted; node ${process.version}, ${cpus().length} cores)\n`);
console.log(formatTable(rows));
const out = fileURLToPath(new URL('../../bench/results.json', import.meta.url));
writeFileSync(
  out,
  JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, quick, rows }, null, 2) + '\n',
);
console.log(`\nwritten: ${out}`);
for (const r of rows) if (!r.same) failures.push(`${r.group}: ${r.name}: the two sides disagree: ${r.mismatch ?? ''}`);
if (failures.length > 0) {
  console.error(`\n${failures.length} benchmark(s) failed:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
