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
import { ByteGather } from './byte-gather.js';
import { fileErrorText } from './fs-errors.js';

/** Output held before standard output starts streaming. */
export const STDOUT_HOLD_BYTES = 4 << 20;
/** Output gathered before one write to a file. */
const FLUSH_BYTES = 1 << 20;
/** Bytes written to a temporary file between two background syncs. */
const SYNC_BEHIND_BYTES = 16 << 20;
/** The buffers a file sink gathers output in (twice a flush: a document rarely makes one grow). */
const SCRATCH_BYTES = 2 * FLUSH_BYTES;
/** The largest such buffer a file sink keeps (one grown by a huge document). */
const SCRATCH_LIMIT = 16 << 20;

export interface OutputSink {
  /**
   * Adds output; resolves when more may be added (after a flush when enough is pending). The sink
   * keeps no reference to a byte chunk after that: the caller may then reuse its memory.
   */
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
  /** Where output is gathered. */
  private readonly fill = new ByteGather(Buffer.allocUnsafeSlow(SCRATCH_BYTES), (size) => Buffer.allocUnsafeSlow(size));
  /** The buffer of the last write, once that write is done: the next one to fill. */
  private free: Buffer | null = null;
  private written = 0;
  /** Bytes written when the last background sync started, and that sync ({@link syncBehind}). */
  private synced = 0;
  private syncing: Promise<void> = Promise.resolve();
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

  /**
   * Copies the chunk into the buffer being filled (text encoded straight into it), so the caller
   * may reuse the chunk's memory at once: the `--jobs` batches' buffers go back to be filled again,
   * which fresh buffers would cost in page faults (~0.2 s of system time per 100 MB). Two buffers
   * take turns: one is filled while the other is written.
   */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (typeof chunk !== 'string' && chunk.length >= FLUSH_BYTES) {
      // A large chunk is written as it is, after what is pending, and waited for (it is the caller's).
      await this.flush();
      await this.writing;
      this.writing = this.writeOut(chunk, chunk.length);
      await this.writing;
      return;
    }
    this.fill.add(chunk);
    if (this.fill.used >= FLUSH_BYTES) await this.flush();
  }

  /** Starts writing what is gathered once the write before is done; throws that one's failure. */
  private async flush(): Promise<void> {
    // A flush that overlapped this one may have started a write meanwhile: wait for that one too,
    // so that the buffer it wrote is free before it is filled again.
    let before: Promise<void>;
    do {
      before = this.writing;
      await before;
    } while (before !== this.writing);
    if (this.fill.used === 0 || this.handle === null) return;
    const full = this.fill.bytes;
    const length = this.fill.used;
    this.fill.restart(this.free ?? Buffer.allocUnsafeSlow(SCRATCH_BYTES));
    this.free = null;
    this.writing = this.writeOut(full, length).then(() => {
      // Kept to be filled again, unless a huge document made it large.
      if (full.length <= SCRATCH_LIMIT) this.free = full;
      this.syncBehind();
    });
    // Thrown by the next flush or commit; unobserved only when the run is abandoned anyway.
    this.writing.catch(() => {});
  }

  /**
   * Starts the disk catching up with the temporary file every {@link SYNC_BEHIND_BYTES}, in the
   * background: the sync before the rename then has little left to wait for (it took 0.13 s at
   * the end of a 113 MB run). Its failure is the final sync's to report.
   */
  private syncBehind(): void {
    if (this.tmp === null || this.handle === null || this.written - this.synced < SYNC_BEHIND_BYTES) return;
    this.synced = this.written;
    const before = this.syncing;
    const handle = this.handle;
    this.syncing = before.then(() => handle.datasync()).catch(() => {});
  }

  /** Writes the first `length` bytes of `bytes` (a short write is continued). */
  private async writeOut(bytes: Uint8Array, length: number): Promise<void> {
    const handle = this.handle;
    if (handle === null) return;
    try {
      for (let at = 0; at < length; ) at += (await handle.write(bytes, at, length - at, null)).bytesWritten;
      this.written += length;
    } catch (e) {
      throw new CliError(`ottl: cannot write output ${JSON.stringify(this.target)}: ${fileErrorText(e)}`);
    }
  }

  async commit(): Promise<void> {
    await this.flush();
    await this.writing;
    const handle = this.handle;
    this.handle = null;
    if (handle === null) return;
    try {
      await this.syncing;
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
    this.fill.restart(this.fill.bytes);
    await this.writing.catch(() => {});
    await this.syncing;
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
    // Bytes are copied: the caller may reuse its buffer once this resolves.
    this.held.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk));
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
