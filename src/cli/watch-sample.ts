/**
 * `ottl run --watch --input sample.json` (a file, not `-`): the loop people use while writing rules.
 * The sample is run through the config, the result (or, with `--diff`, what changed) is printed,
 * and both are run again whenever the config or the sample changes. A config that does not compile
 * prints its errors and the loop waits for the next save.
 *
 * The folders of both files are watched, not the files, so that editors that save by renaming a new
 * file over the old one are seen; events are debounced and a run happens only when a text changed.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { decodeDocuments, DecodeError, PropagatedError } from '../api/index.js';
import { loadTransform, type RunOptions } from './commands/run.js';
import { writeOutputAtomic } from './io.js';
import { CliError } from './main.js';
import { outputView } from './output-view.js';
import { DEBOUNCE_MS } from './watch.js';

/** Hooks for tests: stop the loop, and hear about each run. */
export interface WatchSampleControl {
  readonly signal?: AbortSignal;
  readonly debounceMs?: number;
  /** Called after each run with what was printed (the result, or the error). */
  readonly onRun?: (run: { readonly ok: boolean; readonly text: string }) => void;
}

/** One run of the sample: the text to show, and whether it worked. */
async function runOnce(options: RunOptions): Promise<{ ok: boolean; text: string }> {
  try {
    const processor = await loadTransform(options);
    const docs = decodeDocuments(await readFile(options.input, 'utf8'), options.input);
    const view = outputView(options, docs.length);
    const lines = docs.map((doc, i) => {
      const before = view.before(doc);
      processor.process(doc);
      return view.render(doc, i, before);
    });
    return { ok: true, text: lines.join('\n') + '\n' };
  } catch (e) {
    if (e instanceof CliError || e instanceof PropagatedError || e instanceof DecodeError) return { ok: false, text: e.message + '\n' };
    if ((e as NodeJS.ErrnoException).code) return { ok: false, text: `${options.input}: cannot read: ${(e as NodeJS.ErrnoException).code}\n` };
    throw e;
  }
}

/** Runs until the signal aborts (or the process is interrupted). */
export async function watchSample(options: RunOptions, control: WatchSampleControl = {}): Promise<void> {
  if (options.config === '-' || !options.config) throw new CliError('ottl: --watch with an input file needs --config FILE (the file that is watched)', 2);
  if (options.explain) throw new CliError('ottl: --explain cannot be combined with --watch', 2);
  const log = (m: string) => process.stderr.write(`ottl: ${m}\n`);
  let last = '';
  let runs = Promise.resolve();
  const rerun = () => {
    runs = runs.then(async () => {
      const texts = await Promise.all([options.config, options.input].map((f) => readFile(f, 'utf8').catch(() => '')));
      const key = texts.join('\u0000');
      if (key === last || texts[0]!.trim() === '') return;
      last = key;
      const run = await runOnce(options);
      const stamp = new Date().toISOString().slice(11, 19);
      if (run.ok && options.output !== '-') await writeOutputAtomic(options.output, run.text);
      else if (run.ok) process.stdout.write(run.text);
      else process.stderr.write(run.text);
      log(`${stamp} ${run.ok ? 'ran' : 'failed:'} ${options.config} on ${options.input}; waiting for changes`);
      control.onRun?.(run);
    });
  };
  const debounce = control.debounceMs ?? DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  const onEvent = () => {
    clearTimeout(timer);
    timer = setTimeout(rerun, debounce);
  };
  const folders = [...new Set([options.config, options.input].map((f) => dirname(resolve(f))))];
  const watchers: FSWatcher[] = folders.map((d) => watch(d, onEvent).on('error', (e) => log(`watch error: ${e.message}`)));
  rerun();
  await new Promise<void>((done) => {
    if (control.signal?.aborted) return done();
    control.signal?.addEventListener('abort', () => done(), { once: true });
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  await runs;
}
