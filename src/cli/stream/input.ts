/**
 * Reading a document input piece by piece, so that memory holds one document at a time:
 *
 * - OTLP/protobuf has no framing: the whole input is one request, one piece.
 * - OTLP/JSON whose first document fits on its line is newline-delimited (NDJSON): from there on
 *   every line is one piece (blank lines are skipped). As in the decoder, a line that leaves a
 *   document open continues on the next lines (a pretty-printed document after one-line ones, read
 *   as values from there on), unless a line starting with `{` comes first: then it is a broken
 *   line, reported at its own line.
 * - Other OTLP/JSON (one pretty-printed document, or several one after the other) is cut into its
 *   top-level values by bracket depth, outside strings; each value is one piece.
 *
 * Each piece keeps the line and column where it starts, so the decoder's errors point into the
 * whole input. A piece may hold at most {@link MAX_DOCUMENT_BYTES} (the decoder needs it as one
 * JavaScript string); a longer one is an error at its line.
 */
import { constants as bufferConstants } from 'node:buffer';
import { promises as fsp } from 'node:fs';
import { detectFormat, type OtlpFormat } from '../../api/index.js';
import { CliError } from '../main.js';
import { fileErrorText } from './fs-errors.js';

/** One document's bytes (one NDJSON line, one JSON value, or the protobuf request) and where it starts. */
export interface InputPiece {
  readonly bytes: Buffer;
  readonly format: OtlpFormat;
  /** 1-based line and column (in code points) of the piece's first byte; 1, 1 for protobuf. */
  readonly line: number;
  readonly column: number;
  /** True for a line of newline-delimited input (then every later piece is one line too). */
  readonly inLines: boolean;
}

/** The most bytes one document may have: what one JavaScript string can hold (about 512 MiB). */
export const MAX_DOCUMENT_BYTES = bufferConstants.MAX_STRING_LENGTH;

/** Bytes looked at to tell JSON from protobuf (as `detectFormat` does). */
const SNIFF_BYTES = 4096;

export interface ReadOptions {
  /** `--input-format`: `auto` goes by content, with the file name as a hint for empty input. */
  readonly format: 'auto' | OtlpFormat;
  /** The input's name in messages (`<stdin>` for stdin). */
  readonly inputName: string;
  /** The file name whose extension hints at the format (absent for stdin). */
  readonly fileHint?: string;
  /** `--max-document-size`: a smaller limit than {@link MAX_DOCUMENT_BYTES} (a larger one is capped). */
  readonly maxDocumentBytes?: number;
  /**
   * For `--jobs`: in newline-delimited input, hand out runs of one-document lines as
   * {@link LineBatch}es of about this many bytes (at most what one chunk holds) instead of line by line.
   */
  readonly batchBytes?: number;
}

/**
 * Complete lines of newline-delimited input, each ended by a newline: blank ones, and ones that
 * hold one document each (none too long, none leaving a document open), to be cut into lines by
 * whoever processes them (`batch.ts`).
 */
export interface LineBatch {
  readonly bytes: Buffer;
  /** The 1-based line of the first byte. */
  readonly line: number;
  /** How many lines the bytes hold, and how many of them are not blank. */
  readonly lines: number;
  readonly documents: number;
  /**
   * Whether nothing else reads `bytes.buffer`: it may be moved to another thread (then this
   * module no longer reads it either). Pieces handed out before must be done with by then.
   */
  readonly movable: boolean;
}

export const isLineBatch = (p: InputPiece | LineBatch): p is LineBatch => 'movable' in p;

/** An opened input: its chunks, and `close` for when they will not be read (reading to the end closes it). */
export interface InputSource extends AsyncIterable<Buffer> {
  close(): Promise<void>;
  /** The size in bytes of a regular file; undefined for stdin, pipes and devices. */
  readonly size?: number;
}

/**
 * Bytes read from a file at a time; with `--jobs`, also the most a batch of lines holds (small
 * batches keep the threads evenly busy: the last ones a worker is given are not waited for long).
 */
export const CHUNK_BYTES = 256 << 10;

/**
 * The buffers this module allocated and hands on whole: nothing else reads them, so the bytes of a
 * {@link LineBatch} in one of them may be moved to a worker instead of copied.
 */
const ownBuffers = new WeakSet<ArrayBufferLike>();

/**
 * Read buffers given back once their bytes are done with ({@link recycle}): reading into a fresh
 * buffer costs the system more than the read (measured: 225 ms of system time for 113 MB in fresh
 * 256 kB buffers, 40 ms reusing one).
 */
