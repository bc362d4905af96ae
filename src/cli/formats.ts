/**
 * `--input-format json|protobuf|auto` and `--output-format json|protobuf` for the document
 * commands. Auto input goes by content (see `detectFormat`), with `.pb`/`.binpb` names as hints;
 * the output format defaults to what the output file's name suggests, else JSON.
 *
 * OTLP/protobuf input is one export request (protobuf has no framing), whose signal is recognised
 * from its fields. Protobuf output of several documents of one signal is their encodings one after
 * the other, which protobuf reads as one request holding all their resources.
 */
import { decodeDocuments, decodeProtobufAnySignal, detectFormat, encodeDocument, encodeProtobuf, formatHintOf, type OtlpFormat, type TelemetryDocument } from '../api/index.js';
import { readInputBytes, writeOutputAtomic } from './io.js';
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

/**
 * Reads and decodes the input in its format.
 * @throws CliError for a bad format name; DecodeError for undecodable input (callers map it).
 */
export async function readDocuments(options: FormatOptions, inputName: string): Promise<TelemetryDocument[]> {
  const requested = options.inputFormat ?? 'auto';
  checkFormat('--input-format', requested, ['auto', 'json', 'protobuf']);
  const bytes = await readInputBytes(options.input);
  const format = requested === 'auto' ? detectFormat(bytes, options.input === '-' ? undefined : options.input) : (requested as OtlpFormat);
  if (format === 'protobuf') return [decodeProtobufAnySignal(bytes, inputName)];
  return decodeDocuments(bytes, inputName, { onNotice: (n) => process.stderr.write(n.message + '\n') });
}

/** The output format: `--output-format`, else the output file name's hint, else JSON. */
export function outputFormat(options: FormatOptions): OtlpFormat {
  if (options.outputFormat !== undefined) {
    checkFormat('--output-format', options.outputFormat, ['json', 'protobuf']);
    return options.outputFormat as OtlpFormat;
  }
  return (options.output === '-' ? undefined : formatHintOf(options.output)) ?? 'json';
}

/** Collects processed documents and writes them, all at once, in the output format. */
export class DocumentOutput {
  private readonly json: string[] = [];
  private readonly binary: Uint8Array[] = [];
  private signal: string | undefined;

  constructor(
    private readonly format: OtlpFormat,
    private readonly path: string,
  ) {}

  /** Adds a document; `jsonText` overrides its JSON form (e.g. an explicitly empty document). */
  add(doc: TelemetryDocument, jsonText?: string): void {
    if (this.format === 'json') {
      this.json.push(jsonText ?? encodeDocument(doc));
      return;
    }
    if (this.signal !== undefined && this.signal !== doc.signal) {
      throw new CliError(`ottl: --output-format protobuf writes one request of one signal; the input mixes ${this.signal} and ${doc.signal}`);
    }
    this.signal = doc.signal;
    this.binary.push(encodeProtobuf(doc));
  }

  /** Writes everything (atomically for a file); `emptyJson` is the JSON output for no documents. */
  async write(emptyJson = ''): Promise<void> {
    if (this.format === 'json') await writeOutputAtomic(this.path, this.json.length === 0 ? emptyJson : this.json.join('\n') + '\n');
    else await writeOutputAtomic(this.path, Buffer.concat(this.binary));
  }
}

/** `--watch` streams NDJSON text: protobuf (which has no framing) is refused there. */
export function checkWatchFormats(options: Partial<FormatOptions>): void {
  if (options.inputFormat === 'protobuf' || options.outputFormat === 'protobuf') {
    throw new CliError('ottl: --watch streams OTLP/JSON lines; OTLP/protobuf input or output needs a run without --watch', 2);
  }
}
