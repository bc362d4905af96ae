/**
 * One input piece → its output: decode, run the rules, encode. The same code runs in the main
 * thread and in the `--jobs` workers, so both report the same output and the same errors.
 */
import {
  decodeDocuments,
  decodeProtobufAnySignal,
  DecodeError,
  encodeDocument,
  EncodeError,
  encodeProtobuf,
  PropagatedError,
  type OtlpFormat,
  type Signal,
  type TelemetryDocument,
} from '../../api/index.js';
import type { InputPiece } from './input.js';
import type { WarningTally } from './warnings.js';

/** Where a document is: its 0-based number, its input line, and whether the input holds several. */
export interface DocumentAt {
  readonly index: number;
  readonly line: number;
  readonly many: boolean;
  /** `in.ndjson:12` when the input holds several documents, else the input's name. */
  readonly where: string;
}

/** What a command does to one document (`run`: transform; `filter`: drop). */
export interface DocumentJob<R> {
  /**
   * Runs the rules on `doc` in place. Returns the JSON text to write when it is not the plain
   * encoding (`--pretty`, `--diff`, a filtered document left empty), and a report for the command
   * to add up (the filter's counts).
   * @throws PropagatedError under `error_mode: propagate`.
   */
  run(doc: TelemetryDocument, at: DocumentAt): { readonly text?: string; readonly report?: R };
}

export interface DocumentOutcome<R> {
  /** The bytes or text to write (JSON ends with a newline). */
  readonly chunk: string | Uint8Array;
  readonly signal: Signal;
  readonly report: R | undefined;
}

export interface PieceOutcome<R> {
  readonly documents: DocumentOutcome<R>[];
  /** The complete message of the document that failed (the piece stops there), or null. */
  readonly failure: string | null;
  /** Decoder notices (a repeated attribute key), each a complete line. */
  readonly notices: string[];
}

export interface PieceContext<R> {
  readonly inputName: string;
  readonly outputFormat: OtlpFormat;
  readonly job: DocumentJob<R>;
  readonly tally: WarningTally;
}

/**
 * Decodes, runs and encodes the documents of one piece, stopping at the first that fails.
 * `index` is the number of documents before the piece; `many` whether the input holds several.
 * @throws only what is not a library error (a bug), for the caller to report as internal.
 */
export function processPiece<R>(piece: InputPiece, index: number, many: boolean, ctx: PieceContext<R>): PieceOutcome<R> {
  const notices: string[] = [];
  const documents: DocumentOutcome<R>[] = [];
  const where = many ? `${ctx.inputName}:${piece.line}` : ctx.inputName;
  let docs: TelemetryDocument[];
  try {
    docs =
      piece.format === 'protobuf'
        ? [decodeProtobufAnySignal(piece.bytes, ctx.inputName)]
        : decodeDocuments(piece.bytes, ctx.inputName, { start: piece, onNotice: (n) => notices.push(n.message) });
  } catch (e) {
    if (e instanceof DecodeError) return { documents, failure: e.message, notices };
    throw e;
  }
  for (const doc of docs) {
    const at: DocumentAt = { index: index + documents.length, line: piece.line, many: many || docs.length > 1, where };
    ctx.tally.at(where, doc);
    try {
      const { text, report } = ctx.job.run(doc, at);
      const chunk = ctx.outputFormat === 'json' ? (text ?? encodeDocument(doc)) + '\n' : encodeProtobuf(doc);
      documents.push({ chunk, signal: doc.signal, report });
    } catch (e) {
      const why = documentFailure(e);
      if (why === null) throw e;
      return { documents, failure: `${where}: ${why}`, notices };
    } finally {
      ctx.tally.at(where, null);
    }
  }
  return { documents, failure: null, notices };
}

/**
 * Why one document could not be processed, when it is the data's or the rules' fault: a rule
 * failing under `error_mode: propagate`, or a result that cannot be written as OTLP. Null for
 * anything else (a bug).
 */
export function documentFailure(e: unknown): string | null {
  if (e instanceof PropagatedError) return `error_mode propagate: ${e.message}`;
  if (e instanceof EncodeError) return `the result cannot be written as OTLP: ${e.message}`;
  return null;
}
