/**
 * `ottl run --config C.yaml [--input I.json|-] [--output O.json|-]`: applies a transform processor
 * config to OTLP/JSON documents. Nothing is written unless every document was processed.
 */
import type { Command } from 'commander';
import { withDocumentOptions } from '../options.js';
import { readFile } from 'node:fs/promises';
import {
  ConfigError,
  DecodeError,
  FeatureGates,
  parseMetadataPairs,
  PropagatedError,
  RuleSetError,
  TransformProcessor,
  type Logger,
  type RequestMetadata,
} from '../../api/index.js';
import { createExplainer } from '../explain.js';
import { readInput, writeOutputAtomic } from '../io.js';
import { CliError } from '../main.js';
import { checkWatchFormats, DocumentOutput, outputFormat, readDocuments, type FormatOptions } from '../formats.js';
import { cliEnvironment } from '../custom-functions.js';
import { checkConfigSource, checkWatchSource, collect, compileInline } from '../config-source.js';
import { inlineTransform } from '../inline-rules.js';
import { outputView } from '../output-view.js';
import { paintExplain, paintFor } from '../render.js';

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
}

/** Warnings of `error_mode: ignore`, one line each on stderr. */
export const stderrLogger: Logger = {
  warn(message, fields) {
    const detail = Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ');
    process.stderr.write(`warning: ${message}: ${detail}\n`);
  },
};

/** Reads and compiles the config, turning every config problem into one CLI error. */
export async function loadTransform(options: Pick<RunOptions, 'config' | 'processor' | 'featureGates' | 'expr' | 'context' | 'input' | 'functions'>): Promise<TransformProcessor> {
  const gates = parseGates(options.featureGates);
  if (options.expr?.length) return compileInline(() => inlineTransform(options.expr ?? [], options.context, gates, stderrLogger));
  checkConfigSource(options);
  const text = await readConfig(options.config);
  try {
    return TransformProcessor.fromText(text, options.config, { environment: await cliEnvironment(options.functions, gates, stderrLogger), processor: options.processor });
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

/** Maps the library's errors to a CLI error; anything else is a bug and is rethrown. */
export function asCliError(e: unknown): unknown {
  if (e instanceof RuleSetError || e instanceof ConfigError || e instanceof DecodeError) return new CliError(e.message);
  return e;
}

/** Parses `--metadata key=value` pairs; a malformed pair is a usage error. */
export function cliMetadata(pairs: readonly string[] | undefined): RequestMetadata {
  try {
    return parseMetadataPairs(pairs ?? []);
  } catch (e) {
    throw new CliError(`ottl: ${(e as Error).message}`, 2);
  }
}

export async function runTransform(options: RunOptions): Promise<void> {
  const processor = await loadTransform(options);
  const inputName = options.input === '-' ? '<stdin>' : options.input;
  let docs;
  try {
    docs = await readDocuments(options, inputName);
  } catch (e) {
    throw asCliError(e);
  }
  const lines: string[] = [];
  const metadata = cliMetadata(options.metadata);
  const view = outputView(options, docs.length);
  const explainer = createExplainer(processor, options.explain, docs.length);
  try {
    docs.forEach((doc, i) => {
      const before = view.before(doc);
      try {
        processor.process(doc, explainer?.observe(doc, i), { metadata });
      } catch (e) {
        if (e instanceof PropagatedError) {
          const which = docs.length > 1 ? ` (document ${i + 1})` : '';
          throw new CliError(`${inputName}${which}: error_mode propagate: ${e.message}; nothing was written`);
        }
        throw e;
      }
      lines.push(view.render(doc, i, before));
    });
  } finally {
    // The explanation goes to stderr, or to stdout when the documents go to a file.
    if (explainer) {
      const stream = options.output === '-' ? process.stderr : process.stdout;
      stream.write(paintExplain(explainer.render(), paintFor(stream)));
    }
  }
  if (outputFormat(options) === 'protobuf') {
    const out = new DocumentOutput('protobuf', options.output);
    for (const doc of docs) out.add(doc);
    await out.write();
  } else await writeOutputAtomic(options.output, lines.join('\n') + '\n');
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
