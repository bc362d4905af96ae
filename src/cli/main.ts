/**
 * The `ottl` command line: a thin client of the library. Each command lives in its own module under
 * `commands/` and registers itself on the program.
 */
import { Command } from 'commander';
import { createRequire } from 'node:module';
import { prestartWorkers } from './stream/prestart.js';

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
  // Workers a large input will use load beside the commands and the library, not after them.
  prestartWorkers(args);
  const commands = await import('./commands/index.js');
  commands.register(program);
  guardStdout();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    await reportFailure(err);
  }
}

/** The exit code of an internal error (a bug): EX_SOFTWARE of sysexits.h. */
export const INTERNAL_ERROR_EXIT = 70;

/**
 * Reports what ended a command: a CliError as its one-line message; a library error or a file
 * system error that escaped a command as one line too; a closed stdout quietly; anything else,
 * a bug, as an internal error with its stack (exit 70).
 */
export async function reportFailure(err: unknown): Promise<void> {
  if (isClosedPipe(err)) return closedPipe();
  const { knownFailure } = await import('./errors.js');
  const known = knownFailure(err);
  if (known !== null) {
    const { paintError, paintFor } = await import('./render.js');
    const message = paintError(known.message, paintFor(process.stderr));
    process.stderr.write(message.endsWith('\n') ? message : message + '\n');
    process.exitCode = known.exitCode;
    return;
  }
  const stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`ottl: internal error, please report it with the lines below:\n${stack}\n`);
  process.exitCode = INTERNAL_ERROR_EXIT;
}

const isClosedPipe = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'EPIPE';

/**
 * A reader that closed our stdout (`ottl functions --json | head -c 10`) has what it wanted: the
 * command ends at once, quietly, with exit code 0 (as ripgrep does), leaving no temporary file.
 */
function closedPipe(): never {
  process.stdout.destroy();
  // Imported eagerly by every command that writes a file; a no-op for the others.
  void import('./stream/output.js').then(
    (m) => {
      m.removeTemporaries();
      process.exit(0);
    },
    () => process.exit(0),
  );
  return undefined as never;
}

let guarded = false;

/** Turns an EPIPE on stdout, which Node reports as an unhandled 'error' event, into a quiet exit. */
function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (isClosedPipe(e)) closedPipe();
    else void reportFailure(e);
  });
}
