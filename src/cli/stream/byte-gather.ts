/**
 * Bytes gathered one chunk after another in one growing buffer, text encoded as UTF-8 straight
 * into it: the `--jobs` batches' output (`batch.ts`) and the file sink (`output.ts`), each with
 * buffers of its own keeping (given by `fresh`, handed back through `outgrown`).
 */
export class ByteGather {
  /** Bytes gathered so far, at the start of {@link bytes}. */
  used = 0;

  constructor(
    /** The buffer being filled. */
    public bytes: Buffer,
    /** A buffer of at least `size` bytes, when the gathered bytes outgrow the one being filled. */
    private readonly fresh: (size: number) => Buffer,
    /** Told of a buffer the gathered bytes outgrew (they were copied out of it). */
    private readonly outgrown: (buffer: Buffer) => void = () => {},
  ) {}

  /** Appends a chunk; returns its length in bytes. */
  add(chunk: string | Uint8Array): number {
    const before = this.used;
    if (typeof chunk === 'string') {
      // A UTF-8 character takes at most 3 bytes per UTF-16 unit: with that much room, no measuring.
      if (this.bytes.length - this.used < chunk.length * 3) this.reserve(Buffer.byteLength(chunk));
      this.used += this.bytes.write(chunk, this.used);
    } else {
      this.reserve(chunk.length);
      this.bytes.set(chunk, this.used);
      this.used += chunk.length;
    }
    return this.used - before;
  }

  /** Starts again, empty, in `bytes`. */
  restart(bytes: Buffer): void {
    this.bytes = bytes;
    this.used = 0;
  }

  /** Room for `size` more bytes. */
  private reserve(size: number): void {
    if (this.used + size <= this.bytes.length) return;
    const grown = this.fresh(Math.max(this.bytes.length * 2, this.used + size));
    this.bytes.copy(grown, 0, 0, this.used);
    this.outgrown(this.bytes);
    this.bytes = grown;
  }
}
