/**
 * Building a string whose size the data controls, under the output limit of `limits.ts`: pieces are
 * collected and joined once, and the running length is checked on every append, so a result over the
 * limit fails before it is allocated.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import { TextLimitError } from '../../core/text/regex.js';
import { functionLimits, stringLimitMessage } from './limits.js';

/** A result over the output limit; a run-time error that callers which skip failed entries still let through. */
export class OutputLimitError extends OttlRuntimeError {}

/** An append-only text with a length bound; {@link BoundedText.append} throws once it is passed. */
export class BoundedText {
  private readonly parts: string[] = [];
  private size = 0;

  /** @param fn the function name, for the error message; `limit` defaults to `maxStringLength`. */
  constructor(
    private readonly fn: string,
    readonly limit: number = functionLimits().maxStringLength,
  ) {}

  /** Appends `s`. @throws OttlRuntimeError when the text would pass the limit. */
  append(s: string): void {
    this.size += s.length;
    if (this.size > this.limit) throw new OutputLimitError(stringLimitMessage(this.fn, this.limit));
    if (s !== '') this.parts.push(s);
  }

  get length(): number {
    return this.size;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Throws OutputLimitError when `length` is over the output limit (for one-shot results such as `join`). */
export function checkOutputLength(fn: string, length: number): void {
  const limit = functionLimits().maxStringLength;
  if (length > limit) throw new OutputLimitError(stringLimitMessage(fn, limit));
}

/** Runs `build`, turning a regex helper's {@link TextLimitError} into the function's run-time error. */
export function withOutputLimit<T>(fn: string, build: (maxLength: number) => T): T {
  const limit = functionLimits().maxStringLength;
  try {
    return build(limit);
  } catch (e) {
    if (e instanceof TextLimitError) throw new OutputLimitError(stringLimitMessage(fn, limit));
    throw e;
  }
}
