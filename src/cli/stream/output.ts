/**
 * Where processed documents go, written as they come:
 *
 * - A regular file (or a name not taken yet) is written to a temporary file in the same folder,
 *   renamed over the target by {@link OutputSink.commit} once every document succeeded. On an
 *   error {@link OutputSink.abort} removes it, so the target is never half-written.
 * - A FIFO, device or socket (`/dev/null`) is written in place, never replaced; a symbolic link is
 *   followed, so the file it points to is replaced.
 * - Standard output cannot be replaced atomically. Output is held back until the run ends or
 *   {@link STDOUT_HOLD_BYTES} are pending, then streamed: a run that fails early (most runs on small
 *   inputs) prints nothing, and a large run is not held in memory.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../main.js';
import { fileErrorText } from './fs-errors.js';

/** Output held before standard output starts streaming. */
export const STDOUT_HOLD_BYTES = 4 << 20;
/** Output gathered before one write to a file. */
const FLUSH_BYTES = 1 << 20;
/** The largest scratch buffer a file sink keeps for encoding text between writes. */
const SCRATCH_LIMIT = 16 << 20;

export interface OutputSink {
  /** Adds output; resolves when it may be written (after a flush when enough is pending). */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Writes what is pending and puts the output in place. */
  commit(): Promise<void>;
  /** Drops the output: removes the temporary file (what reached stdout or a FIFO stays there). */
  abort(): Promise<void>;
  /** How many bytes a reader may already have seen (stdout, a FIFO); 0 for a regular file. */
  readonly exposed: number;
}

/** Temporary files not yet renamed or removed, removed on an abrupt exit (a closed stdout). */
const openTemporaries = new Set<string>();

/** Removes every temporary file still open; for exits that skip the normal clean-up. */
export function removeTemporaries(): void {
  for (const tmp of openTemporaries) rmSync(tmp, { force: true });
  openTemporaries.clear();
}

/**
 * Opens the output: `-` for stdout, else a file (see the file comment).
 * @throws CliError `cannot write output "x": no such folder` (or `permission denied`…).
 */
export async function openOutput(pathOrDash: string): Promise<OutputSink> {
  if (pathOrDash === '-') return new StdoutSink();
  const fail = (e: unknown, what = fileErrorText(e)) => new CliError(`ottl: cannot write output ${JSON.stringify(pathOrDash)}: ${what}`);
  const target = await fsp.realpath(pathOrDash).catch(() => pathOrDash);
  const existing = await fsp.stat(target).catch(() => null);
  if (existing !== null && existing.isDirectory()) throw fail(null, 'is a directory');
  if (existing !== null && !existing.isFile()) {
    try {
      return new FileSink(await fsp.open(target, 'w'), null, target);
    } catch (e) {
      throw fail(e);
    }
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fsp.open(tmp, 'wx', existing === null ? 0o644 : existing.mode & 0o7777);
    openTemporaries.add(tmp);
    return new FileSink(handle, tmp, target);
  } catch (e) {
    throw fail(e, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : fileErrorText(e));
  }
}

