/**
 * Document I/O for the CLI: read an input file (or stdin) and write output atomically (or to stdout).
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Reads a whole input as bytes (the decoder checks that they are valid UTF-8). `-` reads standard
 * input to its end.
 * @throws the file system error (ENOENT, EISDIR, EACCES…) for a path that cannot be read.
 */
export async function readInput(pathOrDash: string): Promise<Uint8Array> {
  if (pathOrDash !== '-') return fsp.readFile(pathOrDash);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Writes `text` (or bytes) to `pathOrDash` so that readers never see a half-written file: the text goes to a
 * temporary file in the same folder (same file system, so the rename is atomic), which is flushed
 * and then renamed over the target. On any error the temporary file is removed and the target is
 * left as it was. `-` writes to standard output (and waits until it is flushed).
 * @throws the file system error when the folder is not writable or the rename fails.
 */
export async function writeOutputAtomic(pathOrDash: string, text: string | Uint8Array): Promise<void> {
  if (pathOrDash === '-') {
    await new Promise<void>((resolve, reject) => {
      process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
    });
    return;
  }
  // Atomic replacement is for regular files only: a device, FIFO or socket (`/dev/null`) is written
  // in place, never replaced; a symbolic link is followed, so the file it points to is replaced.
  const target = await fsp.realpath(pathOrDash).catch(() => pathOrDash);
  const existing = await fsp.stat(target).catch(() => null);
  if (existing !== null && !existing.isFile()) {
    await fsp.writeFile(target, text, 'utf8');
    return;
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, 'wx', 0o644);
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => {});
    await fsp.rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
}
