/**
 * A bounds-checked reader of the protobuf wire format over one `Uint8Array`. Every read checks
 * against `limit` (the end of the message being read), so a length that points past its enclosing
 * message or a truncated value is caught where it happens, with its byte offset.
 *
 * Errors are the OTLP/JSON decoder's internal `ValueError` (detail + offset); the message readers
 * add field names while it unwinds, and `decode.ts` turns it into the public `DecodeError`.
 */
import { ValueError } from '../otlpjson/errors.js';

/** Wire types of the protobuf encoding. */
export const WIRE = { varint: 0, i64: 1, len: 2, startGroup: 3, endGroup: 4, i32: 5 } as const;

export class WireReader {
  pos = 0;
  /** End of the message being read; reads never go past it. */
  limit: number;
  /** Fields skipped because their number (or wire type) is not part of the schema. */
  unknownFields = 0;
  /** When set, an unknown field is an error instead of being skipped (used to recognise the signal). */
  strict = false;
  private readonly view: DataView;
  /** The same bytes as a Buffer, for its native UTF-8 decoding. */
  private readonly text: NodeBuffer;

  constructor(readonly buf: Uint8Array) {
    this.limit = buf.length;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength) as NodeBuffer;
  }

  /** Enters a length-delimited sub-message: returns the outer limit, to pass to {@link leave}. */
  enter(): number {
    const end = this.lenEnd();
    const saved = this.limit;
    this.limit = end;
    return saved;
  }

  /** Leaves a sub-message entered with {@link enter}. */
  leave(saved: number): void {
    this.limit = saved;
  }

  /** Throws the internal error at `at` (default: the current position). */
  fail(detail: string, at = this.pos): never {
    throw new ValueError(detail, at);
  }

  /** Reads a varint of at most 32 significant bits as an unsigned number. */
  uint32(): number {
    const buf = this.buf;
    let p = this.pos;
    if (p < this.limit && buf[p] < 0x80) {
      this.pos = p + 1;
      return buf[p];
    }
    let result = 0;
    let shift = 0;
    const start = p;
    for (;;) {
      if (p >= this.limit) this.fail('truncated varint', start);
      const b = buf[p++];
      if (shift < 28) result |= (b & 0x7f) << shift;
      else if (shift === 28) result |= (b & 0x0f) << 28;
      if (b < 0x80) break;
      shift += 7;
      if (shift >= 70) this.fail('varint longer than 10 bytes', start);
    }
    this.pos = p;
    return result >>> 0;
  }

  /** int32 / enum: the low 32 bits of the varint, signed. */
  int32(): number {
    return this.uint32() | 0;
  }

  /** sint32 (zigzag). */
  sint32(): number {
    const n = this.uint32();
    return (n >>> 1) ^ -(n & 1);
  }

  /** A varint as an unsigned 64-bit bigint. */
  uint64(): bigint {
    const buf = this.buf;
    const start = this.pos;
    let p = start;
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (;;) {
      if (p >= this.limit) this.fail('truncated varint', start);
      const b = buf[p++];
      const bits = b & 0x7f;
      if (shift < 28) lo |= bits << shift;
      else if (shift === 28) {
        lo |= (bits & 0x0f) << 28;
        hi |= bits >>> 4;
      } else if (shift < 64) hi |= bits << (shift - 32);
      if (b < 0x80) break;
      shift += 7;
      if (shift >= 70) this.fail('varint longer than 10 bytes', start);
    }
    this.pos = p;
    lo >>>= 0;
    hi >>>= 0;
    return hi === 0 ? BigInt(lo) : (BigInt(hi) << 32n) | BigInt(lo);
  }

  /** int64 (two's complement varint). */
  int64(): bigint {
    return BigInt.asIntN(64, this.uint64());
  }

  private need(n: number): number {
    const p = this.pos;
    if (p + n > this.limit) this.fail(`truncated: ${n} bytes needed, ${this.limit - p} left`);
    this.pos = p + n;
    return p;
  }

  /** fixed64 as an unsigned bigint. */
  fixed64(): bigint {
    const p = this.need(8);
    const lo = this.view.getUint32(p, true);
    const hi = this.view.getUint32(p + 4, true);
    return hi === 0 ? BigInt(lo) : (BigInt(hi) << 32n) | BigInt(lo);
  }

  /** sfixed64 as a signed bigint. */
  sfixed64(): bigint {
    return BigInt.asIntN(64, this.fixed64());
  }

  /** fixed32 as an unsigned number. */
  fixed32(): number {
    return this.view.getUint32(this.need(4), true);
  }

  double(): number {
    return this.view.getFloat64(this.need(8), true);
  }

  bool(): boolean {
    return this.uint64() !== 0n;
  }

  /** Reads a length prefix and returns the end offset of the field's bytes (checked). */
  lenEnd(): number {
    const at = this.pos;
    const n = this.uint32();
    const end = this.pos + n;
    if (end > this.limit) this.fail(`truncated: length ${n} goes past the end of its message (${this.limit - this.pos} bytes left)`, at);
    return end;
  }

  /** A length-delimited UTF-8 string (invalid sequences become U+FFFD, as most protobuf runtimes allow). */
  string(): string {
    const end = this.lenEnd();
    const start = this.pos;
    this.pos = end;
    return start === end ? '' : this.text.utf8Slice(start, end);
  }

  /** A length-delimited byte string, copied (never a view into the input). */
  bytes(): Uint8Array {
    const end = this.lenEnd();
    const out = this.buf.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  /** Reads an id of `size` bytes into `into`; an empty field leaves zeros. */
  id(into: Uint8Array, what: string): Uint8Array {
    const at = this.pos;
    const end = this.lenEnd();
    const n = end - this.pos;
    if (n !== 0 && n !== into.length) this.fail(`expected a ${what} of ${into.length} bytes, got ${n}`, at);
    const buf = this.buf;
    for (let i = 0, p = this.pos; p < end; i++, p++) into[i] = buf[p];
    this.pos = end;
    return into;
  }

  /** Skips one field of wire type `tag & 7` (an unknown field). */
  skip(tag: number): void {
    this.unknownFields++;
    if (this.strict) this.fail(`unknown field ${tag >>> 3} (wire type ${tag & 7})`);
    this.skipValue(tag, 0);
  }

  private skipValue(tag: number, depth: number): void {
    switch (tag & 7) {
      case WIRE.varint:
        this.uint64();
        return;
      case WIRE.i64:
        this.need(8);
        return;
      case WIRE.len:
        this.pos = this.lenEnd();
        return;
      case WIRE.i32:
        this.need(4);
        return;
      case WIRE.startGroup: {
        if (depth > 64) this.fail('groups nested too deeply');
        for (;;) {
          const at = this.pos;
          const inner = this.uint32();
          if ((inner & 7) === WIRE.endGroup) {
            if (inner >>> 3 !== tag >>> 3) this.fail(`end of group ${inner >>> 3} does not match group ${tag >>> 3}`, at);
            return;
          }
          if (inner >>> 3 === 0) this.fail('field number 0', at);
          this.skipValue(inner, depth + 1);
        }
      }
      default:
        this.fail(`invalid wire type ${tag & 7}`);
    }
  }

  /** Reads a tag; field number 0 or a stray end-group is malformed. */
  tag(): number {
    const at = this.pos;
    const t = this.uint32();
    if (t >>> 3 === 0) this.fail('field number 0', at);
    if ((t & 7) === WIRE.endGroup) this.fail('unexpected end of group', at);
    return t;
  }
}

/** Node's Buffer has a native UTF-8 slice that skips `toString`'s argument handling. */
type NodeBuffer = Buffer & { utf8Slice(start: number, end: number): string };
