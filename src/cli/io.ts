/**
 * Document I/O for the CLI: read an input file (or stdin) and write output atomically (or to stdout).
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Reads a whole input as UTF-8 text. `-` reads standard input to its end.
 * @throws the file system error (ENOENT, EISDIR, EACCES…) for a path that cannot be read.
 */
export async function readInput(pathOrDash: string): Promise<string> {
  if (pathOrDash !== '-') return fsp.readFile(pathOrDash, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  // Decode once at the end so a multi-byte character split across chunks stays whole.
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a whole input as bytes (for input that may be binary, such as OTLP/protobuf). `-` reads
 * standard input to its end.
 * @throws the file system error for a path that cannot be read.
 */
export async function readInputBytes(pathOrDash: string): Promise<Buffer> {
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
  const tmp = join(dirname(pathOrDash), `.${basename(pathOrDash)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, 'wx', 0o644);
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, pathOrDash);
  } catch (err) {
    await handle?.close().catch(() => {});
    await fsp.rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
}
