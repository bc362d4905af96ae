/**
 * Errors raised while evaluating compiled rules.
 *
 * Evaluation throws {@link OttlRuntimeError}; the statement and condition sequences catch it and
 * apply the error mode (ignore / silent / propagate), quoting the statement text. Throwing keeps the
 * success path allocation-free; errors are the rare path.
 */
export class OttlRuntimeError extends Error {
  override readonly name = 'OttlRuntimeError';
}

/** Shorthand used by getters and functions. */
export function runtimeError(message: string): never {
  throw new OttlRuntimeError(message);
}
