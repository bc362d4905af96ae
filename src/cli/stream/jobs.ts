/**
 * `--jobs N`: the lines of newline-delimited input are sent in batches to N worker threads
 * (`worker.ts`), and their outputs are written in input order as they come back. Until the first
 * worker has compiled the rules, the main thread goes on processing lines itself, so a worker's
 * start-up (about as long as the CLI's) does not stall the run. At most two
 * batches per worker are in flight, so memory stays bounded whatever the input's size. The first
 * failure by input order is the one reported, exactly as in one thread: the batches before it are
 * written, the others are discarded, and the output is not put in place.
 */
import { Worker } from 'node:worker_threads';
import type { OtlpFormat } from '../../api/index.js';
import type { PieceOutcome } from './documents.js';
import type { InputPiece } from './input.js';
import { WORKER_URL } from './jobs-option.js';
import type { WorkerSetup } from './run-stream.js';
import type { WarningEvent, WarningTally } from './warnings.js';

/** Lines per batch, and bytes: a batch ends at whichever comes first. */
const BATCH_LINES = 512;
const BATCH_BYTES = 1 << 20;

/** A batch of lines: one buffer (moved, not copied) and each line's [offset, length, line, column]. */
export interface BatchRequest {
  readonly id: number;
  readonly buffer: ArrayBuffer;
  readonly lines: readonly (readonly [number, number, number, number])[];
  /** The number of documents before the batch (for `document N` labels). */
  readonly firstIndex: number;
}

export interface PieceResult {
  readonly outcome: PieceOutcome<unknown>;
  /** The warnings the line raised, added to the main thread's tally in input order. */
  readonly warnings: readonly WarningEvent[];
}

export interface BatchResult {
  readonly id: number;
  readonly pieces: readonly PieceResult[];
  /** The stack of an exception that is not a library error: a bug, reported as internal. */
  readonly internal?: string;
}

export interface WorkersRun<R> {
  /** The first line for the workers, and the ones after it. */
  readonly first: InputPiece;
  readonly rest: AsyncIterator<InputPiece>;
  /** Documents already written by the main thread. */
  readonly documents: number;
  readonly inputName: string;
  readonly outputFormat: OtlpFormat;
  readonly setup: WorkerSetup;
  readonly tally: WarningTally;
  /** Writes a line's outcome (in input order); throws its failure. */
  readonly consume: (outcome: PieceOutcome<R>) => Promise<void>;
  /** Processes a line in this thread (while no worker is ready yet). */
  readonly processHere: (piece: InputPiece, index: number) => PieceOutcome<R>;
}

/** A failure inside a worker that is not the data's fault. */
export class WorkerCrash extends Error {
  override readonly name = 'WorkerCrash';
}

/** Starts the workers and runs every remaining line through them. */
export async function runInWorkers<R>(run: WorkersRun<R>): Promise<void> {
  const workers = Array.from({ length: run.setup.jobs }, () => startWorker(run.setup.data));
  const inFlight: Promise<BatchResult>[] = [];
  let nextWorker = 0;
  // Documents are numbered one per line in batches sent ahead (a line rarely holds several).
  let numbered = run.documents;
  let id = 0;

  const finishOldest = async () => {
    const result = await inFlight.shift()!;
    for (const { outcome, warnings } of result.pieces) {
      for (const w of warnings) run.tally.add(w);
      await run.consume(outcome as PieceOutcome<R>);
    }
    if (result.internal !== undefined) throw new WorkerCrash(result.internal);
  };

  try {
    let pending: InputPiece | undefined = run.first;
    while (pending !== undefined) {
      const batch: InputPiece[] = [];
      let bytes = 0;
      while (pending !== undefined && batch.length < BATCH_LINES && bytes < BATCH_BYTES) {
        batch.push(pending);
        bytes += pending.bytes.length;
        const r: IteratorResult<InputPiece> = await run.rest.next();
        pending = r.done ? undefined : r.value;
      }
      if (!run.setup.eager && inFlight.length === 0 && !workers.some((w) => w.ready)) {
        // The workers are still starting (loading and compiling take a while): keep going here.
        for (const piece of batch) await run.consume(run.processHere(piece, numbered++));
        continue;
      }
      inFlight.push(workers[nextWorker].send(id++, batch, numbered));
      numbered += batch.length;
      nextWorker = (nextWorker + 1) % workers.length;
      if (inFlight.length >= 2 * workers.length) await finishOldest();
    }
    while (inFlight.length > 0) await finishOldest();
  } finally {
    // Results still in flight after a failure are not waited for.
    for (const p of inFlight) p.catch(() => {});
    await Promise.all(workers.map((w) => w.stop()));
  }
}

interface PoolWorker {
  /** Whether the worker has compiled the rules (batches sent before wait in its queue). */
  readonly ready: boolean;
  send(id: number, lines: readonly InputPiece[], firstIndex: number): Promise<BatchResult>;
  stop(): Promise<void>;
}

function startWorker(data: unknown): PoolWorker {
  const worker = new Worker(WORKER_URL, { workerData: data });
  // Batches come back in the order they were sent to this worker.
  const waiting: { resolve: (r: BatchResult) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const failAll = (e: Error) => {
    failure ??= e;
    for (const w of waiting.splice(0)) w.reject(new WorkerCrash(e.stack ?? e.message));
  };
  let ready = false;
  worker.on('message', (r: BatchResult | 'ready') => {
    if (r === 'ready') ready = true;
    else waiting.shift()?.resolve(r);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`a --jobs worker stopped (exit code ${code})`)));
  return {
    get ready() {
      return ready;
    },
    send(id, lines, firstIndex) {
      if (failure !== null) return Promise.reject(new WorkerCrash(failure.stack ?? failure.message));
      const size = lines.reduce((n, l) => n + l.bytes.length, 0);
      const buffer = new ArrayBuffer(size);
      const view = new Uint8Array(buffer);
      const spans: [number, number, number, number][] = [];
      let offset = 0;
      for (const l of lines) {
        view.set(l.bytes, offset);
        spans.push([offset, l.bytes.length, l.line, l.column]);
        offset += l.bytes.length;
      }
      const request: BatchRequest = { id, buffer, lines: spans, firstIndex };
      return new Promise<BatchResult>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(request, [buffer]);
      });
    },
    async stop() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
