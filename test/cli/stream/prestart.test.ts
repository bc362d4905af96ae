/**
 * Workers started before the commands load: how many a command line asks for, read with the
 * commands' own options, and 0 whenever the command would not start them up front itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prestartCount, takePrestarted, WORKERS_UP_FRONT_BYTES } from '../../../src/cli/stream/prestart.js';

const big = WORKERS_UP_FRONT_BYTES;
const sizes: Record<string, number> = { 'big.ndjson': big, 'small.ndjson': big - 1 };
const sizeOf = (path: string) => sizes[path];
const count = (line: string) => prestartCount(line.split(' '), sizeOf);

describe('prestartCount', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ['run -c r.yaml -i big.ndjson --jobs 3', 2],
    ['run --config r.yaml --input big.ndjson -j 2 -o out.ndjson', 1],
    ['run --input=big.ndjson --jobs=4 --config=r.yaml', 3],
    ['filter -c f.yaml -i big.ndjson --jobs 2', 1],
    // Options the probe does not know, and arguments, are passed over.
    ['run -c r.yaml --explain -i big.ndjson --no-such-option --jobs 2', 1],
  ])('%s: %i', (line, want) => {
    expect(count(line)).toBe(want);
  });

  it.each([
    'run -c r.yaml -i big.ndjson --jobs 1',
    'run -c r.yaml -i small.ndjson --jobs 2',
    'run -c r.yaml -i missing.ndjson --jobs 2',
    'run -c r.yaml --jobs 2',
    'run -c r.yaml -i - --jobs 2',
    'run -c r.yaml -i big.ndjson --jobs 2 --watch',
    'run -c r.yaml -i big.ndjson --jobs two',
    'check -c r.yaml -i big.ndjson --jobs 2',
    'parse set(x, 1)',
  ])('%s: none', (line) => {
    expect(count(line)).toBe(0);
  });

  it('defaults to the available cores, and leaves the eager test mode to start its own', async () => {
    const { availableParallelism } = await import('node:os');
    expect(count('run -c r.yaml -i big.ndjson')).toBe(availableParallelism() - 1);
    vi.stubEnv('OTTL_JOBS_EAGER', '1');
    expect(count('run -c r.yaml -i big.ndjson --jobs 2')).toBe(0);
  });

  it('has nothing to give when no worker was started', () => {
    expect(takePrestarted({})).toBeUndefined();
  });
});
