/**
 * `--jobs N`: the lines of newline-delimited input go in batches (`batch.ts`) to worker threads
 * (`pool.ts`), and their outputs are written in input order as they come back. The main thread
 * processes a batch itself when no worker can take it: while the workers start (loading and
 * compiling take about as long as the CLI's own start-up), before they are found worth starting,
 * and, with `N - 1` workers, as the N-th job. At most four batches per worker are in flight, and
 * the main thread runs at most 16 ahead of them, so memory stays bounded whatever the input's size. The first failure by input order is the one
 * reported, exactly as in one thread: the batches before it are written, the others are
 * discarded, and the output is not put in place.
 */
import { releaseOutput, runBatch, type BatchRequest, type BatchResult } from './batch.js';
import type { PieceContext, PieceOutcome } from './documents.js';
import { isLineBatch, recycle, type InputPiece, type LineBatch } from './input.js';
import { startWorkers, WorkerCrash, type PoolWorker } from './pool.js';
import { workerThreads } from './prestart.js';
import type { WorkerSetup } from './run-stream.js';
import type { WarningEvent, WarningTally } from './warnings.js';

/**
 * Batches a worker is given before the first comes back: enough to keep it busy while the main
 * thread processes a batch of its own (measured: with 2, the worker waited a fifth of the time).
 */
const IN_FLIGHT_PER_WORKER = 4;
/**
 * Batches the main thread may process ahead of the oldest one still in a worker (their output,
 * about a batch's size each, waits to be written in order): enough that it seldom stops while a
 * worker that lost its core for a while finishes.
 */
const AHEAD_HERE = 16;

export interface WorkersRun<R> {
  /** The first line (or batch) for the workers, and the pieces after it. */
  readonly first: InputPiece | LineBatch;
  readonly rest: AsyncIterator<InputPiece | LineBatch>;
  /** Documents already written by the main thread. */
  readonly documents: number;
  readonly setup: WorkerSetup;
  /** How the main thread processes pieces; its tally is the run's. */
  readonly ctx: PieceContext<R>;
  /** Writes a line's outcome (in input order); throws its failure. */
  readonly consume: (outcome: PieceOutcome<R>) => Promise<void>;
  /** Processes a piece that is not a line in this thread (a pretty-printed document in between). */
  readonly processHere: (piece: InputPiece, index: number) => PieceOutcome<R>;
  /** Whether workers that have not started yet should now (see `workersPay`). */
  readonly startNow: (lines: number, consumed: number) => 'start' | 'not yet' | 'never';
}

interface Pending {
  readonly result: Promise<BatchResult>;
  done: boolean;
  /** Processed by a worker, whose output buffer goes back to the workers once written. */
  readonly inWorker: boolean;
}

/** Output buffers returned with one request: what a worker's batches use between two requests. */
const SPARES_PER_REQUEST = 2;

