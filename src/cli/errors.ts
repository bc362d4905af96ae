/** Which failures the CLI reports as one line, and which are bugs (see `reportFailure` in `main.ts`). */
import { ArgumentError, ConfigError, DecodeError, EncodeError, OttlRuntimeError, PropagatedError, RuleSetError } from '../api/index.js';
import { CliError } from './main.js';
import { fileErrorText, isFileError } from './stream/fs-errors.js';

/**
 * The one-line error for a failure that is not a bug: a CliError as it is, a library error by its
 * message, a file system error by its file and cause. Null for anything else (a bug).
 */
export function knownFailure(e: unknown): CliError | null {
  if (e instanceof CliError) return e;
  // These messages start with their file and position already.
  if (e instanceof RuleSetError || e instanceof ConfigError || e instanceof DecodeError) return new CliError(e.message);
  if (e instanceof EncodeError || e instanceof PropagatedError || e instanceof OttlRuntimeError || e instanceof ArgumentError) return new CliError(`ottl: ${e.message}`);
  if (isFileError(e)) return new CliError(`ottl: cannot ${e.syscall ?? 'use'} ${e.path === undefined ? 'a file' : JSON.stringify(e.path)}: ${fileErrorText(e)}`);
  return null;
}
