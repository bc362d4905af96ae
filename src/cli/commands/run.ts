/**
 * `ottl run --config C.yaml [--input I.json|-] [--output O.json|-]`: applies a transform processor
 * config to OTLP/JSON documents. Nothing is written unless every document was processed.
 */
import type { Command } from 'commander';
import { parseByteSize, withDocumentOptions } from '../options.js';
import { readFile } from 'node:fs/promises';
import {
  FeatureGates,
  parseMetadataPairs,
  TransformProcessor,
  type Logger,
  type RequestMetadata,
  type Signal,
} from '../../api/index.js';
import { createExplainer, parseExplainOption } from '../explain.js';
import { readInput } from '../io.js';
import { knownFailure } from '../errors.js';
import { CliError } from '../main.js';
import { checkWatchFormats, inputFormat, outputFormat, type FormatOptions } from '../formats.js';
import { cliEnvironment } from '../custom-functions.js';
import { checkConfigSource, checkWatchSource, collect, compileInline, programOf } from '../config-source.js';
import { inlineTransform } from '../inline-rules.js';
import { outputView, type OutputView } from '../output-view.js';
import { paintExplain, paintFor, PLAIN } from '../render.js';
import type { DocumentJob } from '../stream/documents.js';
import { startEarly, stopWorkers, workerSetup } from '../stream/jobs-option.js';
import { streamDocuments } from '../stream/run-stream.js';
import { WarningTally, warningText } from '../stream/warnings.js';

export interface RunOptions extends FormatOptions {
  /** `--functions MODULE`: your own function definitions. */
  functions?: string;
  /** The config file; `-` reads it from stdin. Absent when the rules come from `-e`. */
  config: string;
  input: string;
  output: string;
  processor?: string;
  featureGates?: string;
  /** `--metadata key=value`, repeatable: the request metadata every document is processed with. */
  metadata?: string[];
  /** `--explain[=text|json]`: report per record what each statement matched and changed. */
  explain?: boolean | string;
  /** `--watch`: stream NDJSON documents, reloading the config when it changes (see `../watch.ts`). */
  watch?: boolean;
  /** `-e RULE` (repeatable): rules given on the command line instead of a config file. */
  expr?: string[];
  /** `--context NAME` for the `-e` rules; inferred when absent. */
  context?: string;
  /** `--pretty`: indented OTLP/JSON. */
  pretty?: boolean;
  /** `--diff`: print only what changed, per record. */
  diff?: boolean;
  /** `--max-document-size`: the largest input document accepted (see `parseByteSize`). */
  maxDocumentSize?: string;
  /** `--jobs N`: threads for NDJSON input, this one and N-1 workers (default: the available cores; 1 runs in this thread). */
  jobs?: string;
}

/** Warnings of `error_mode: ignore`, one line each on stderr. */
export const stderrLogger: Logger = {
  warn(message, fields) {
    process.stderr.write(`warning: ${warningText(message, fields)}\n`);
  },
};

/** The options that say where the rules come from and how to compile them. */
export type RuleOptions = Pick<RunOptions, 'config' | 'processor' | 'featureGates' | 'expr' | 'context' | 'input' | 'functions'>;

/** The config's text (read once, so that `--jobs` workers get the same), or undefined for `-e` rules. */
export async function configTextOf(options: RuleOptions): Promise<string | undefined> {
  if (options.expr?.length) return undefined;
  checkConfigSource(options);
  return readConfig(options.config);
}

/**
 * Reads (unless `configText` is given) and compiles the config, turning every config problem into
 * one CLI error; `logger` receives the warnings of `error_mode: ignore`.
 */
export async function loadTransform(options: RuleOptions, logger: Logger = stderrLogger, configText?: string, printWarnings = true): Promise<TransformProcessor> {
  const gates = parseGates(options.featureGates);
  if (options.expr?.length) return compileInline(() => inlineTransform(options.expr ?? [], options.context, gates, logger));
  const text = configText ?? (await configTextOf(options)) ?? '';
  try {
    const environment = await cliEnvironment(options.functions, gates, logger);
    return programOf(environment.compileTransform(text, { file: options.config, processor: options.processor }), printWarnings);
  } catch (e) {
    throw asCliError(e);
  }
}

export function parseGates(spec: string | undefined): FeatureGates {
  try {
    return FeatureGates.parse(spec);
  } catch (e) {
    throw new CliError(`ottl: --feature-gates: ${(e as Error).message}`, 2);
  }
}

