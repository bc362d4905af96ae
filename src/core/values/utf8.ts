/**
 * UTF-8 byte semantics for JavaScript strings.
 *
 * Go strings are byte sequences and many OTTL functions count or slice **bytes** (`Len`,
 * `Substring`, `truncate_all`); JavaScript strings are UTF-16. These helpers convert between the
 * two views without allocating when the string is ASCII (the common case).
 *
 * A lone surrogate cannot be encoded in UTF-8; like `TextEncoder`, it counts as U+FFFD (3 bytes).
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

/** Encodes a string as UTF-8 bytes (lone surrogates become U+FFFD). */
export function utf8Encode(s: string): Uint8Array {
  return encoder.encode(s);
}

/**
 * Decodes UTF-8 bytes to a string. Invalid sequences become U+FFFD, one per maximal invalid
 * subpart, which is also what Go does when it converts invalid bytes to runes.
 */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** The number of bytes `s` takes in UTF-8 (Go's `len(s)`). */
export function utf8ByteLength(s: string): number {
  const n = s.length;
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(s.charCodeAt(i + 1))) {
      // A surrogate pair is 2 UTF-16 units and 4 UTF-8 bytes.
      bytes += 2;
      i++;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

/** True when every character of `s` is ASCII, so byte offsets equal string offsets. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * The substring of `s` between UTF-8 byte offsets `start` (inclusive) and `end` (exclusive),
 * like Go's `s[start:end]`. Offsets are clamped to `[0, utf8ByteLength(s)]`. When an offset falls
 * inside a multi-byte character, the partial bytes are decoded as U+FFFD, which is what a Go
 * string holding those bytes renders as once encoded back to valid UTF-8.
 */
export function sliceUtf8Bytes(s: string, start: number, end?: number): string {
  if (isAscii(s)) return s.slice(start, end);
  const bytes = utf8Encode(s);
  const e = end === undefined ? bytes.length : Math.min(Math.max(end, 0), bytes.length);
  const b = Math.min(Math.max(start, 0), e);
  return utf8Decode(bytes.subarray(b, e));
}

/**
 * The UTF-16 index in `s` that corresponds to UTF-8 byte offset `byteOffset`, or -1 when the offset
 * falls inside a character or past the end. Useful to map byte positions (from a Go-compatible
 * search) back to string positions without re-encoding.
 */
export function utf16IndexOfByteOffset(s: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < s.length) {
    if (bytes === byteOffset) return i;
    if (bytes > byteOffset) return -1;
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      bytes += 1;
      i += 1;
    } else if (c < 0x800) {
      bytes += 2;
      i += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      bytes += 4;
      i += 2;
    } else {
      bytes += 3;
      i += 1;
    }
  }
  return bytes === byteOffset ? i : -1;
}

/**
 * Compares two strings in UTF-8 byte order (Go's `<` on strings), returning -1, 0 or 1.
 * UTF-16 order differs from code-point (= UTF-8) order only when a surrogate meets a unit in
 * U+E000..U+FFFF, so only the first differing unit needs care.
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = fixupForCodePointOrder(x);
      y = fixupForCodePointOrder(y);
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Moves surrogates above U+E000..U+FFFF so that unit order becomes code-point order. */
function fixupForCodePointOrder(c: number): number {
  if (c >= 0xe000) return c - 0x800;
  return c + 0x2000;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
