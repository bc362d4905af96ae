/**
 * The streaming loop of `ottl run` and `ottl filter`: pieces are read, processed and written one
 * after another (see `input.ts` and `output.ts`), so memory holds about one document. Nothing is
 * put in place unless every document succeeded; the first failure by input order is the one
 * reported. With `--jobs N` on newline-delimited input, the lines after the first document are
 * read in batches, processed by this thread and worker threads (`jobs.ts`), and written in input
 * order.
 */
import type { OtlpFormat, Signal } from '../../api/index.js';
import { CliError } from '../main.js';
import type { DocumentJob, PieceOutcome } from './documents.js';
import { processPiece } from './documents.js';
import { CHUNK_BYTES, isLineBatch, openInput, readPieces, type InputPiece, type LineBatch } from './input.js';
import type { PoolWorker } from './pool.js';
import { openOutput, type OutputSink } from './output.js';
import type { WarningTally } from './warnings.js';

/**
 * Unless started up front (a file of {@link WORKERS_UP_FRONT_BYTES}), workers start once this many
 * lines, and this much time, went by in the main thread: a worker
 * costs about what the CLI's own start-up costs (loading the library, compiling the rules), which
 * inputs done sooner would not win back.
 */
export const FIRST_BATCH_LINES = 256;
export const FIRST_BATCH_MS = 1000;
/**
 * For a file of known size, workers start only when what is left would take this long in this
 * thread (estimated from the pace so far): starting them costs more than a shorter rest would win
 * on two cores (measured: a 113 MB file ran 15% slower with `--jobs 2` than in one thread, a
 * 360 MB one 18% faster).
 */
export const WORKERS_WORTH_MS = 2000;

export { WORKERS_UP_FRONT_BYTES } from './prestart.js';
/** Bytes per batch of lines: one read chunk, moved to a worker whole. */
const BATCH_BYTES = CHUNK_BYTES;
/** Reads and batches when eager (the tests): small, so that small inputs make many batches. */
const EAGER_CHUNK_BYTES = 64 << 10;
const EAGER_BATCH_BYTES = 16 << 10;


/**
 * `--jobs 1`: the lines are read in batches all the same, all processed in this thread. Batches
 * read into buffers that are reused, and write from buffers that are reused: the page faults of a
 * fresh buffer per line's read cost a sixth of a pass-through run.
 */
const ONE_THREAD: WorkerSetup = { jobs: 1, data: null, eager: false };

/** Whether the workers should take over now, or the main thread should go on alone. */
export function workersPay(setup: WorkerSetup, lines: number, elapsedMs: number, consumed: number, size: number | undefined): 'start' | 'not yet' | 'never' {
  if (setup.jobs <= 1) return 'never';
  if (setup.eager) return 'start';
  if (lines < FIRST_BATCH_LINES || elapsedMs < FIRST_BATCH_MS) return 'not yet';
  if (size === undefined || consumed === 0) return 'start';
  return (elapsedMs * (size - consumed)) / consumed >= WORKERS_WORTH_MS ? 'start' : 'never';
}

/** What the workers need to build the same job as the main thread (see `jobs.ts`). */
export interface WorkerSetup {
  /**
   * `--jobs`: how many threads process lines (2 or more): the main thread and `jobs - 1` workers,
   * or, when eager, `jobs` workers (see `workerThreads` in `prestart.ts`).
   */
  readonly jobs: number;
  /** Sent to every worker, which builds its job from it (`worker.ts`). */
  readonly data: unknown;
  /** Workers already started ({@link startEarly}), used once the input turns out to be lines. */
  readonly started?: readonly PoolWorker[];
  /**
   * Start the workers at the first line and wait for them instead of working while they start
   * (`OTTL_JOBS_EAGER=1`): for tests, which must see the workers do the work whatever the timing.
   */
  readonly eager: boolean;
}

export interface StreamOptions<R> {
  readonly input: string;
  readonly output: string;
  readonly inputFormat: 'auto' | OtlpFormat;
  readonly outputFormat: OtlpFormat;
  readonly job: DocumentJob<R>;
  readonly tally: WarningTally;
  /** The signals the config has rules for; the others pass through with a notice. */
  readonly ruled: ReadonlySet<Signal>;
  /** What the config's rules are called in that notice. */
  readonly rules: 'statements' | 'conditions';
  /** Adds up the job's per-document reports, in input order. */
  readonly onReport?: (report: R) => void;
  /** Parallel processing of NDJSON input; absent or undefined runs in this thread. */
  readonly workers?: WorkerSetup;
  /** `--max-document-size`: the largest document accepted, in bytes. */
  readonly maxDocumentBytes?: number;
}

