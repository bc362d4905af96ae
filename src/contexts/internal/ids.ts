/** Hex forms of trace and span ids (`trace_id.string`), as the reference parses and prints them. */
import { OttlRuntimeError } from '../../core/errors.js';

const HEX = '0123456789abcdef';

/** Lowercase hex of the id bytes (`hex.EncodeToString`). */
export function idToHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b >> 4] + HEX[b & 15];
  return out;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function invalidByte(s: string, i: number): never {
  const cp = s.codePointAt(i) ?? 0;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  throw new OttlRuntimeError(`encoding/hex: invalid byte: U+${hex} '${String.fromCodePoint(cp)}'`);
}

/**
 * `ctxutil.ParseTraceID` / `ParseSpanID`: the text must decode to exactly `size` bytes
 * (`hex.DecodedLen(len) == size`, so one extra odd character passes the length check and then
 * fails as Go's decoder does).
 */
export function parseHexId(s: string, size: 8 | 16): Uint8Array {
  // Go measures the string in bytes; non-ASCII text never decodes anyway.
  const byteLen = Buffer.byteLength(s, 'utf8');
  if (Math.floor(byteLen / 2) !== size) {
    throw new OttlRuntimeError(size === 16 ? 'trace ids must be 32 hex characters' : 'span ids must be 16 hex characters');
  }
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const hi = hexVal(s.charCodeAt(2 * i));
    if (hi < 0) invalidByte(s, 2 * i);
    const lo = hexVal(s.charCodeAt(2 * i + 1));
    if (lo < 0) invalidByte(s, 2 * i + 1);
    out[i] = (hi << 4) | lo;
  }
  if (s.length % 2 === 1) {
    if (hexVal(s.charCodeAt(s.length - 1)) < 0) invalidByte(s, s.length - 1);
    throw new OttlRuntimeError('encoding/hex: odd length hex string');
  }
  return out;
}