class FileSink implements OutputSink {
  private pending: (string | Uint8Array)[] = [];
  private pendingBytes = 0;
  private written = 0;
  private scratch: Buffer = Buffer.alloc(0);
  /** The write under way: the next one waits for it, so that the documents that follow are processed meanwhile. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private handle: fsp.FileHandle | null,
    /** The temporary file to rename over `target`; null when writing a special file in place. */
    private readonly tmp: string | null,
    private readonly target: string,
  ) {}

  get exposed(): number {
    return this.tmp === null ? this.written : 0;
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    const last = this.pending.length - 1;
    const before = last >= 0 ? this.pending[last] : undefined;
    // The documents of a `--jobs` batch lie one after another in one buffer: kept as one view.
    if (typeof chunk !== 'string' && before instanceof Uint8Array && before.buffer === chunk.buffer && before.byteOffset + before.length === chunk.byteOffset) {
      this.pending[last] = new Uint8Array(chunk.buffer, before.byteOffset, before.length + chunk.length);
    } else this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  /**
   * The chunks as bytes, text encoded into one scratch buffer reused by every flush: a fresh buffer
   * per flush cost ~0.2 s of system time (page faults) and as much user time per 100 MB of output.
   * Only a flush reaches it, once the write before is done, so nothing in flight is overwritten.
   */
  private encodeText(chunks: readonly (string | Uint8Array)[]): Uint8Array[] {
    let textBytes = 0;
    for (const c of chunks) if (typeof c === 'string') textBytes += Buffer.byteLength(c);
    const into = this.scratchFor(textBytes);
    const out: Uint8Array[] = [];
    let start = 0;
    let end = 0;
    for (const c of chunks) {
      if (typeof c === 'string') end += into.write(c, end);
      else {
        if (end > start) out.push(into.subarray(start, end));
        start = end;
        out.push(c);
      }
    }
    if (end > start) out.push(into.subarray(start, end));
    return out;
  }

  /** A buffer of at least `bytes`: the kept scratch buffer, grown if need be; past the limit (one huge document) a buffer of its own. */
  private scratchFor(bytes: number): Buffer {
    if (bytes > SCRATCH_LIMIT) return Buffer.allocUnsafeSlow(bytes);
    if (this.scratch.length < bytes) this.scratch = Buffer.allocUnsafeSlow(Math.max(bytes, 2 * FLUSH_BYTES));
    return this.scratch;
  }

  /** Starts writing what is pending once the write before is done; throws that one's failure. */
  private async flush(): Promise<void> {
    // A flush that overlapped this one may have started a write meanwhile: wait for that one too,
    // so that no write is in flight while the scratch buffer is filled.
    let before: Promise<void>;
    do {
      before = this.writing;
      await before;
    } while (before !== this.writing);
    if (this.pending.length === 0 || this.handle === null) return;
    // Bytes are written as they are (one system call, no copy into one buffer); text is encoded
    // first, into the scratch buffer: the write before, which used it, is done.
    const buffers = this.encodeText(this.pending);
    this.written += buffers.reduce((n, b) => n + b.length, 0);
    this.pending = [];
    this.pendingBytes = 0;
    this.writing = this.handle.writev(buffers).then(
      () => {},
      (e: unknown) => {
        throw new CliError(`ottl: cannot write output ${JSON.stringify(this.target)}: ${fileErrorText(e)}`);
      },
    );
    // Thrown by the next flush or commit; unobserved only when the run is abandoned anyway.
    this.writing.catch(() => {});
  }

  async commit(): Promise<void> {
    await this.flush();
    await this.writing;
    const handle = this.handle;
    this.handle = null;
    if (handle === null) return;
    try {
      if (this.tmp !== null) await handle.sync();
      await handle.close();
      if (this.tmp !== null) await fsp.rename(this.tmp, this.target);
    } catch (e) {
      await this.abort();
      throw new CliError(`ottl: cannot write output ${JSON.stringify(this.target)}: ${fileErrorText(e)}`);
    } finally {
      if (this.tmp !== null) openTemporaries.delete(this.tmp);
    }
  }

  async abort(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    this.pending = [];
    await this.writing.catch(() => {});
    await handle?.close().catch(() => {});
    if (this.tmp !== null) {
      await fsp.rm(this.tmp, { force: true }).catch(() => {});
      openTemporaries.delete(this.tmp);
    }
  }
}

class StdoutSink implements OutputSink {
  private held: (string | Uint8Array)[] = [];
  private heldBytes = 0;
  private streaming = false;
  exposed = 0;

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.streaming) return this.send(chunk);
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes >= STDOUT_HOLD_BYTES) {
      this.streaming = true;
      await this.release();
    }
  }

  private async release(): Promise<void> {
    const held = this.held;
    this.held = [];
    this.heldBytes = 0;
    if (held.length > 0) await this.send(held.every((c) => typeof c === 'string') ? held.join('') : Buffer.concat(held.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))));
  }

  private send(chunk: string | Uint8Array): Promise<void> {
    this.exposed += chunk.length;
    // The callback runs once the chunk is handed to the system: waiting for it keeps memory at
    // one chunk when the reader is slower than we are.
    return new Promise<void>((resolve, reject) => {
      process.stdout.write(chunk, (err) => (err ? reject(err) : resolve()));
    });
  }

  commit(): Promise<void> {
    return this.release();
  }

  async abort(): Promise<void> {
    this.held = [];
  }
}
