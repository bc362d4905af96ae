/**
 * The `ottl` command line: a thin client of the library. Each command lives in its own module under
 * `commands/` and registers itself on the program.
 */
import { Command } from 'commander';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The package version, read on demand: from `dist/src/cli/` when built, from `src/cli/` in tests. */
function packageVersion(): string {
  for (const path of ['../../../package.json', '../../package.json']) {
    try {
      return (require(path) as { version: string }).version;
    } catch {
      // try the next layout
    }
  }
  return '0.0.0';
}

/** A failure the CLI reports as one message (already positioned) and a non-zero exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export async function main(argv: string[]): Promise<void> {
  // `ottl --version` needs none of the commands: answer before loading them (and the library).
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(packageVersion() + '\n');
    return;
  }
  const program = new Command();
  program
    .name('ottl')
    .description('Compile and run OTTL (OpenTelemetry Transformation Language) rules on OTLP/JSON data')
    .version(packageVersion())
    .showHelpAfterError();
  const commands = await import('./commands/index.js');
  commands.register(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CliError) {
      const { paintError, paintFor } = await import('./render.js');
      const message = paintError(err.message, paintFor(process.stderr));
      process.stderr.write(message.endsWith('\n') ? message : message + '\n');
      process.exitCode = err.exitCode;
      return;
    }
    throw err;
  }
}
