/** Options shared by the commands that process documents (`run`, `filter`). */
import type { Command } from 'commander';
import { CliError } from './main.js';

/** Adds `--config`, `--input`, `--output`, `--processor`, `--feature-gates`, `--metadata`, `--max-document-size`, `--jobs` and `--watch`. */
export function withDocumentOptions(command: Command, processor: 'transform' | 'filter', example: string): Command {
  return command
    .option('-c, --config <file>', `${processor} processor config (YAML or JSON): its body, or a collector config; - for stdin`)
    .option('-i, --input <file>', 'OTLP/JSON input (one document or one per line) or one OTLP/protobuf request; - for stdin', '-')
    .option('--functions <module>', 'an ES module exporting your own function definitions (defineFunction)')
    .option('--input-format <format>', 'json, protobuf, or auto (by content; .pb/.binpb names as hints)', 'auto')
    .option('--output-format <format>', 'json or protobuf (default: protobuf for a .pb/.binpb output name, else json)')
    .option('-o, --output <file>', 'where to write the result; - for stdout', '-')
    .option('-p, --processor <name>', `which ${processor} processor of a collector config (e.g. ${example})`)
    .option('--feature-gates <list>', 'feature gates to enable or disable, e.g. ottl.functions.enableLambda,-x')
    .option(
      '--metadata <key=value>',
      'request metadata for otelcol.client.metadata["key"]; repeat for more keys or values',
      (pair: string, all: string[] = []) => [...all, pair],
    )
    .option('--max-document-size <bytes>', 'the largest input document (NDJSON line) accepted, e.g. 64MiB (default: 512MiB, the most one string holds)')
    .option('-j, --jobs <n>', 'threads for NDJSON input: this one and N-1 workers, output kept in input order (default: the available cores; 1: no worker)')
    .option('-w, --watch', 'stream: one document per input line, reload the config when it changes; a failing document is reported and skipped');
}

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/**
 * `--max-document-size`: a byte count, with an optional binary unit (`k`, `KiB`, `M`, `MiB`, `G`,
 * `GiB`; `KB`/`MB`/`GB` are read as the same powers of 1024); undefined when not given.
 */
export function parseByteSize(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(\d+)\s*([a-zA-Z]*)\s*$/.exec(text);
  const unit = m === null ? undefined : UNITS[m[2].toLowerCase()];
  const bytes = m === null || unit === undefined ? NaN : Number(m[1]) * unit;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new CliError(`ottl: --max-document-size: expected a size such as 1048576, 64KiB or 16MiB, got "${text}"`, 2);
  return bytes;
}