const spare: ArrayBuffer[] = [];
const SPARE_BUFFERS = 16;
/**
 * The size of a read buffer: a chunk and room for the start of a line left from the chunk before,
 * so that joining the two takes a spare buffer too (a fresh one per chunk cost as much as the
 * fresh read buffers).
 */
const SPARE_BYTES = CHUNK_BYTES + (64 << 10);

/**
 * Gives back the buffer of a {@link LineBatch} that was movable (it holds nothing else), once
 * nothing reads its bytes any more, to be read into again. Buffers of another size are dropped.
 */
export function recycle(buffer: ArrayBuffer): void {
  if (buffer.byteLength === SPARE_BYTES && spare.length < SPARE_BUFFERS) spare.push(buffer);
}

/** A buffer of this module's own for `bytes`: a spare one when they fit in it. */
function ownBuffer(bytes: number): Buffer {
  const reused = bytes <= SPARE_BYTES ? spare.pop() : undefined;
  const buffer = reused === undefined ? Buffer.allocUnsafeSlow(bytes <= SPARE_BYTES ? SPARE_BYTES : bytes) : Buffer.from(reused);
  ownBuffers.add(buffer.buffer);
  return buffer;
}

/**
 * Opens a file (or `-`, standard input) as a stream of chunks (of `chunkBytes` for a file).
 * @throws CliError `cannot read input "x": no such file` (or `is a directory`, `permission denied`).
 */
export async function openInput(pathOrDash: string, chunkBytes = CHUNK_BYTES): Promise<InputSource> {
  if (pathOrDash === '-') return { [Symbol.asyncIterator]: () => (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator](), close: async () => {} };
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(pathOrDash, 'r');
    // A directory opens on Linux; reading it would fail later with EISDIR, so say it now.
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    }
  } catch (e) {
    throw new CliError(`ottl: cannot read input ${JSON.stringify(pathOrDash)}: ${fileErrorText(e)}`);
  }
  const opened = handle;
  const stat = await opened.stat();
  return Object.assign(readChunks(opened, pathOrDash, chunkBytes), { close: () => opened.close().catch(() => {}), size: stat.isFile() ? stat.size : undefined });
}

async function* readChunks(handle: fsp.FileHandle, path: string, chunkBytes: number): AsyncGenerator<Buffer> {
  const readOne = async (): Promise<Buffer | null> => {
    // A buffer of its own per read: a batch of lines in it can be moved to a worker.
    const chunk = ownBuffer(chunkBytes);
    const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null);
    if (bytesRead === 0) {
      recycle(chunk.buffer as ArrayBuffer);
      return null;
    }
    return chunk.subarray(0, bytesRead);
  };
  // The next chunk is read while this one is processed.
  let next = readOne();
  try {
    for (;;) {
      const chunk = await next;
      if (chunk === null) return;
      next = readOne();
      next.catch(() => {});
      yield chunk;
    }
  } catch (e) {
    throw new CliError(`ottl: cannot read input ${JSON.stringify(path)}: ${fileErrorText(e)}`);
  } finally {
    await next.catch(() => null);
    await handle.close().catch(() => {});
  }
}

const NL = 0x0a;

/**
 * The complete lines at `buf[pos]` that lines mode would hand out one by one as one-document
 * pieces, up to about `limit` bytes; null when the first line is not one (it has no newline yet,
 * is too long, or leaves a document open): lines mode takes that one alone.
 */
function cutBatch(buf: Buffer, pos: number, line: number, limit: number, max: number): LineBatch | null {
  let end = pos;
  let lines = 0;
  let documents = 0;
  while (end - pos < limit) {
    const nl = buf.indexOf(NL, end);
    if (nl === -1 || nl - end > max) break;
    const bytes = buf.subarray(end, nl);
    if (lastNonBlank(bytes) !== 0x7d && opensDocument(bytes)) break;
    if (!isBlank(bytes[0] ?? NL) || bytes.some((b) => !isBlank(b))) documents++;
    lines++;
    end = nl + 1;
  }
  if (lines === 0) return null;
  // Movable only when nothing after it in the buffer is a complete line still to hand out.
  const movable = ownBuffers.has(buf.buffer) && buf.indexOf(NL, end) === -1;
  return { bytes: buf.subarray(pos, end), line, lines, documents, movable };
}

/** Bracket depth and string state while scanning JSON bytes (strings may hold brackets). */
interface BracketState {
  depth: number;
  inString: boolean;
  escaped: boolean;
}