/** Processes every remaining piece, in workers where possible, writing the outcomes in input order. */
export async function runInWorkers<R>(run: WorkersRun<R>): Promise<void> {
  const { setup, ctx } = run;
  const tally: WarningTally = ctx.tally;
  let workers: readonly PoolWorker[] | null = setup.started ?? null;
  let never = false;
  const queue: Pending[] = [];
  let documents = run.documents;
  // Documents are numbered one per line in batches sent ahead (a line rarely holds several).
  let numbered = run.documents;
  let id = 0;
  let lines = 0;
  let consumed = 0;

  /** Output buffers of workers' batches, written: sent back with the next requests. */
  const written: ArrayBuffer[] = [];
  const consumeResult = async (result: BatchResult, inWorker: boolean) => {
    if (result.input !== undefined) recycle(result.input);
    const output = Buffer.from(result.output);
    let at = 0;
    for (const line of result.lines) {
      for (const w of line.warnings) tally.add(w);
      const docs = line.documents.map((d) => ({ chunk: output.subarray(at, (at += d.bytes)), signal: d.signal, report: d.report as R }));
      documents += docs.length;
      await run.consume({ documents: docs, failure: line.failure, notices: [...line.notices] });
    }
    // The sink keeps no reference to written bytes: the buffer can be filled again.
    if (!inWorker) releaseOutput(result.output);
    else if (written.length < SPARES_PER_REQUEST * IN_FLIGHT_PER_WORKER * (workers?.length ?? 0)) written.push(result.output);
    if (result.internal !== undefined) throw new WorkerCrash(result.internal);
  };
  const finishOldest = async () => {
    const oldest = queue.shift()!;
    await consumeResult(await oldest.result, oldest.inWorker);
  };
  const finishDone = async () => {
    while (queue.length > 0 && queue[0].done) await finishOldest();
  };
  const enqueue = (result: Promise<BatchResult>) => {
    const pending: Pending = { result, done: false, inWorker: true };
    result.then(
      () => (pending.done = true),
      () => (pending.done = true),
    );
    queue.push(pending);
  };
  const enqueueDone = (result: BatchResult) => queue.push({ result: Promise.resolve(result), done: true, inWorker: false });
  const runHere = (request: BatchRequest): BatchResult => {
    let warnings: WarningEvent[] = [];
    tally.forward = (w) => warnings.push(w);
    try {
      return runBatch(ctx as PieceContext<unknown>, request, () => {
        const taken = warnings;
        warnings = [];
        return taken;
      });
    } finally {
      tally.forward = null;
    }
  };
  /** The worker to send to: a ready one (any, when eager) with room, the least busy first. */
  const pick = (): PoolWorker | undefined => {
    let best: PoolWorker | undefined;
    for (const w of workers ?? []) if ((w.ready || setup.eager) && w.busy < IN_FLIGHT_PER_WORKER && (best === undefined || w.busy < best.busy)) best = w;
    return best;
  };

  try {
    let next: IteratorResult<InputPiece | LineBatch> = { done: false, value: run.first };
    for (; !next.done; next = await run.rest.next()) {
      const piece = next.value;
      // A line handed out alone (it spans two chunks, or ends the input) is a batch of one.
      const request = isLineBatch(piece) || (piece.inLines && piece.column === 1) ? requestFor(piece, id, numbered) : null;
      if (request === null) {
        // Not a line: written after everything before it, processed here.
        while (queue.length > 0) await finishOldest();
        await run.consume(run.processHere(piece as InputPiece, documents));
        numbered = documents;
        continue;
      }
      id++;
      numbered += isLineBatch(piece) ? piece.documents : 1;
      lines += isLineBatch(piece) ? piece.lines : 1;
      consumed += request.length;
      if (workers === null && !never) {
        const decision = run.startNow(lines, consumed);
        if (decision === 'start') workers = startWorkers(workerThreads(setup), setup.data);
        never = decision === 'never';
      }
      let worker = pick();
      // Eager (the tests): the workers do every line; wait for one to have room.
      while (worker === undefined && setup.eager && queue.length > 0) {
        await finishOldest();
        worker = pick();
      }
      const movable = isLineBatch(piece) && piece.movable;
      if (worker !== undefined) {
        const sent = { ...(movable ? request : ownCopy(request)), spareOutputs: written.splice(0, SPARES_PER_REQUEST) };
        enqueue(worker.send(sent, true));
      } else {
        enqueueDone(runHere(request));
        // Its bytes are done with (the output is in a buffer of its own).
        if (movable) recycle(request.buffer);
      }
      await finishDone();
      if (queue.length >= IN_FLIGHT_PER_WORKER * (workers?.length ?? 0) + AHEAD_HERE) await finishOldest();
    }
    while (queue.length > 0) await finishOldest();
  } finally {
    // Results still in flight after a failure are not waited for.
    for (const p of queue) p.result.catch(() => {});
    await Promise.all((workers ?? []).map((w) => w.stop()));
  }
}

/** The bytes of a batch (or of one line) as a request, where they are. */
function requestFor(piece: InputPiece | LineBatch, id: number, firstIndex: number): BatchRequest {
  const { bytes, line } = piece;
  return { id, buffer: bytes.buffer as ArrayBuffer, offset: bytes.byteOffset, length: bytes.length, line, firstIndex };
}

/** The request with its bytes copied into a buffer of their own (the reader's may hold more). */
function ownCopy(request: BatchRequest): BatchRequest {
  return { ...request, buffer: request.buffer.slice(request.offset, request.offset + request.length), offset: 0 };
}
