/**
 * The `--jobs` worker threads (`worker.ts`): each compiles the rules once, then processes the
 * batches of lines it is sent (`batch.ts`), in the order sent. Bytes go both ways as transferred
 * buffers, so neither side copies them.
 */
import { Worker } from 'node:worker_threads';
import type { BatchRequest, BatchResult } from './batch.js';
import { takePrestarted, WORKER_URL } from './prestart.js';

/** A failure inside a worker that is not the data's fault. */
export class WorkerCrash extends Error {
  override readonly name = 'WorkerCrash';
}

export interface PoolWorker {
  /** Whether the worker has compiled the rules (batches sent before wait in its queue). */
  readonly ready: boolean;
  /** Batches sent and not yet back. */
  readonly busy: number;
  /** Sends the bytes, moving `request.buffer` to the worker when `move` is set (and the spare outputs always). */
  send(request: BatchRequest, move: boolean): Promise<BatchResult>;
  /** Ends the thread (again: nothing more). */
  stop(): Promise<void>;
}

/** Starts `count` workers, each given `data` to build its job from. */
export function startWorkers(count: number, data: unknown): PoolWorker[] {
  return Array.from({ length: count }, () => startWorker(data));
}

function startWorker(data: unknown): PoolWorker {
  // One started at the command's start (`prestart.ts`) when there is one: it has loaded meanwhile.
  const worker = takePrestarted(data) ?? new Worker(WORKER_URL, { workerData: data });
  // Batches come back in the order they were sent to this worker.
  const waiting: { resolve: (r: BatchResult) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const failAll = (e: Error) => {
    failure ??= e;
    for (const w of waiting.splice(0)) w.reject(new WorkerCrash(e.stack ?? e.message));
  };
  let ready = false;
  let stopped: Promise<void> | undefined;
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
    get busy() {
      return waiting.length;
    },
    send(request, move) {
      if (failure !== null) return Promise.reject(new WorkerCrash(failure.stack ?? failure.message));
      return new Promise<BatchResult>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(request, [...(move ? [request.buffer] : []), ...(request.spareOutputs ?? [])]);
      });
    },
    stop() {
      worker.removeAllListeners('exit');
      stopped ??= worker.terminate().then(() => {});
      return stopped;
    },
  };
}
