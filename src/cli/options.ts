/** Options shared by the commands that process documents (`run`, `filter`). */
import type { Command } from 'commander';

/** Adds `--config`, `--input`, `--output`, `--processor`, `--feature-gates`, `--metadata`, `--jobs` and `--watch`. */
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
    .option('-j, --jobs <n>', 'worker threads for NDJSON input, output kept in input order (default: the available cores; 1: none)')
    .option('-w, --watch', 'stream: one document per input line, reload the config when it changes; a failing document is reported and skipped');
}
