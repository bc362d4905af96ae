/**
 * `--jobs N` for `run` and `filter`: how many worker threads process newline-delimited input
 * (default: the cores available, `os.availableParallelism()`; 1 runs everything in this thread).
 */
import { promises as fsp } from 'node:fs';
import { paintFor, PLAIN } from '../render.js';
import { parseJobs, workerModuleBuilt, workerThreads, WORKERS_UP_FRONT_BYTES } from './prestart.js';
import type { WorkerSetup } from './run-stream.js';


/** What a worker is given to build the same job as the main thread. */
export interface WorkerData {
  readonly command: 'run' | 'filter';
  /** The command's options (plain data: strings, booleans, string lists). */
  readonly options: Record<string, unknown>;
  /** The config text read by the main thread (stdin can be read once), or undefined for `-e` rules. */
  readonly configText: string | undefined;
  /** Whether `--diff` output is coloured (the worker has no terminal to ask). */
  readonly color: boolean;
  readonly inputName: string;
}

/**
 * The worker set-up for the options, or undefined to run in this thread: one job, or running from
 * the TypeScript sources (the tests), where there is no built worker module to start.
 */
export function workerSetup(options: { jobs?: string; input: string; output: string } & object, command: 'run' | 'filter', configText: string | undefined): WorkerSetup | undefined {
  const jobs = parseJobs(options.jobs);
  if (jobs <= 1 || !workerModuleBuilt()) return undefined;
  const plain = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v !== 'function' && typeof v !== 'object' ? true : Array.isArray(v)));
  const data: WorkerData = {
    command,
    options: plain,
    configText,
    color: options.output === '-' && paintFor(process.stdout) !== PLAIN,
    inputName: options.input === '-' ? '<stdin>' : options.input,
  };
  return { jobs, data, eager: process.env.OTTL_JOBS_EAGER === '1' };
}

/**
 * Starts the workers at once when the input is a file of at least {@link WORKERS_UP_FRONT_BYTES}
 * (or when eager): they load and compile the rules while the main thread compiles them too.
 * Whoever calls this stops them ({@link stopWorkers}) whether or not the run gets to use them.
 */
export async function startEarly(setup: WorkerSetup | undefined, input: string): Promise<WorkerSetup | undefined> {
  if (setup === undefined) return undefined;
  const size = input === '-' ? undefined : await fsp.stat(input).then((s) => (s.isFile() ? s.size : undefined), () => undefined);
  if (!startsEarly(setup, size)) return setup;
  return { ...setup, started: (await import('./pool.js')).startWorkers(workerThreads(setup), setup.data) };
}

/** Whether workers start before the input is read: a regular file of `size` bytes, or undefined. */
export const startsEarly = (setup: WorkerSetup, size: number | undefined): boolean => setup.eager || (size ?? 0) >= WORKERS_UP_FRONT_BYTES;

/** Stops the workers {@link startEarly} started, if any. */
export async function stopWorkers(setup: WorkerSetup | undefined): Promise<void> {
  await Promise.all((setup?.started ?? []).map((w) => w.stop()));
}
