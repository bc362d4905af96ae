/**
 * The streaming output: a temporary file renamed into place on commit and removed on abort, FIFOs
 * written in place, symlinks followed, the file's mode kept, and one-line errors.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, createReadStream, promises as fsp, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openOutput } from '../../../src/cli/stream/output.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'ottl-out-'));

describe('openOutput', () => {
  it('shows nothing at the target until commit, and leaves only the target', async () => {
    const dir = fresh();
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    const sink = await openOutput(target);
    await sink.write('new ');
    await sink.write(Buffer.from('text'));
    expect(readFileSync(target, 'utf8')).toBe('old');
    await sink.commit();
    expect(readFileSync(target, 'utf8')).toBe('new text');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('keeps every byte in order when multi-byte text is encoded into the reused buffer across flushes', async () => {
    const dir = fresh();
    const target = join(dir, 'out.ndjson');
    const sink = await openOutput(target);
    // Distinct pieces of over 1 MB each, partly non-ASCII (more bytes than characters).
    const piece = (i: number) => `${i}:${'é'.repeat(100_000)}${String.fromCharCode(97 + i).repeat(1_200_000)}\n`;
    // Two flushes wait for the same finished write, and a third piece arrives between their turns:
    // the second must then wait for the write the first started before it refills the buffer. (That
    // race is with the thread pool's write, so this test cannot force it; it pins the bytes.)
    const first = sink.write(piece(0));
    let third: Promise<void> = Promise.resolve();
    queueMicrotask(() => {
      third = sink.write(piece(2));
    });
    const second = sink.write(piece(1));
    await Promise.all([first, second]);
    await third;
    await sink.write(Buffer.from(piece(3)));
    await sink.write(piece(4));
    await sink.commit();
    expect(readFileSync(target, 'utf8') === [0, 1, 2, 3, 4].map(piece).join('')).toBe(true);
  });

  it('keeps no byte chunk after write resolves: the caller may fill its buffer again (small chunks and large ones)', async () => {
    const dir = fresh();
    const target = join(dir, 'out.bin');
    const sink = await openOutput(target);
    const expected: Buffer[] = [];
    const reused = Buffer.alloc(3 << 20);
    // Chunks below and above the size written as they are, each from the same reused memory.
    for (const [i, size] of [1000, 900_000, 2 << 20, 5, 3 << 20, 400_000].entries()) {
      const chunk = reused.subarray(0, size).fill(65 + i);
      expected.push(Buffer.from(chunk));
      await sink.write(chunk);
      chunk.fill(0);
    }
    await sink.write('end\n');
    await sink.commit();
    expect(readFileSync(target).equals(Buffer.concat([...expected, Buffer.from('end\n')]))).toBe(true);
  });

  it('syncs the temporary file behind the writes, and still writes every byte in order', async () => {
    const dir = fresh();
    const target = join(dir, 'out.txt');
    const probe = await fsp.open(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { datasync(): Promise<void> };
    await probe.close();
    const datasync = vi.spyOn(proto, 'datasync');
    try {
      const sink = await openOutput(target);
      const line = (i: number) => `${String(i).padStart(8, '0')}${'x'.repeat(1000)}\n`;
      for (let i = 0; i < 40_000; i++) await sink.write(line(i));
      await sink.commit();
      // 40 MB: a sync every 16 MB written, besides the one before the rename (a full sync).
      expect(datasync).toHaveBeenCalledTimes(2);
      const text = readFileSync(target, 'utf8');
      expect(text.length).toBe(40_000 * 1009);
      expect(text.slice(-1009)).toBe(line(39_999));
      expect(text.slice(20_000 * 1009, 20_001 * 1009)).toBe(line(20_000));
    } finally {
      datasync.mockRestore();
    }
  });

  it('holds copies of byte chunks written to stdout before it streams', async () => {
    const sink = await openOutput('-');
    const seen: Buffer[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array, cb?: (err?: Error | null) => void) => {
      seen.push(Buffer.from(chunk));
      cb?.(null);
      return true;
    }) as typeof process.stdout.write;
    try {
      const chunk = Buffer.from('first\n');
      await sink.write(chunk);
      chunk.fill(0x21);
      await sink.write('second\n');
      await sink.commit();
    } finally {
      process.stdout.write = write;
    }
    expect(Buffer.concat(seen).toString()).toBe('first\nsecond\n');
  });

  it('on abort leaves the target as it was and removes the temporary file', async () => {
    const dir = fresh();
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old');
    const sink = await openOutput(target);
    await sink.write('x'.repeat(3 << 20));
    await sink.abort();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes a FIFO in place and replaces the file a symlink points to', async () => {
    const dir = fresh();
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reader = new Promise<void>((resolve) => {
      createReadStream(fifo).on('data', (c) => chunks.push(c as Buffer)).on('end', () => resolve());
    });
    const sink = await openOutput(fifo);
    await sink.write('hello\n');
    await sink.commit();
    await reader;
    expect(Buffer.concat(chunks).toString()).toBe('hello\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);

    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    const viaLink = await openOutput(link);
    await viaLink.write('new');
    await viaLink.commit();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
  });

  it('says in one line why an output cannot be written', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'folder'));
    await expect(openOutput(join(dir, 'folder'))).rejects.toThrow(`ottl: cannot write output ${JSON.stringify(join(dir, 'folder'))}: is a directory`);
    await expect(openOutput(join(dir, 'none', 'x.json'))).rejects.toThrow(`ottl: cannot write output ${JSON.stringify(join(dir, 'none', 'x.json'))}: no such folder`);
  });
});
