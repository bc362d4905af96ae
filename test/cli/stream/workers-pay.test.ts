/** When `--jobs` workers take over from the main thread (see `run-stream.ts`). */
import { describe, expect, it } from 'vitest';
import { FIRST_BATCH_LINES, FIRST_BATCH_MS, workersPay, WORKERS_WORTH_MS, type WorkerSetup } from '../../../src/cli/stream/run-stream.js';

const setup = (eager = false): WorkerSetup => ({ jobs: 2, data: {}, eager });

describe('workersPay', () => {
  it('starts at once when eager (the tests of the workers themselves)', () => {
    expect(workersPay(setup(true), 0, 0, 0, 100)).toBe('start');
  });

  it('waits for the first batch of lines and time', () => {
    expect(workersPay(setup(), FIRST_BATCH_LINES - 1, FIRST_BATCH_MS * 5, 1000, undefined)).toBe('not yet');
    expect(workersPay(setup(), FIRST_BATCH_LINES, FIRST_BATCH_MS - 1, 1000, undefined)).toBe('not yet');
  });

  it('starts after the first batch when the input size is unknown (stdin)', () => {
    expect(workersPay(setup(), FIRST_BATCH_LINES, FIRST_BATCH_MS, 1000, undefined)).toBe('start');
  });

  it('never starts when what is left of a file would be done sooner in this thread', () => {
    // 1 s for 60 MB: the 50 MB left take about 0.8 s, less than the workers would win back.
    expect(workersPay(setup(), 1000, 1000, 60e6, 110e6)).toBe('never');
  });

  it('starts when what is left of a file would take long enough', () => {
    // 1 s for 60 MB: the 300 MB left take about 5 s.
    expect(workersPay(setup(), 1000, 1000, 60e6, 360e6)).toBe('start');
    expect((1000 * (360e6 - 60e6)) / 60e6).toBeGreaterThanOrEqual(WORKERS_WORTH_MS);
  });
});
