/**
 * Issue 14 item 0: atomic output is for regular files only. Writing to a FIFO (as to `/dev/null`)
 * writes in place and leaves it a FIFO; a symlinked output replaces the file it points to and stays
 * a link. (Tested on a FIFO in a temporary folder so that no test ever touches /dev/null itself.)
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputAtomic } from '../../src/cli/io.js';

describe('output to special files', () => {
  it('writes into a FIFO in place and leaves it a FIFO', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ottl-fifo-'));
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reader = new Promise<void>((resolve) => {
      createReadStream(fifo).on('data', (c) => chunks.push(c as Buffer)).on('end', () => resolve());
    });
    await writeOutputAtomic(fifo, 'hello\n');
    await reader;
    expect(Buffer.concat(chunks).toString()).toBe('hello\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('replaces the file a symlink points to and keeps the link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ottl-link-'));
    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    await writeOutputAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
  });
});
