/**
 * `--jobs` workers started at the very start of `ottl run` / `ottl filter` on a large file, before
 * the commands and the library load: a worker spends about a CLI start-up loading them too, and it
 * then does so beside this thread's own loading instead of after it (measured: the worker was
 * created 0.27 s into a 2 s run and took its first batch at 0.69 s). Their job comes later, with
 * the first message ({@link takePrestarted}); until then they do not hold the process open, and one
 * never taken (the command ends early, or runs in one thread after all) ends with the process.
 *
 * This module is loaded before the commands: it imports nothing of the library.
 */
import { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CliError } from '../main.js';
import { withDocumentOptions } from '../options.js';

/** The worker's module, next to this one once built (`dist/src/cli/stream/worker.js`). */
export const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * A file at least this large starts its workers before it is read: the lines it holds take the
 * main thread alone long enough for a worker's start-up to pay.
 */
export const WORKERS_UP_FRONT_BYTES = 32 << 20;

/**
 * How many worker threads a run starts. The main thread takes a share of the lines besides
 * reading, ordering and writing (measured on 2 cores: 2 workers and a coordinating main thread
 * used 20% more CPU time than 1 worker and the main thread, and took longer); when eager (the
 * tests) it only coordinates, so that the workers do all the work.
 */
export const workerThreads = (setup: { readonly jobs: number; readonly eager: boolean }): number => (setup.eager ? setup.jobs : setup.jobs - 1);

/** Whether the worker's module is there to start (not when running from the TypeScript sources, as the tests do). */
export const workerModuleBuilt = (): boolean => existsSync(fileURLToPath(WORKER_URL));

/** Parses `--jobs`; absent means the available cores. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`ottl: --jobs takes a whole number of 1 or more, got ${JSON.stringify(value)}`, 2);
  return n;
}

/**
 * How many workers to start now for the command line (`args` without `node` and the script): the
 * workers a large input file would start before it is read, read with the commands' own options;
 * 0 when in doubt (the command then starts them itself, as before).
 */
export function prestartCount(args: readonly string[], sizeOf: (path: string) => number | undefined = fileSize): number {
  const command = args[0];
  if (command !== 'run' && command !== 'filter') return 0;
  // The tests' eager mode starts every worker itself, at the first line.
  if (process.env.OTTL_JOBS_EAGER === '1') return 0;
  let options: { input?: string; jobs?: string; watch?: boolean };
  try {
    const probe = withDocumentOptions(new Command(), command === 'run' ? 'transform' : 'filter', '')
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .exitOverride()
      .configureOutput({ writeOut: () => {}, writeErr: () => {} });
    probe.parse(args.slice(1), { from: 'user' });
    options = probe.opts();
  } catch {
    return 0;
  }
  if (options.input === undefined || options.input === '-' || options.watch === true) return 0;
  let jobs: number;
  try {
    jobs = parseJobs(options.jobs);
  } catch {
    return 0;
  }
  return jobs > 1 && (sizeOf(options.input) ?? 0) >= WORKERS_UP_FRONT_BYTES ? workerThreads({ jobs, eager: false }) : 0;
}

function fileSize(path: string): number | undefined {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** Workers started and not yet given a job. */
const waiting: Worker[] = [];

/** Starts the workers {@link prestartCount} asks for (none when running from the TypeScript sources). */
export function prestartWorkers(args: readonly string[]): void {
  const count = prestartCount(args);
  if (count === 0 || !workerModuleBuilt()) return;
  for (let i = 0; i < count; i++) {
    const worker = new Worker(WORKER_URL, { workerData: null });
    worker.unref();
    // One that fails before it is taken is not taken (its job then starts a fresh one).
    const drop = () => {
      const at = waiting.indexOf(worker);
      if (at >= 0) waiting.splice(at, 1);
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    waiting.push(worker);
  }
}

/** A started worker given its job (`data`, its first message), or undefined when none is waiting. */
export function takePrestarted(data: unknown): Worker | undefined {
  const worker = waiting.shift();
  if (worker === undefined) return undefined;
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  worker.ref();
  worker.postMessage({ setup: data });
  return worker;
}
