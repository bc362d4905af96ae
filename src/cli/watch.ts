/**
 * `--watch` (`ottl run`, `ottl filter`): stream newline-delimited OTLP/JSON documents through a
 * rule set that is reloaded whenever its config file changes.
 *
 * - Input is read line by line and each result is written as soon as its line arrives (no waiting
 *   for the end of input). One line is one batch: it runs on the version current when it starts.
 * - The config's folder is watched, not only the file, so editors that save by writing a new file
 *   and renaming it over the old one (vim, IDEs, `kubectl` config maps) are seen too. Events are
 *   debounced (100 ms), then the file is read and reloaded if its text changed. An empty file is
 *   ignored, since it is usually a save in progress.
 * - A reload that fails logs every diagnostic and keeps the last good version.
 * - A document that fails (invalid JSON or not OTLP, a rule error under `error_mode: propagate`, a
 *   result that cannot be encoded) is reported on stderr with its line number and skipped; the stream goes on, because one bad record should
 *   not stop a long-running pipe. The exit code is 1 at the end if any document failed.
 * - `--output FILE` is written line by line as results come (not atomically, unlike without --watch).
 */
import { once } from 'node:events';
import { promises as fsp, watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import {
  decodeDocuments,
  DecodeError,
  encodeDocument,
  filterCompiler,
  ReloadableProcessor,
  transformCompiler,
  type RuleSet,
  type RuleSetCompiler,
  type TelemetryDocument,
} from '../api/index.js';
import { EMPTY_DOCUMENT, type FilterCliOptions } from './commands/filter.js';
import { cliEnvironment } from './custom-functions.js';
import { asCliError, cliMetadata, parseGates, readConfig, stderrLogger, type RunOptions } from './commands/run.js';
import { CliError } from './main.js';
import { fileErrorText } from './stream/fs-errors.js';
import { documentFailure } from './stream/documents.js';
import { openInput } from './stream/input.js';

/** Quiet time after the last file event before the config is read again. */
export const DEBOUNCE_MS = 100;

/** What a watching command needs: where things are, how to compile, how to render a result. */
export interface WatchSpec<P extends RuleSet> {
  readonly config: string;
  readonly input: string;
  readonly output: string;
  readonly compiler: RuleSetCompiler<P>;
  /** Runs the rule set on a document and returns the text to write (null writes nothing). */
  readonly handle: (ruleSet: P, doc: TelemetryDocument) => string | null;
  readonly debounceMs?: number;
}

/** `ottl run --watch`: the transform processor, one transformed document per line. */
export async function watchTransform(options: RunOptions): Promise<void> {
  if (options.explain) throw new CliError('ottl: --explain cannot be combined with --watch', 2);
  const gates = parseGates(options.featureGates);
  const metadata = cliMetadata(options.metadata);
  const environment = await cliEnvironment(options.functions, gates, stderrLogger);
  await runWatching({
    config: options.config,
    input: options.input,
    output: options.output,
    compiler: transformCompiler({ environment, processor: options.processor }),
    handle: (ruleSet, doc) => {
      ruleSet.process(doc, undefined, { metadata });
      return encodeDocument(doc);
    },
  });
}

/**
 * `ottl filter --watch`: the filter processor, one filtered document per line (a document left
 * with nothing is written with no resources, as without --watch). No drop summary is printed.
 */
export async function watchFilter(options: FilterCliOptions): Promise<void> {
  const gates = parseGates(options.featureGates);
  const metadata = cliMetadata(options.metadata);
  const environment = await cliEnvironment(options.functions, gates, stderrLogger);
  await runWatching({
    config: options.config,
    input: options.input,
    output: options.output,
    compiler: filterCompiler({ environment, processor: options.processor }),
    handle: (ruleSet, doc) => (ruleSet.process(doc, { metadata }).after.resources === 0 ? EMPTY_DOCUMENT[doc.signal] : encodeDocument(doc)),
  });
}

/**
 * Runs a watching stream until its input ends.
 * @throws CliError when the first config cannot be read or compiled, and at the end when some
 *   documents failed.
 */
export async function runWatching<P extends RuleSet>(spec: WatchSpec<P>): Promise<void> {
  const log = (message: string) => process.stderr.write(`ottl: ${message}\n`);
  let lastText = await readConfig(spec.config);
  let reloadable: ReloadableProcessor<P>;
  try {
    reloadable = ReloadableProcessor.create(lastText, { compiler: spec.compiler, name: spec.config });
  } catch (e) {
    throw asCliError(e);
  }
  reloadable.on('applied', (e) => log(`${spec.config}: reloaded v${e.current.version}`));
  reloadable.on('rejected', (e) =>
    log(`${spec.config}: reload rejected, keeping v${e.current.version}:\n${e.diagnostics.join('\n')}`),
  );

  // Reads run one after another, so an older read can never be applied after a newer one.
  let reads = Promise.resolve();
  const reread = () => {
    reads = reads.then(async () => {
      let text: string;
      try {
        text = await readFile(spec.config, 'utf8');
      } catch (e) {
        // Between an unlink and the next write the file may be briefly missing; a later event retries.
        log(`${spec.config}: cannot read the config (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}), keeping v${reloadable.version}`);
        return;
      }
      // An empty file is most likely a save in progress (truncated, not yet written): wait for more.
      if (text === lastText || text.trim() === '') return;
      lastText = text;
      await reloadable.update(text);
    });
  };
  const watcher = watchFolderOf(spec.config, spec.debounceMs ?? DEBOUNCE_MS, reread, (e) => log(`${spec.config}: watch error: ${e.message}`));
  // A save between the first read and the watch raised no event: read once more now that it is in place.
  reread();
  log(`watching ${spec.config} (v${reloadable.version})`);

  const inputName = spec.input === '-' ? '<stdin>' : spec.input;
  const source = spec.input === '-' ? null : await openInput(spec.input);
  let output: Writable;
  try {
    output = spec.output === '-' ? process.stdout : await openLineOutput(spec.output);
  } catch (e) {
    await source?.close();
    throw e;
  }
  const input: Readable = source === null ? process.stdin : Readable.from(source);
  let documents = 0;
  let failed = 0;
  try {
    let lineNumber = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() === '') continue;
      // One line is one batch, on one version.
      const { version, ruleSet } = reloadable.current;
      let docs: TelemetryDocument[];
      try {
        docs = decodeDocuments(line, inputName, { start: { line: lineNumber, column: 1 } });
      } catch (e) {
        if (!(e instanceof DecodeError)) throw e;
        documents++;
        failed++;
        log(`${e.message}; line skipped`);
        continue;
      }
      for (const doc of docs) {
        documents++;
        let text: string | null;
        try {
          text = spec.handle(ruleSet, doc);
        } catch (e) {
          // One document's failure is reported and skipped; the stream goes on.
          const why = documentFailure(e);
          if (why === null) throw e;
          failed++;
          log(`${inputName}:${lineNumber}: ${why}; document skipped (v${version})`);
          continue;
        }
        if (text !== null && !output.write(text + '\n')) await once(output, 'drain');
      }
    }
  } finally {
    watcher.close();
    await reads;
    if (output !== process.stdout) {
      output.end();
      await once(output, 'finish');
    }
  }
  if (failed > 0) throw new CliError(`ottl: ${failed} of ${documents} documents failed (see above)`);
}

/** The output file, written line by line; a folder that is missing is a one-line error up front. */
async function openLineOutput(path: string): Promise<Writable> {
  try {
    return (await fsp.open(path, 'w')).createWriteStream();
  } catch (e) {
    throw new CliError(`ottl: cannot write output ${JSON.stringify(path)}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : fileErrorText(e)}`);
  }
}

/** Calls `onChange` once things settle after any change in the file's folder. */
function watchFolderOf(file: string, debounceMs: number, onChange: () => void, onError: (e: Error) => void): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    // Any event counts (the file's own name, a temporary file renamed over it, a symlink swap): the
    // file is re-read and only a change of its text reloads.
    watcher = watch(dirname(resolve(file)), () => {
      clearTimeout(timer);
      timer = setTimeout(onChange, debounceMs);
    });
  } catch (e) {
    throw new CliError(`${file}: cannot watch its folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  watcher.on('error', onError);
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