function scanBrackets(bytes: Uint8Array, state: BracketState): void {
  for (const b of bytes) {
    if (state.inString) {
      if (state.escaped) state.escaped = false;
      else if (b === 0x5c) state.escaped = true;
      else if (b === 0x22) state.inString = false;
    } else if (b === 0x22) state.inString = true;
    else if (b === 0x7b || b === 0x5b) state.depth++;
    else if (b === 0x7d || b === 0x5d) state.depth--;
  }
}

/** Whether a line leaves a document open (more opening brackets than closing ones, or a string). */
function opensDocument(bytes: Uint8Array): boolean {
  const state = { depth: 0, inString: false, escaped: false };
  scanBrackets(bytes, state);
  return state.depth > 0 || state.inString;
}

function lastNonBlank(bytes: Uint8Array): number | undefined {
  for (let i = bytes.length - 1; i >= 0; i--) if (!isBlank(bytes[i])) return bytes[i];
  return undefined;
}
const isBlank = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
/** A UTF-8 continuation byte does not start a code point, so it adds no column. */
const isContinuation = (b: number) => (b & 0xc0) === 0x80;

/**
 * Cuts the input into pieces (see the file comment). The input's bytes are read as they are
 * needed: a piece is handed out before the next one is read.
 */
export function readPieces(source: AsyncIterable<Buffer>, options: ReadOptions & { batchBytes?: undefined }): AsyncGenerator<InputPiece, void, undefined>;
export function readPieces(source: AsyncIterable<Buffer>, options: ReadOptions): AsyncGenerator<InputPiece | LineBatch, void, undefined>;
export async function* readPieces(source: AsyncIterable<Buffer>, options: ReadOptions): AsyncGenerator<InputPiece | LineBatch, void, undefined> {
  const chunks = source[Symbol.asyncIterator]();
  try {
    yield* cutPieces(chunks, options);
  } finally {
    // Stopped early (an error in a document): the input is closed now, not when collected.
    await chunks.return?.();
  }
}

