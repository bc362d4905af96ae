/**
 * Decoding of literal token images into values, with the reference's rules: Go `strconv.Unquote`
 * for strings, `strconv.ParseInt(s, 10, 64)` for ints, `ParseFloat` for floats and
 * `hex.DecodeString` for bytes. Each decoder returns a value or an error message (no throwing).
 */

/** The decoded value or the reason the literal is invalid. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

const INT64_MAX = (1n << 63n) - 1n;
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 0x07,
  b: 0x08,
  f: 0x0c,
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  v: 0x0b,
  '\\': 0x5c,
  '"': 0x22,
};

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * Unquotes a double-quoted string token like Go's `strconv.Unquote`. Escapes: `\a \b \f \n \r \t
 * \v \\ \"`, `\xHH`, octal `\NNN` (at most `\377`), `\uHHHH`, `\UHHHHHHHH` (a valid code point,
 * not a surrogate). `\'`, unknown escapes such as `\d` and raw newlines are errors. `\x`/octal
 * escapes give raw bytes; bytes that are not valid UTF-8 become U+FFFD (JS strings are UTF-16).
 */
export function unquoteString(image: string): Decoded<string> {
  if (image.length < 2 || image[0] !== '"' || image[image.length - 1] !== '"') {
    return { ok: false, message: 'invalid string literal: missing quotes' };
  }
  const body = image.slice(1, -1);
  if (!body.includes('\\')) {
    if (body.includes('\n')) return { ok: false, message: 'invalid string literal: newline inside quotes' };
    return { ok: true, value: body };
  }
  const bytes: number[] = [];
  let i = 0;
  const pushText = (s: string): void => {
    for (const b of utf8.encode(s)) bytes.push(b);
  };
  while (i < body.length) {
    const c = body[i];
    if (c === '\n') return { ok: false, message: 'invalid string literal: newline inside quotes' };
    if (c !== '\\') {
      // ASCII is its own UTF-8 byte (most text between escapes, e.g. in regex patterns).
      const code = body.charCodeAt(i);
      if (code < 0x80) {
        bytes.push(code);
        i++;
        continue;
      }
      const cp = body.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      pushText(ch);
      i += ch.length;
      continue;
    }
    const e = body[i + 1];
    if (e !== undefined && e in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[e]);
      i += 2;
    } else if (e === 'x') {
      const h = body.slice(i + 2, i + 4);
      if (h.length !== 2 || !isHex(h[0]) || !isHex(h[1])) return badEscape(body.slice(i, i + 4));
      bytes.push(parseInt(h, 16));
      i += 4;
    } else if (e !== undefined && e >= '0' && e <= '7') {
      const o = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) return badEscape(body.slice(i, i + 4));
      bytes.push(parseInt(o, 8));
      i += 4;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const h = body.slice(i + 2, i + 2 + n);
      if (h.length !== n || ![...h].every(isHex)) return badEscape(body.slice(i, i + 2 + n));
      const cp = parseInt(h, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return badEscape(body.slice(i, i + 2 + n));
      pushText(String.fromCodePoint(cp));
      i += 2 + n;
    } else {
      return badEscape(body.slice(i, i + 2));
    }
  }
  const value = utf8Decoder.decode(Uint8Array.from(bytes));
  return { ok: true, value };
}

function badEscape(seq: string): Decoded<never> {
  return { ok: false, message: `invalid escape sequence ${seq} in string literal` };
}

/** Parses an unsigned decimal int token as int64; values above 2^63-1 are errors. */
export function parseInt64(image: string): Decoded<bigint> {
  const v = BigInt(image);
  if (v > INT64_MAX) return { ok: false, message: `int literal ${image} is out of range for int64` };
  return { ok: true, value: v };
}

/** Parses a float token (always finite unless it overflows, which Go reports as an error). */
export function parseFloat64(image: string): Decoded<number> {
  const v = Number(image.endsWith('.') ? image + '0' : image.replace(/\.(?=[eE])/, '.0'));
  if (!Number.isFinite(v)) return { ok: false, message: `float literal ${image} is out of range` };
  return { ok: true, value: v };
}

/** Decodes a `0x…` token; an odd number of hex digits is an error, as in Go's `hex.DecodeString`. */
export function decodeBytes(image: string): Decoded<Uint8Array> {
  const hex = image.slice(2);
  if (hex.length % 2 !== 0) return { ok: false, message: `invalid bytes literal ${image}: odd number of hex digits` };
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return { ok: true, value: out };
}
