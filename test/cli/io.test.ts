/** CLI document I/O: files or stdin in, atomic file writes or stdout out. */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readInput, writeOutputAtomic } from '../../src/cli/io.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ottl-io-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('readInput', () => {
  it('reads a file as bytes (the decoder checks the UTF-8)', async () => {
    writeFileSync(join(dir, 'in.json'), '{"a":"😀"}');
    expect(Buffer.from(await readInput(join(dir, 'in.json'))).toString('utf8')).toBe('{"a":"😀"}');
  });

  it('reads stdin for "-", keeping characters split across chunks', async () => {
    const bytes = Buffer.from('{"a":"😀"}');
    const stdin = Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]);
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(stdin as unknown as typeof process.stdin);
    expect(Buffer.from(await readInput('-')).toString('utf8')).toBe('{"a":"😀"}');
  });

  it('fails on a missing file', async () => {
    await expect(readInput(join(dir, 'nope.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('writeOutputAtomic', () => {
  it('creates or replaces the file and leaves no temporary file', async () => {
    const out = join(dir, 'out.json');
    await writeOutputAtomic(out, 'first');
    await writeOutputAtomic(out, 'second ✓');
    expect(readFileSync(out, 'utf8')).toBe('second ✓');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('on failure leaves the target untouched and cleans up', async () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    await expect(writeOutputAtomic(target, 'data')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(target)).toEqual(['keep']);
  });

  it('fails when the folder does not exist', async () => {
    await expect(writeOutputAtomic(join(dir, 'no', 'out.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes to stdout for "-"', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(((_s: string, cb?: (e?: Error) => void) => {
      cb?.();
      return true;
    }) as typeof process.stdout.write);
    await writeOutputAtomic('-', 'hello\n');
    expect(write).toHaveBeenCalledWith('hello\n', expect.any(Function));
  });
});
