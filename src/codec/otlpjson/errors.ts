/**
 * Errors raised while decoding OTLP/JSON. Decoding stops at the first problem and reports where it
 * is: the file, the line, and the JSON path of the offending value (or the line and column of a
 * JSON syntax error).
 */

/** A document that is not valid OTLP/JSON. The message is complete and ready to print. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';

  /**
   * @param fileName the input's name as given to the decoder (`-` for stdin).
   * @param line 1-based line where the offending value (or syntax error) starts.
   * @param column 1-based column for JSON syntax errors; `undefined` for data errors.
   * @param path JSON path of the offending value (`resourceLogs[0].scopeLogs[1]…`); `''` for syntax errors.
   * @param detail what is wrong, e.g. `expected an int64, got "abc"`.
   * @param byteOffset for binary (OTLP/protobuf) input: the 0-based offset of the offending bytes;
   *   `line` is then 0 and the message says `file: byte N: path: detail`.
   */
  constructor(
    readonly fileName: string,
    readonly line: number,
    readonly column: number | undefined,
    readonly path: string,
    readonly detail: string,
    readonly byteOffset?: number,
  ) {
    const where =
      byteOffset !== undefined ? `${fileName}: byte ${byteOffset}` : column === undefined ? `${fileName}:${line}` : `${fileName}:${line}:${column}`;
    super(path === '' ? `${where}: ${detail}` : `${where}: ${path}: ${detail}`);
  }
}

/**
 * Internal error thrown by the readers: a message plus the text offset it refers to. Each decoder
 * frame on the way up adds its field name or index, so the happy path carries no path bookkeeping.
 */
export class ValueError extends Error {
  /** Path segments, outermost first once fully unwound (`.name` or `[3]`). */
  readonly segments: string[] = [];

  constructor(
    readonly detail: string,
    readonly offset: number,
    /** True for JSON syntax errors, which are reported by line and column instead of path. */
    readonly syntax = false,
  ) {
    super(detail);
  }
}

/** Adds an object field name to an error's path while it unwinds. */
export function inField(err: unknown, key: string): unknown {
  if (err instanceof ValueError && !err.syntax) {
    err.segments.push(/^[A-Za-z_$][\w$]*$/.test(key) ? '.' + key : `[${JSON.stringify(key)}]`);
  }
  return err;
}

/** Adds an array index to an error's path while it unwinds. */
export function atIndex(err: unknown, index: number): unknown {
  if (err instanceof ValueError && !err.syntax) err.segments.push(`[${index}]`);
  return err;
}

/** Path segments shown in full; longer paths keep their first and last halves of this. */
const MAX_PATH_SEGMENTS = 24;

/** Turns an internal error into the public {@link DecodeError} for `fileName`. */
export function toDecodeError(err: ValueError, text: string, fileName: string, base = 0): DecodeError {
  // Readers of one NDJSON line count offsets from the line's start (`base`).
  const offset = err.offset + base;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let path = '';
  const segs = err.segments;
  for (let i = segs.length - 1; i >= 0; i--) {
    // A deeply nested value's path is elided in the middle, so the message stays one readable line.
    if (segs.length > MAX_PATH_SEGMENTS && i === segs.length - 1 - MAX_PATH_SEGMENTS / 2) {
      const skip = segs.length - MAX_PATH_SEGMENTS;
      path += `…(${skip} more)…`;
      i -= skip - 1;
      continue;
    }
    path += segs[i];
  }
  if (path.startsWith('.')) path = path.slice(1);
  // Columns count code points, as editors do.
  const column = err.syntax ? [...text.slice(lineStart, offset)].length + 1 : undefined;
  return new DecodeError(fileName, line, column, path, err.detail);
}

/** Shortens a value quoted in a message so one bad megabyte string does not flood the terminal. */
export function quote(s: string): string {
  const q = JSON.stringify(s.length > 60 ? s.slice(0, 57) : s);
  return s.length > 60 ? q.slice(0, -1) + '…"' : q;
}

/**
 * A model that cannot be written as OTLP/JSON: a value nested deeper than `MAX_VALUE_DEPTH`, or a
 * runtime-only value (time, duration, id object) left in an attribute or body. The message names
 * the place, e.g. `resourceLogs[0].scopeLogs[0].logRecords[2].body: value nested deeper than …`.
 */
export class EncodeError extends Error {
  override readonly name = 'EncodeError';
  /** Path segments, innermost first while the error unwinds. */
  private readonly segments: string[] = [];

  constructor(readonly detail: string) {
    super(detail);
  }

  /** JSON path of the offending value in the document (`resourceLogs[0]…`). */
  get path(): string {
    let path = '';
    for (let i = this.segments.length - 1; i >= 0; i--) path += this.segments[i];
    return path.startsWith('.') ? path.slice(1) : path;
  }

  /** Adds a segment (`.name`, `[3]`, `["key"]`) while unwinding and refreshes the message. */
  within(segment: string): this {
    this.segments.push(segment);
    this.message = `${this.path}: ${this.detail}`;
    return this;
  }
}
