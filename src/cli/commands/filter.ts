/**
 * `ottl filter --config C [--input I|-] [--output O|-]`: applies a filter processor config to
 * OTLP/JSON documents and prints on stderr how many items of each kind were dropped. A document
 * left with nothing is written with no resources. Nothing is written unless every document was
 * processed (same streaming, error, exit-code and atomic-write rules as `ottl run`).
 */
import type { Command } from 'commander';
import { withDocumentOptions, parseByteSize } from '../options.js';
import { addCounts, FilterProcessor, ITEM_KINDS, SIGNAL_KINDS, zeroCounts, type ItemCounts, type Logger, type Signal } from '../../api/index.js';
import { checkWatchFormats, inputFormat, outputFormat } from '../formats.js';
import { cliEnvironment } from '../custom-functions.js';
import { checkWatchSource, collect, compileInline, programOf } from '../config-source.js';
import { explainDrops } from '../filter-explain.js';
import { inlineFilter } from '../inline-rules.js';
import type { DocumentJob } from '../stream/documents.js';
import { startEarly, stopWorkers, workerSetup } from '../stream/jobs-option.js';
import { streamDocuments } from '../stream/run-stream.js';
import { WarningTally } from '../stream/warnings.js';
import { asCliError, cliMetadata, configTextOf, parseGates, stderrLogger, type RuleOptions, type RunOptions } from './run.js';

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

/** Reads (unless `configText` is given) and compiles the config, turning every config problem into one CLI error. */
export async function loadFilter(options: RuleOptions, logger: Logger = stderrLogger, configText?: string, printWarnings = true): Promise<FilterProcessor> {
  const gates = parseGates(options.featureGates);
  if (options.expr?.length) return compileInline(() => inlineFilter(options.expr ?? [], options.context, gates, logger));
  const text = configText ?? (await configTextOf(options)) ?? '';
  try {
    const environment = await cliEnvironment(options.functions, gates, logger);
    return programOf(environment.compileFilter(text, { file: options.config, processor: options.processor }), printWarnings);
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

/** What filtering one document reports: the counts, and with --explain what went and why. */
export interface FilterReport {
  readonly dropped: ItemCounts;
  readonly before: ItemCounts;
  readonly explanation: string | null;
}

/** The filter applied to one document, as `filter` does it (in the main thread or a worker). */
export function filterJob(processor: FilterProcessor, options: FilterCliOptions): DocumentJob<FilterReport> {
  const metadata = cliMetadata(options.metadata);
  return {
    run(doc, at) {
      const explain = options.explain ? explainDrops(processor, doc) : null;
      const r = processor.process(doc, { metadata });
      const explanation = explain ? explain.render(doc, at.many ? at.index : null) : null;
      return { text: r.after.resources === 0 ? EMPTY_DOCUMENT[doc.signal] : undefined, report: { dropped: r.dropped, before: r.before, explanation } };
    },
  };
}

/** The signals a filter config has conditions for. */
export function filteredSignals(processor: FilterProcessor): Set<Signal> {
  const signals = processor.config.signals;
  return new Set((Object.keys(signals) as Signal[]).filter((s) => signals[s].groups.some((g) => g.conditions.length > 0)));
}

/** Runs `ottl filter`; throws CliError for every reported failure. */
export async function runFilter(options: FilterCliOptions): Promise<void> {
  const tally = new WarningTally();
  const configText = await configTextOf(options);
  // Workers for a large file start now, compiling the conditions while this thread does.
  const workers = await startEarly(workerSetup(options, 'filter', configText), options.input);
  let processor: FilterProcessor;
  try {
    processor = await loadFilter(options, tally, configText);
  } catch (e) {
    await stopWorkers(workers);
    throw e;
  }
  const dropped = zeroCounts();
  const before = zeroCounts();
  const explanations: string[] = [];
  let summary;
  try {
    summary = await streamDocuments({
      input: options.input,
      output: options.output,
      inputFormat: inputFormat(options),
      outputFormat: outputFormat(options),
      maxDocumentBytes: parseByteSize(options.maxDocumentSize),
      job: filterJob(processor, options),
      tally,
      ruled: filteredSignals(processor),
      rules: 'conditions',
      onReport(r) {
        addCounts(dropped, r.dropped);
        addCounts(before, r.before);
        if (r.explanation !== null) explanations.push(r.explanation);
      },
      workers,
    });
  } finally {
    tally.summarize();
    await stopWorkers(workers);
  }
  if (options.explain) process.stderr.write(explanations.join(''));
  process.stderr.write(`ottl filter: ${dropSummary(dropped, before, summary.signals)}\n`);
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
