/**
 * `--input-format json|protobuf|auto` and `--output-format json|protobuf` for the document
 * commands. Auto input goes by content (see `detectFormat`), with `.pb`/`.binpb` names as hints;
 * the output format defaults to what the output file's name suggests, else JSON.
 *
 * OTLP/protobuf input is one export request (protobuf has no framing), whose signal is recognised
 * from its fields. Protobuf output of several documents of one signal is their encodings one after
 * the other, which protobuf reads as one request holding all their resources (`stream/run-stream.ts`).
 */
import { formatHintOf, type OtlpFormat } from '../api/index.js';
import { CliError } from './main.js';

/** The format options as commander parses them. */
export interface FormatOptions {
  input: string;
  output: string;
  inputFormat?: string;
  outputFormat?: string;
}

function checkFormat(flag: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value)) throw new CliError(`ottl: ${flag} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`, 2);
}

/** The input format: `--input-format`, `auto` when absent (by content; see `stream/input.ts`). */
export function inputFormat(options: FormatOptions): 'auto' | OtlpFormat {
  const requested = options.inputFormat ?? 'auto';
  checkFormat('--input-format', requested, ['auto', 'json', 'protobuf']);
  return requested as 'auto' | OtlpFormat;
}

/** The output format: `--output-format`, else the output file name's hint, else JSON. */
export function outputFormat(options: FormatOptions): OtlpFormat {
  if (options.outputFormat !== undefined) {
    checkFormat('--output-format', options.outputFormat, ['json', 'protobuf']);
    return options.outputFormat as OtlpFormat;
  }
  return (options.output === '-' ? undefined : formatHintOf(options.output)) ?? 'json';
}

/** `--watch` streams NDJSON text: protobuf (which has no framing) is refused there. */
export function checkWatchFormats(options: Partial<FormatOptions>): void {
  if (options.inputFormat === 'protobuf' || options.outputFormat === 'protobuf') {
    throw new CliError('ottl: --watch streams OTLP/JSON lines; OTLP/protobuf input or output needs a run without --watch', 2);
  }
}