export interface StreamSummary {
  readonly documents: number;
  readonly signals: ReadonlySet<Signal>;
}

const SINGULAR: Readonly<Record<Signal, string>> = { logs: 'log', traces: 'trace', metrics: 'metric' };

/**
 * Streams the input through the job into the output.
 * @throws CliError for unreadable input, an unwritable output and the first failing document
 *   (its line and why; the output is then left as it was).
 */
export async function streamDocuments<R>(options: StreamOptions<R>): Promise<StreamSummary> {
  const inputName = options.input === '-' ? '<stdin>' : options.input;
  const workers = options.workers ?? ONE_THREAD;
  const source = await openInput(options.input, workers.eager ? EAGER_CHUNK_BYTES : CHUNK_BYTES);
  let sink: OutputSink;
  try {
    sink = await openOutput(options.output);
  } catch (e) {
    await source.close();
    throw e;
  }
  const signals = new Set<Signal>();
  let documents = 0;
  let signalOfOutput: Signal | undefined;
  const ctx = { inputName, outputFormat: options.outputFormat, job: options.job, tally: options.tally };

  /** Writes a piece's outcome; throws its failure. */
  const consume = async (outcome: PieceOutcome<R>): Promise<void> => {
    for (const n of outcome.notices) process.stderr.write(n + '\n');
    for (const d of outcome.documents) {
      documents++;
      if (!signals.has(d.signal)) {
        signals.add(d.signal);
        if (!options.ruled.has(d.signal)) {
          process.stderr.write(`ottl: ${d.signal} passed through unchanged: the config has no ${SINGULAR[d.signal]} ${options.rules}\n`);
        }
      }
      if (options.outputFormat === 'protobuf') {
        if (signalOfOutput !== undefined && signalOfOutput !== d.signal) {
          throw new CliError(`ottl: --output-format protobuf writes one request of one signal; the input mixes ${signalOfOutput} and ${d.signal}`);
        }
        signalOfOutput = d.signal;
      }
      if (d.report !== undefined) options.onReport?.(d.report);
      await sink.write(d.chunk);
    }
    if (outcome.failure !== null) throw new CliError(outcome.failure + afterFailure(sink, options.output));
  };

  const pieces: AsyncGenerator<InputPiece | LineBatch, void, undefined> = readPieces(source, {
    format: options.inputFormat,
    inputName,
    fileHint: options.input === '-' ? undefined : options.input,
    maxDocumentBytes: options.maxDocumentBytes,
    batchBytes: workers.eager ? EAGER_BATCH_BYTES : BATCH_BYTES,
  });
  try {
    let next = await pieces.next();
    const began = performance.now();
    while (!next.done) {
      const piece = next.value;
      if (isLineBatch(piece) || piece.inLines) {
        const { runInWorkers } = await import('./jobs.js');
        const processHere = (p: InputPiece, index: number) => processPiece(p, index, true, ctx);
        const startNow = (lines: number, consumed: number) => workersPay(workers, lines, performance.now() - began, consumed, source.size);
        await runInWorkers<R>({ first: piece, rest: pieces, documents, setup: workers, ctx, consume, processHere, startNow });
        break;
      }
      // One piece of look-ahead tells whether the input holds more than one document.
      next = await pieces.next();
      await consume(processPiece(piece as InputPiece, documents, documents > 0 || !next.done, ctx));
    }
    if (documents === 0) {
      await sink.abort();
      process.stderr.write(`ottl: ${inputName} holds no documents; nothing was written\n`);
      return { documents, signals };
    }
    await sink.commit();
  } catch (e) {
    await sink.abort();
    throw e;
  } finally {
    await pieces.return(undefined);
  }
  return { documents, signals };
}

/** What a failure message adds about the output: untouched, or what a reader already has. */
function afterFailure(sink: OutputSink, output: string): string {
  if (sink.exposed === 0) return '; nothing was written';
  const to = output === '-' ? 'stdout' : output;
  return `; the documents before it were already written to ${to}`;
}
