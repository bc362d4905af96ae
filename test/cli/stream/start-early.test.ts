/** When `--jobs` workers start before the input is read (see `jobs-option.ts`). */
import { describe, expect, it } from 'vitest';
import { startsEarly } from '../../../src/cli/stream/jobs-option.js';
import { WORKERS_UP_FRONT_BYTES, type WorkerSetup } from '../../../src/cli/stream/run-stream.js';

const setup = (eager = false): WorkerSetup => ({ jobs: 2, data: {}, eager });

describe('startsEarly', () => {
  it('starts the workers of a file large enough before reading it', () => {
    expect(startsEarly(setup(), WORKERS_UP_FRONT_BYTES)).toBe(true);
    expect(startsEarly(setup(), 10 * WORKERS_UP_FRONT_BYTES)).toBe(true);
  });

  it('leaves a smaller file, and input of unknown size, to decide as it goes (workersPay)', () => {
    expect(startsEarly(setup(), WORKERS_UP_FRONT_BYTES - 1)).toBe(false);
    expect(startsEarly(setup(), undefined)).toBe(false);
  });

  it('always starts them early when eager (the tests of the workers themselves)', () => {
    expect(startsEarly(setup(true), 0)).toBe(true);
    expect(startsEarly(setup(true), undefined)).toBe(true);
  });
});
