/**
 * Error modes, as in the reference: `ignore` logs and goes on, `silent` goes on quietly,
 * `propagate` stops and fails the whole payload.
 */
export type ErrorMode = 'ignore' | 'silent' | 'propagate';

export const ERROR_MODES: readonly ErrorMode[] = ['ignore', 'silent', 'propagate'];

export function isErrorMode(v: unknown): v is ErrorMode {
  return typeof v === 'string' && (ERROR_MODES as readonly string[]).includes(v);
}

/** Receives the warnings that `ignore` logs. */
export interface Logger {
  warn(message: string, fields: Record<string, string>): void;
}

/** Discards everything. */
export const NO_LOGGER: Logger = { warn: () => {} };

/** A runtime failure under `propagate`: the payload is dropped and the caller sees this error. */
export class PropagatedError extends Error {
  override readonly name = 'PropagatedError';
  constructor(
    message: string,
    /** The statement or condition text that failed. */
    readonly statement: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}
