/**
 * A growable writer of the protobuf wire format. Nested messages are written in one pass: `begin`
 * reserves one byte for the length, `end` writes the real length and, for the rare message of 128
 * bytes or more, moves the body right by the extra length bytes (a `copyWithin`, cheaper than a
 * separate sizing pass over the model).
 */

export class WireWriter {
  buf: Buffer;
  pos = 0;
  private view: DataView;

  constructor(initialSize = 4096) {
    this.buf = Buffer.allocUnsafe(initialSize);
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
    this.view = new DataView(next.buffer, next.byteOffset, next.byteLength);
  }

  /** An unsigned varint of at most 32 bits. */
  uint32(n: number): void {
    this.ensure(5);
    const buf = this.buf;
    let p = this.pos;
    n >>>= 0;
    while (n > 0x7f) {
      buf[p++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    buf[p++] = n;
    this.pos = p;
  }

  /** int32 / enum: negative values take ten bytes (sign-extended to 64 bits), as protobuf requires. */
  int32(n: number): void {
    if (n >= 0) this.uint32(n);
    else this.uint64(BigInt(n));
  }

  /** sint32 (zigzag). */
  sint32(n: number): void {
    this.uint32(((n << 1) ^ (n >> 31)) >>> 0);
  }

  /** A varint of the low 64 bits of `v` (two's complement for negatives). */
  uint64(v: bigint): void {
    const u = BigInt.asUintN(64, v);
    let lo = Number(u & 0xffffffffn);
    let hi = Number(u >> 32n);
    this.ensure(10);
    const buf = this.buf;
    let p = this.pos;
    while (hi > 0 || lo > 0x7f) {
      buf[p++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    buf[p++] = lo;
    this.pos = p;
  }

  tag(field: number, wireType: number): void {
    this.uint32((field << 3) | wireType);
  }

  fixed64(v: bigint): void {
    this.ensure(8);
    this.view.setBigUint64(this.pos, BigInt.asUintN(64, v), true);
    this.pos += 8;
  }

  fixed32(n: number): void {
    this.ensure(4);
    this.view.setUint32(this.pos, n >>> 0, true);
    this.pos += 4;
  }

  double(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.pos, v, true);
    this.pos += 8;
  }

  /** A length-prefixed UTF-8 string. */
  string(s: string): void {
    const n = s.length;
    if (n < 128) {
      // Fits a one-byte length if it is ASCII: write it directly, else fall back.
      this.ensure(n + 1);
      const buf = this.buf;
      const start = this.pos;
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[start + 1 + i] = c;
      }
      if (i === n) {
        buf[start] = n;
        this.pos = start + 1 + n;
        return;
      }
    }
    const len = Buffer.byteLength(s, 'utf8');
    this.uint32(len);
    this.ensure(len);
    this.buf.write(s, this.pos, len, 'utf8');
    this.pos += len;
  }

  /** Length-prefixed bytes. */
  bytes(b: Uint8Array): void {
    this.uint32(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** Starts a length-delimited field's body (after its tag); pass the result to {@link end}. */
  begin(): number {
    this.ensure(1);
    return this.pos++;
  }

  /** Ends the body started at `start`, writing its length in front of it. */
  end(start: number): void {
    const len = this.pos - start - 1;
    if (len < 0x80) {
      this.buf[start] = len;
      return;
    }
    let extra = 0;
    for (let v = len >>> 7; v > 0; v >>>= 7) extra++;
    this.ensure(extra);
    this.buf.copyWithin(start + 1 + extra, start + 1, this.pos);
    let p = start;
    let v = len;
    while (v > 0x7f) {
      this.buf[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[p] = v;
    this.pos += extra;
  }

  /** The bytes written so far, as a fresh `Uint8Array`. */
  finish(): Uint8Array {
    return new Uint8Array(this.buf.subarray(0, this.pos));
  }
}
