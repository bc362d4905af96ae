/**
 * A `--jobs` worker thread: compiles the same rules as the main thread (config text, `-e` rules,
 * `--functions` module) once, then processes batches of NDJSON lines with the same code
 * (`processPiece`) and sends back each line's output, warnings and failure, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { filterJob, loadFilter, type FilterCliOptions } from '../commands/filter.js';
import { loadTransform, transformJob, type RunOptions } from '../commands/run.js';
import { outputFormat } from '../formats.js';
import { processPiece, type DocumentJob, type PieceContext } from './documents.js';
import type { InputPiece } from './input.js';
import type { WorkerData } from './jobs-option.js';
import type { BatchRequest, BatchResult, PieceResult } from './jobs.js';
import { WarningTally, type WarningEvent } from './warnings.js';

const data = workerData as WorkerData;
const tally = new WarningTally();
let warnings: WarningEvent[] = [];
tally.forward = (w) => warnings.push(w);

async function setUp(): Promise<PieceContext<unknown>> {
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

const ready = setUp();
void ready.then(
  () => parentPort!.postMessage('ready'),
  () => {},
);

parentPort!.on('message', (request: BatchRequest) => {
  void ready.then(
    (ctx) => parentPort!.postMessage(runBatch(ctx, request)),
    (e: unknown) => parentPort!.postMessage({ id: request.id, pieces: [], internal: stackOf(e) } satisfies BatchResult),
  );
});

function runBatch(ctx: PieceContext<unknown>, request: BatchRequest): BatchResult {
  const bytes = Buffer.from(request.buffer);
  const pieces: PieceResult[] = [];
  try {
    for (let i = 0; i < request.lines.length; i++) {
      const [offset, length, line, column] = request.lines[i];
      const piece: InputPiece = { bytes: bytes.subarray(offset, offset + length), format: 'json', line, column, inLines: true };
      warnings = [];
      const outcome = processPiece(piece, request.firstIndex + i, true, ctx);
      pieces.push({ outcome, warnings });
      // The first failure ends the run: the lines after it need not be done.
      if (outcome.failure !== null) break;
    }
    return { id: request.id, pieces };
  } catch (e) {
    return { id: request.id, pieces, internal: stackOf(e) };
  }
}

const stackOf = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));
