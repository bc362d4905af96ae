/**
 * A batch of NDJSON lines as `--jobs` processes it: one run of complete lines, cut from the input by
 * the main thread (`input.ts`) and sent as raw bytes; a worker (or the main thread, for its share)
 * splits it into lines, processes each with `processPiece`, and returns the documents' output as
 * one byte buffer with what the main thread needs to write it in input order. Bytes move between
 * threads as transferred buffers (not copied), so the main thread only reads, orders and writes.
 */
import type { Signal } from '../../api/index.js';
import { ByteGather } from './byte-gather.js';
import { processPiece, type PieceContext } from './documents.js';
import type { WarningEvent } from './warnings.js';

/** Lines for the workers, as the main thread sends them. */
export interface BatchRequest {
  readonly id: number;
  /** The lines (each ended by a newline) are `length` bytes at `offset` of the buffer (moved when possible). */
  readonly buffer: ArrayBuffer;
  readonly offset: number;
  readonly length: number;
  /** The 1-based input line of the first byte. */
  readonly line: number;
  /** The number of documents before the batch (for `document N` labels). */
  readonly firstIndex: number;
  /** Output buffers of earlier batches, written and given back to be filled again (moved). */
  readonly spareOutputs?: readonly ArrayBuffer[];
}

/** One document of a batch's output: its bytes are the next `bytes` of {@link BatchResult.output}. */
export interface BatchDocument {
  readonly bytes: number;
  readonly signal: Signal;
  readonly report: unknown;
}

/** What one line gave: its documents, then its failure (the batch stops there). */
export interface LineResult {
  readonly documents: readonly BatchDocument[];
  readonly failure: string | null;
  /** Decoder notices, each a complete line. */
  readonly notices: readonly string[];
  /** The warnings the line raised, added to the main thread's tally in input order. */
  readonly warnings: readonly WarningEvent[];
}

export interface BatchResult {
  readonly id: number;
  /** The lines' output, one document after another from its start (moved, not copied). */
  readonly output: ArrayBuffer;
  /** The request's buffer, given back from a worker to be read into again. */
  readonly input?: ArrayBuffer;
  readonly lines: readonly LineResult[];
  /** The stack of an exception that is not a library error: a bug, reported as internal. */
  readonly internal?: string;
}

const NL = 0x0a;
const isBlank = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Processes the lines of a batch in order, stopping at the first failure. Blank lines are skipped,
 * as in one thread. `takeWarnings` returns (and forgets) the warnings `ctx.tally` forwarded since
 * it was last called.
 */
export function runBatch(ctx: PieceContext<unknown>, request: BatchRequest, takeWarnings: () => WarningEvent[]): BatchResult {
  const bytes = Buffer.from(request.buffer, request.offset, request.length);
  const out = batchOutput(request.length);
  const lines: LineResult[] = [];
  let index = request.firstIndex;
  let line = request.line;
  try {
    for (let start = 0; start < bytes.length; line++) {
      let end = bytes.indexOf(NL, start);
      if (end === -1) end = bytes.length;
      const lineStart = start;
      start = end + 1;
      if (!hasContent(bytes, lineStart, end)) continue;
      const piece = { bytes: bytes.subarray(lineStart, end), format: 'json' as const, line, column: 1, inLines: true };
      takeWarnings();
      const outcome = processPiece(piece, index, true, ctx);
      index += outcome.documents.length;
      const documents = outcome.documents.map((d) => ({ bytes: out.add(d.chunk), signal: d.signal, report: d.report }));
      lines.push({ documents, failure: outcome.failure, notices: outcome.notices, warnings: takeWarnings() });
      // The first failure ends the run: the lines after it need not be done.
      if (outcome.failure !== null) break;
    }
    return { id: request.id, output: out.bytes.buffer as ArrayBuffer, lines };
  } catch (e) {
    return { id: request.id, output: out.bytes.buffer as ArrayBuffer, lines, internal: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

function hasContent(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlank(bytes[i])) return true;
  return false;
}

/**
 * Output buffers given back once their bytes are written ({@link releaseOutput}), to encode later
 * batches into: a fresh buffer per batch costs page faults (the same lever as the read buffers).
 */
const spareOutputs: ArrayBuffer[] = [];
const SPARE_OUTPUTS = 16;
/** The largest output buffer kept (one grown by a huge line is dropped). */
const SPARE_OUTPUT_LIMIT = 4 << 20;

/** Gives back a batch's output buffer once nothing reads its bytes any more. */
export function releaseOutput(buffer: ArrayBuffer): void {
  if (buffer.byteLength <= SPARE_OUTPUT_LIMIT && spareOutputs.length < SPARE_OUTPUTS) spareOutputs.push(buffer);
}

/** A buffer of at least `bytes`: a spare one when one is large enough. */
function outputBuffer(bytes: number): ArrayBuffer {
  for (let i = spareOutputs.length - 1; i >= 0; i--) {
    const spare = spareOutputs[i];
    if (spare.byteLength >= bytes) {
      spareOutputs[i] = spareOutputs[spareOutputs.length - 1];
      spareOutputs.pop();
      return spare;
    }
  }
  return new ArrayBuffer(bytes);
}

/** A batch's output: gathered in pooled buffers. */
function batchOutput(expected: number): ByteGather {
  const fresh = (size: number) => Buffer.from(outputBuffer(size));
  return new ByteGather(fresh(Math.max(expected + (expected >> 3), 1024)), fresh, (outgrown) => releaseOutput(outgrown.buffer as ArrayBuffer));
}