export async function readConfig(file: string): Promise<string> {
  if (file === '-') return Buffer.from(await readInput('-')).toString('utf8');
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read the config: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Maps the library's errors to a CLI error (see `knownFailure`); anything else is a bug and is rethrown. */
export function asCliError(e: unknown): unknown {
  return knownFailure(e) ?? e;
}

/** Parses `--metadata key=value` pairs; a malformed pair is a usage error. */
export function cliMetadata(pairs: readonly string[] | undefined): RequestMetadata {
  try {
    return parseMetadataPairs(pairs ?? []);
  } catch (e) {
    throw new CliError(`ottl: ${(e as Error).message}`, 2);
  }
}

/** The transform applied to one document, as `run` does it (in the main thread or a worker). */
export function transformJob(processor: TransformProcessor, options: RunOptions, tally: WarningTally, color = options.output === '-' && paintFor(process.stdout) !== PLAIN): {
  job: DocumentJob<never>;
  explanation(): string | null;
} {
  const metadata = cliMetadata(options.metadata);
  const format = parseExplainOption(options.explain);
  const paint = color ? paintFor({ isTTY: true }) : PLAIN;
  let view: OutputView | undefined;
  let explainer: ReturnType<typeof createExplainer>;
  const job: DocumentJob<never> = {
    run(doc, at) {
      // Created at the first document, when the look-ahead knows whether more follow (headers, labels).
      view ??= outputView(options, at.many ? 2 : 1, paint);
      if (format !== undefined) explainer ??= createExplainer(processor, format, at.many ? 2 : 1);
      const before = view.before(doc);
      processor.process(doc, explainer ? explainer.observe(doc, at.index) : tally.observer, { metadata });
      return { text: options.pretty || options.diff ? view.render(doc, at.index, before) : undefined };
    },
  };
  return { job, explanation: () => explainer?.render() ?? null };
}

/** The signals a transform config has statements for. */
export function transformedSignals(processor: TransformProcessor): Set<Signal> {
  const groups = processor.config.groups;
  return new Set((Object.keys(groups) as Signal[]).filter((s) => groups[s].some((g) => g.statements.length > 0)));
}

export async function runTransform(options: RunOptions): Promise<void> {
  const tally = new WarningTally();
  const configText = await configTextOf(options);
  const explain = parseExplainOption(options.explain) !== undefined;
  // --explain gathers every record: it runs in this thread. Workers for a large file start now,
  // compiling the rules while this thread does.
  const workers = explain ? undefined : await startEarly(workerSetup(options, 'run', configText), options.input);
  try {
    const processor = await loadTransform(options, tally, configText);
    const { job, explanation } = transformJob(processor, options, tally);
    try {
      await streamDocuments({
        input: options.input,
        output: options.output,
        inputFormat: inputFormat(options),
        outputFormat: outputFormat(options),
        maxDocumentBytes: parseByteSize(options.maxDocumentSize),
        job,
        tally,
        ruled: transformedSignals(processor),
        rules: 'statements',
        workers,
      });
    } finally {
      tally.summarize();
      // The explanation goes to stderr, or to stdout when the documents go to a file.
      const text = explanation();
      if (text !== null) {
        const stream = options.output === '-' ? process.stderr : process.stdout;
        stream.write(paintExplain(text, paintFor(stream)));
      }
    }
  } finally {
    await stopWorkers(workers);
  }
}

export function register(program: Command): void {
  withDocumentOptions(
    program.command('run').description('apply a transform processor config to OTLP/JSON logs, traces or metrics'),
    'transform',
    'transform/redact',
  )
    .option('--explain [format]', 'report, per record, which statements matched and what they changed (text or json)')
    .option('-e, --expr <statement>', 'a statement to run instead of a config file (repeatable)', collect, [])
    .option('--context <name>', 'the context of the -e statements (log, span, datapoint, resource…); inferred when absent')
    .option('--pretty', 'indent the OTLP/JSON output')
    .option('--diff', 'print only what changed, per record, as before → after')
    .action(async (opts: RunOptions) => {
      checkWatchSource(opts);
      if (opts.watch) checkWatchFormats(opts);
      // A sample file (not a stream) is re-run whenever the config or the sample changes.
      if (opts.watch && opts.input !== '-') await (await import('../watch-sample.js')).watchSample(opts);
      else if (opts.watch) await (await import('../watch.js')).watchTransform(opts);
      else await runTransform(opts);
    });
}
