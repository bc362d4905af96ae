/**
 * A `--jobs` worker thread: compiles the same rules as the main thread (config text, `-e` rules,
 * `--functions` module) once, then processes batches of NDJSON lines with the same code
 * (`runBatch`, `processPiece`) and sends back their output bytes, warnings and failure, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { filterJob, loadFilter, type FilterCliOptions } from '../commands/filter.js';
import { loadTransform, transformJob, type RunOptions } from '../commands/run.js';
import { outputFormat } from '../formats.js';
import { releaseOutput, runBatch, type BatchRequest, type BatchResult } from './batch.js';
import type { DocumentJob, PieceContext } from './documents.js';
import type { WorkerData } from './jobs-option.js';
import { WarningTally, type WarningEvent } from './warnings.js';

const tally = new WarningTally();
let warnings: WarningEvent[] = [];
tally.forward = (w) => warnings.push(w);
const takeWarnings = () => {
  const taken = warnings;
  warnings = [];
  return taken;
};

async function setUp(data: WorkerData): Promise<PieceContext<unknown>> {
  let job: DocumentJob<unknown>;
  if (data.command === 'run') {
    const options = data.options as unknown as RunOptions;
    job = transformJob(await loadTransform(options, tally, data.configText, false), options, tally, data.color).job;
  } else {
    const options = data.options as unknown as FilterCliOptions;
    job = filterJob(await loadFilter(options, tally, data.configText, false), options);
  }
  return { inputName: data.inputName, outputFormat: outputFormat(data.options as unknown as RunOptions), job, tally };
}

/** Compiles the job, then processes the batches sent, in order. */
function serve(data: WorkerData): void {
  const ready = setUp(data);
  void ready.then(
    () => parentPort!.postMessage('ready'),
    () => {},
  );
  parentPort!.on('message', (request: BatchRequest) => {
    for (const spare of request.spareOutputs ?? []) releaseOutput(spare);
    void ready.then(
      (ctx) => {
        const result = { ...runBatch(ctx, request, takeWarnings), input: request.buffer };
        parentPort!.postMessage(result, [result.output, request.buffer]);
      },
      (e: unknown) => parentPort!.postMessage({ id: request.id, output: new ArrayBuffer(0), lines: [], internal: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies BatchResult),
    );
  });
}

// A worker started before its job was known (`prestart.ts`) gets it as its first message.
if (workerData !== null) serve(workerData as WorkerData);
else parentPort!.once('message', (message: { setup: WorkerData }) => serve(message.setup));