async function* cutPieces(chunks: AsyncIterator<Buffer>, options: ReadOptions): AsyncGenerator<InputPiece | LineBatch, void, undefined> {
  const max = Math.min(options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES);
  // The bytes read but not yet consumed start at `buf[pos]`.
  let buf: Buffer = Buffer.alloc(0);
  let pos = 0;
  let eof = false;
  const more = async (): Promise<boolean> => {
    if (eof) return false;
    const next = await chunks.next();
    if (next.done) {
      eof = true;
      return false;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    if (pos >= buf.length) buf = chunk;
    else {
      const rest = buf.length - pos;
      const joined = ownBuffer(rest + chunk.length);
      buf.copy(joined, 0, pos);
      chunk.copy(joined, rest);
      // The chunk was only read into (nothing refers to it): it can be read into again.
      if (ownBuffers.has(chunk.buffer) && chunk.byteOffset === 0) recycle(chunk.buffer as ArrayBuffer);
      buf = joined.subarray(0, rest + chunk.length);
    }
    pos = 0;
    return true;
  };

  while (buf.length < SNIFF_BYTES && (await more()));
  const format = options.format === 'auto' ? detectFormat(buf, options.fileHint) : options.format;
  if (format === 'protobuf') {
    const all: Buffer[] = [buf];
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) all.push(r.value);
    const bytes = Buffer.concat(all);
    if (bytes.length > 0) yield { bytes, format, line: 1, column: 1, inLines: false };
    return;
  }
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;

  let line = 1;
  let column = 1;
  const tooLong = (atLine: number): CliError =>
    new CliError(
      max < MAX_DOCUMENT_BYTES
        ? `${options.inputName}:${atLine}: a document longer than ${max} bytes, the limit --max-document-size sets`
        : `${options.inputName}:${atLine}: a document longer than ${max} bytes: one NDJSON line or JSON document must fit in one JavaScript string; split the input into smaller documents`,
    );

  /** The bytes up to the next newline (which is consumed); `ended` is false at the end of input. */
  const readLine = async (at: number): Promise<{ bytes: Buffer; ended: boolean }> => {
    const parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      const nl = buf.indexOf(NL, pos);
      const end = nl === -1 ? buf.length : nl;
      parts.push(buf.subarray(pos, end));
      size += end - pos;
      if (size > max) throw tooLong(at);
      pos = nl === -1 ? buf.length : nl + 1;
      if (nl !== -1) return { bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts), ended: true };
      if (!(await more())) return { bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts), ended: false };
    }
  };
  /** The next unread byte, or undefined at the end of input. */
  const nextByte = async (): Promise<number | undefined> => (pos < buf.length || (await more()) ? buf[pos] : undefined);

  // Values mode: one top-level JSON value after another. Until the first one is known to fit on
  // its line; then lines mode.
  let lines = false;
  let first = true;
  for (;;) {
    // At the start of a line (not the rest of the first document's line, which keeps its column).
    if (lines && options.batchBytes !== undefined && column === 1) {
      const batch = cutBatch(buf, pos, line, Math.min(options.batchBytes, max), max);
      if (batch !== null) {
        pos += batch.bytes.length;
        line += batch.lines;
        if (batch.movable) {
          // The rest of the chunk (the start of a line) is copied out: the batch takes the buffer.
          buf = Buffer.from(buf.subarray(pos));
          pos = 0;
        }
        yield batch;
        continue;
      }
    }
    if (lines) {
      // Lines mode: the bytes up to the next newline are one piece.
      const startLine = line;
      const startColumn = column;
      const got = await readLine(line);
      column = 1;
      line++;
      let bytes = got.bytes;
      if (lastNonBlank(bytes) !== 0x7d && opensDocument(bytes)) {
        // A document that does not end on its line: a pretty-printed one after one-line ones is
        // read across lines (as the decoder does), up to a line starting a new document.
        const parts = [bytes];
        const state = { depth: 0, inString: false, escaped: false };
        scanBrackets(bytes, state);
        let size = bytes.length;
        let ended = got.ended;
        while (ended && (state.depth > 0 || state.inString) && (await nextByte()) !== 0x7b) {
          const next = await readLine(line);
          line++;
          ended = next.ended;
          parts.push(Buffer.from('\n'), next.bytes);
          size += next.bytes.length + 1;
          if (size > max) throw tooLong(startLine);
          scanBrackets(next.bytes, state);
        }
        bytes = parts.length === 1 ? bytes : Buffer.concat(parts);
        if (parts.length > 1 && state.depth === 0 && !state.inString) {
          // The decoder reads on across lines from here, and so do we (values mode).
          yield { bytes, format, line: startLine, column: startColumn, inLines: false };
          lines = false;
          if (!ended) return;
          continue;
        }
        if (parts.length > 1) {
          // Never closed before a new document: the first line alone, which fails at its own line.
          yield { bytes: got.bytes, format, line: startLine, column: startColumn, inLines: true };
          return;
        }
      }
      if (bytes.some((b) => !isBlank(b))) yield { bytes, format, line: startLine, column: startColumn, inLines: true };
      if (!got.ended) return;
      continue;
    }

    // Skip blanks before the next value.
    for (;;) {
      while (pos < buf.length && isBlank(buf[pos])) {
        if (buf[pos] === NL) {
          line++;
          column = 1;
        } else column++;
        pos++;
      }
      if (pos < buf.length || !(await more())) break;
    }
    if (pos >= buf.length) return;

    const startLine = line;
    const startColumn = column;
    const parts: Buffer[] = [];
    let size = 0;
    let start = pos;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let newlineInside = false;
    const scalar = buf[pos] !== 0x7b && buf[pos] !== 0x5b;
    let done = false;
    while (!done) {
      for (; pos < buf.length; pos++) {
        const b = buf[pos];
        if (scalar) {
          // Not an object: its decoding fails at its first byte; cut it at the next blank or bracket.
          if (pos > start || parts.length > 0) {
            if (isBlank(b) || b === 0x7b || b === 0x5b) {
              done = true;
              break;
            }
          }
        } else if (inString) {
          if (escaped) escaped = false;
          else if (b === 0x5c) escaped = true;
          else if (b === 0x22) inString = false;
        } else if (b === 0x22) inString = true;
        else if (b === 0x7b || b === 0x5b) depth++;
        else if (b === 0x7d || b === 0x5d) {
          depth--;
          if (depth === 0) {
            column++;
            pos++;
            done = true;
            break;
          }
        }
        if (b === NL) {
          line++;
          column = 1;
          newlineInside = true;
        } else if (!isContinuation(b)) column++;
      }
      parts.push(buf.subarray(start, pos));
      size += pos - start;
      if (size > max) throw tooLong(startLine);
      if (done || !(await more())) break;
      start = 0;
    }
    yield { bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts), format, line: startLine, column: startColumn, inLines: false };
    // The first document fits on its line: newline-delimited input from here on (the rest of
    // its line is a line of its own, usually blank). Only the first document decides.
    if (first) lines = !newlineInside && !scalar;
    first = false;
  }
}
