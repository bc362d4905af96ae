/**
 * `ottl run --config C.yaml [--input I.json|-] [--output O.json|-]`: applies a transform processor
 * config to OTLP/JSON documents. Nothing is written unless every document was processed.
 */
import type { Command } from 'commander';
import { withDocumentOptions } from '../options.js';
import { readFile } from 'node:fs/promises';
import { DecodeError } from '../../model/otlpjson/decode.js';
import { ConfigError } from '../../runtime/config/yaml.js';
import { PropagatedError, type Logger } from '../../runtime/error-mode.js';
import { FeatureGates } from '../../runtime/feature-gates.js';
import { RuleSetError } from '../../runtime/rules/compile-group.js';
import { TransformProcessor } from '../../runtime/transform/processor.js';
import { createExplainer } from '../explain.js';
import { checkWatchFormats, DocumentOutput, outputFormat, readDocuments } from '../formats.js';
import { CliError } from '../main.js';

export interface RunOptions {
  config: string;
  input: string;
  output: string;
  processor?: string;
  featureGates?: string;
  /** `--explain[=text|json]`: report per record what each statement matched and changed. */
  explain?: boolean | string;
  /** `--input-format`, `--output-format` (see `../formats.ts`). */
  inputFormat?: string;
  outputFormat?: string;
  /** `--watch`: stream NDJSON documents, reloading the config when it changes (see `../watch.ts`). */
  watch?: boolean;
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
export async function loadTransform(options: Pick<RunOptions, 'config' | 'processor' | 'featureGates'>): Promise<TransformProcessor> {
  const gates = parseGates(options.featureGates);
  const text = await readConfig(options.config);
  try {
    return TransformProcessor.fromText(text, options.config, { gates, logger: stderrLogger, processor: options.processor });
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

export async function runTransform(options: RunOptions): Promise<void> {
  const processor = await loadTransform(options);
  const inputName = options.input === '-' ? '<stdin>' : options.input;
  let docs;
  try {
    docs = await readDocuments(options, inputName);
  } catch (e) {
    throw asCliError(e);
  }
  const out = new DocumentOutput(outputFormat(options), options.output);
  const explainer = createExplainer(processor, options.explain, docs.length);
  try {
    docs.forEach((doc, i) => {
      try {
        processor.process(doc, explainer?.observe(doc, i));
      } catch (e) {
        if (e instanceof PropagatedError) {
          const which = docs.length > 1 ? ` (document ${i + 1})` : '';
          throw new CliError(`${inputName}${which}: error_mode propagate: ${e.message}; nothing was written`);
        }
        throw e;
      }
      out.add(doc);
    });
  } finally {
    // The explanation goes to stderr, or to stdout when the documents go to a file.
    if (explainer) (options.output === '-' ? process.stderr : process.stdout).write(explainer.render());
  }
  await out.write('\n');
}

export function register(program: Command): void {
  withDocumentOptions(
    program.command('run').description('apply a transform processor config to OTLP/JSON logs, traces or metrics'),
    'transform',
    'transform/redact',
  )
    .option('--explain [format]', 'report, per record, which statements matched and what they changed (text or json)')
    .action(async (opts: RunOptions) => {
      if (opts.watch) checkWatchFormats(opts);
      if (opts.watch) await (await import('../watch.js')).watchTransform(opts);
      else await runTransform(opts);
    });
}
