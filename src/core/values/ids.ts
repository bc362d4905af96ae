/**
 * Trace, span and profile ids: hex text and emptiness, as pdata and OTTL's context helpers define
 * them (`pcommon.TraceID.String()`, `ctxutil.ParseTraceID`).
 */
import { OttlRuntimeError } from '../errors.js';
import { ProfileID, SpanID, TraceID } from './types.js';
import { utf8ByteLength } from './utf8.js';

/** An id value or its raw bytes. */
export type IdLike = TraceID | SpanID | ProfileID | Uint8Array;

const HEX = '0123456789abcdef';
const HEX_TABLE: readonly string[] = Array.from({ length: 256 }, (_, i) => HEX[i >> 4] + HEX[i & 15]);

/** Lowercase hex of bytes (Go `hex.EncodeToString`). */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX_TABLE[bytes[i]];
  return out;
}

function rawBytes(id: IdLike): Uint8Array {
  return id instanceof Uint8Array ? id : id.bytes;
}

/** True when every byte is zero: pdata's "empty" id. */
export function isZeroId(id: IdLike): boolean {
  const b = rawBytes(id);
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/**
 * An id's text as pdata's `String()` writes it: lowercase hex, and the **empty string** for an
 * all-zero (empty) id. This is what `trace_id.string` / `span_id.string` read.
 */
export function idToHex(id: IdLike): string {
  return isZeroId(id) ? '' : bytesToHex(rawBytes(id));
}

/** The value of one hex digit (either case), or -1. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Go `hex.DecodeString`: accepts either case, errors as Go does
 * (`encoding/hex: invalid byte: U+0067 'g'`, `encoding/hex: odd length hex string`).
 * Like Go, an invalid byte is reported before an odd length when it comes first.
 */
export function hexToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length >> 1);
  let i = 0;
  for (; i + 1 < text.length; i += 2) {
    const hi = hexDigit(text.charCodeAt(i));
    if (hi < 0) throw new OttlRuntimeError(invalidByte(text, i));
    const lo = hexDigit(text.charCodeAt(i + 1));
    if (lo < 0) throw new OttlRuntimeError(invalidByte(text, i + 1));
    out[i >> 1] = (hi << 4) | lo;
  }
  if (text.length % 2 === 1) {
    if (hexDigit(text.charCodeAt(i)) < 0) throw new OttlRuntimeError(invalidByte(text, i));
    throw new OttlRuntimeError('encoding/hex: odd length hex string');
  }
  return out;
}

function invalidByte(text: string, index: number): string {
  const cp = text.codePointAt(index) ?? 0;
  // Go reports the byte; for non-ASCII input that is the first UTF-8 byte, shown as its code point.
  const byte = cp < 0x80 ? cp : firstUtf8Byte(cp);
  const code = `U+${byte.toString(16).toUpperCase().padStart(4, '0')}`;
  // Go's %#U adds the character only when it is printable.
  const printable = (byte >= 0x20 && byte < 0x7f) || (byte > 0xa0 && byte !== 0xad);
  return `encoding/hex: invalid byte: ${printable ? `${code} '${String.fromCharCode(byte)}'` : code}`;
}

function firstUtf8Byte(cp: number): number {
  if (cp < 0x800) return 0xc0 | (cp >> 6);
  if (cp < 0x10000) return 0xe0 | (cp >> 12);
  return 0xf0 | (cp >> 18);
}

/** The id kinds and their sizes and length messages (`ctxutil.ParseTraceID` / `ParseSpanID`). */
const ID_KINDS = {
  TraceID: { size: 16, message: 'trace ids must be 32 hex characters', make: (b: Uint8Array) => new TraceID(b) },
  SpanID: { size: 8, message: 'span ids must be 16 hex characters', make: (b: Uint8Array) => new SpanID(b) },
  ProfileID: { size: 16, message: 'profile ids must be 32 hex characters', make: (b: Uint8Array) => new ProfileID(b) },
} as const;

/** Which id to build in {@link hexToId}. */
export type IdKind = keyof typeof ID_KINDS;

/**
 * Parses hex text into an id, as the `*.string` id paths do on write. The length check uses Go's
 * `hex.DecodedLen(len(s))` (`len/2`), so a 33-character string passes it and then fails with
 * `encoding/hex: odd length hex string`.
 *
 * @throws OttlRuntimeError `trace ids must be 32 hex characters`, `span ids must be 16 hex
 *   characters`, or a hex decoding error.
 */
export function hexToId(kind: 'TraceID', text: string): TraceID;
export function hexToId(kind: 'SpanID', text: string): SpanID;
export function hexToId(kind: 'ProfileID', text: string): ProfileID;
export function hexToId(kind: IdKind, text: string): TraceID | SpanID | ProfileID;
export function hexToId(kind: IdKind, text: string): TraceID | SpanID | ProfileID {
  const spec = ID_KINDS[kind];
  if (utf8ByteLength(text) >> 1 !== spec.size) throw new OttlRuntimeError(spec.message);
  return spec.make(hexToBytes(text));
}
