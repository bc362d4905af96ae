/**
 * `ottl filter --config C [--input I|-] [--output O|-]`: applies a filter processor config to
 * OTLP/JSON documents and prints on stderr how many items of each kind were dropped. A document
 * left with nothing is written with no resources. Nothing is written unless every document was
 * processed (same error, exit-code and atomic-write rules as `ottl run`).
 */
import type { Command } from 'commander';
import { withDocumentOptions } from '../options.js';
import {
  addCounts,
  encodeDocument,
  FilterProcessor,
  ITEM_KINDS,
  PropagatedError,
  SIGNAL_KINDS,
  zeroCounts,
  type FilterResult,
  type ItemCounts,
  type Signal,
} from '../../api/index.js';
import { writeOutputAtomic } from '../io.js';
import { CliError } from '../main.js';
import { checkWatchFormats, DocumentOutput, outputFormat, readDocuments } from '../formats.js';
import { cliEnvironment } from '../custom-functions.js';
import { checkConfigSource, checkWatchSource, collect, compileInline } from '../config-source.js';
import { explainDrops } from '../filter-explain.js';
import { inlineFilter } from '../inline-rules.js';
import { asCliError, cliMetadata, parseGates, readConfig, stderrLogger, type RunOptions } from './run.js';

/** The options of `ottl filter` (those of `ottl run`, `--explain` aside). */
export type FilterCliOptions = Omit<RunOptions, 'explain' | 'watch' | 'pretty' | 'diff'> & {
  /** `--explain`: which condition dropped which record (on stderr). */
  explain?: boolean;
};

/** A payload with nothing left still names its signal, so that the next tool can read it. */
export const EMPTY_DOCUMENT: Readonly<Record<Signal, string>> = {
  logs: '{"resourceLogs":[]}',
  traces: '{"resourceSpans":[]}',
  metrics: '{"resourceMetrics":[]}',
};

/** Reads and compiles the config, turning every config problem into one CLI error. */
export async function loadFilter(options: Pick<RunOptions, 'config' | 'processor' | 'featureGates' | 'expr' | 'context' | 'input' | 'functions'>): Promise<FilterProcessor> {
  const gates = parseGates(options.featureGates);
  if (options.expr?.length) return compileInline(() => inlineFilter(options.expr ?? [], options.context, gates, stderrLogger));
  checkConfigSource(options);
  const text = await readConfig(options.config);
  try {
    return FilterProcessor.fromText(text, options.config, { environment: await cliEnvironment(options.functions, gates, stderrLogger), processor: options.processor });
  } catch (e) {
    throw asCliError(e);
  }
}

/**
 * The drop summary: `dropped 2 of 4 log records, 0 of 2 scopes, 0 of 1 resource`, lowest level
 * first, for the kinds of the signals seen.
 */
export function dropSummary(dropped: ItemCounts, before: ItemCounts, signals: ReadonlySet<Signal>): string {
  const kinds = new Set<keyof ItemCounts>();
  for (const s of signals) for (const k of SIGNAL_KINDS[s]) kinds.add(k);
  if (kinds.size === 0) return 'no documents';
  const parts = [...ITEM_KINDS]
    .reverse()
    .filter(({ key }) => kinds.has(key))
    .map(({ key, one, many }) => `${dropped[key]} of ${before[key]} ${before[key] === 1 ? one : many}`);
  return `dropped ${parts.join(', ')}`;
}

/** Runs `ottl filter`; throws CliError for every reported failure. */
export async function runFilter(options: FilterCliOptions): Promise<void> {
  const processor = await loadFilter(options);
  const inputName = options.input === '-' ? '<stdin>' : options.input;
  let docs;
  try {
    docs = await readDocuments(options, inputName);
  } catch (e) {
    throw asCliError(e);
  }
  const dropped = zeroCounts();
  const before = zeroCounts();
  const signals = new Set<Signal>();
  const lines: string[] = [];
  const metadata = cliMetadata(options.metadata);
  const explanations: string[] = [];
  docs.forEach((doc, i) => {
    let r: FilterResult;
    try {
      const explain = options.explain ? explainDrops(processor, doc) : null;
      r = processor.process(doc, { metadata });
      if (explain) explanations.push(explain.render(doc, docs.length > 1 ? i : null));
      addCounts(dropped, r.dropped);
      addCounts(before, r.before);
      signals.add(doc.signal);
    } catch (e) {
      if (e instanceof PropagatedError) {
        const which = docs.length > 1 ? ` (document ${i + 1})` : '';
        throw new CliError(`${inputName}${which}: error_mode propagate: ${e.message}; nothing was written`);
      }
      throw e;
    }
    lines.push(r.after.resources === 0 ? EMPTY_DOCUMENT[doc.signal] : encodeDocument(doc));
  });
  if (outputFormat(options) === 'protobuf') {
    const out = new DocumentOutput('protobuf', options.output);
    for (const doc of docs) out.add(doc);
    await out.write();
  } else await writeOutputAtomic(options.output, lines.length === 0 ? '' : lines.join('\n') + '\n');
  if (options.explain) process.stderr.write(explanations.join(''));
  process.stderr.write(`ottl filter: ${dropSummary(dropped, before, signals)}\n`);
}

/** Registers the `filter` command. */
export function register(program: Command): void {
  withDocumentOptions(
    program.command('filter').description('apply a filter processor config to OTLP/JSON logs, traces or metrics, dropping what matches'),
    'filter',
    'filter/noise',
  )
    .option('-e, --expr <condition>', 'a condition to drop by instead of a config file (repeatable)', collect, [])
    .option('--context <name>', 'the context of the -e conditions (log, span, datapoint, resource…); inferred when absent')
    .option('--explain', 'say on stderr which condition dropped which record')
    .action(async (opts: FilterCliOptions & { watch?: boolean }) => {
      checkWatchSource(opts);
      if (opts.watch) checkWatchFormats(opts);
      if (opts.watch) await (await import('../watch.js')).watchFilter(opts);
      else await runFilter(opts);
    });
}
