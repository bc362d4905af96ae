/**
 * Go's `encoding/base64` for the four variants OTTL names: `base64` (standard, padded),
 * `base64-raw` (standard, unpadded), `base64-url`, `base64-raw-url`. Decoding follows Go: `\r` and
 * `\n` are ignored, padding must be exactly right for padded variants and absent for raw ones,
 * and errors read `illegal base64 data at input byte N`.
 */
const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export interface Base64Variant {
  readonly alphabet: string;
  readonly padded: boolean;
  readonly decodeMap: Int16Array;
}

function variant(alphabet: string, padded: boolean): Base64Variant {
  const decodeMap = new Int16Array(256).fill(-1);
  for (let i = 0; i < alphabet.length; i++) decodeMap[alphabet.charCodeAt(i)] = i;
  return { alphabet, padded, decodeMap };
}

/** The variants by their OTTL names. */
export const BASE64_VARIANTS: ReadonlyMap<string, Base64Variant> = new Map([
  ['base64', variant(STD, true)],
  ['base64-raw', variant(STD, false)],
  ['base64-url', variant(URL, true)],
  ['base64-raw-url', variant(URL, false)],
]);

/** Encodes bytes (Go `EncodeToString`). */
export function base64Encode(bytes: Uint8Array, v: Base64Variant): string {
  let out = '';
  let i = 0;
  const a = v.alphabet;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += a[n >> 18]! + a[(n >> 12) & 63]! + a[(n >> 6) & 63]! + a[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += a[n >> 18]! + a[(n >> 12) & 63]! + (v.padded ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += a[n >> 18]! + a[(n >> 12) & 63]! + a[(n >> 6) & 63]! + (v.padded ? '=' : '');
  }
  return out;
}

/** Decodes base64 bytes (Go `Decode`); throws `illegal base64 data at input byte N`. */
export function base64Decode(src: Uint8Array, v: Base64Variant): Uint8Array {
  const out: number[] = [];
  const bad = (at: number) => new Error(`illegal base64 data at input byte ${at}`);
  let si = 0;
  const n = src.length;
  const skipNewlines = () => {
    while (si < n && (src[si] === 10 || src[si] === 13)) si++;
  };
  while (si < n) {
    const quantum: number[] = [];
    let dlen = 4;
    let j = 0;
    for (; j < 4; j++) {
      skipNewlines();
      if (si === n) {
        if (j === 0) return Uint8Array.from(out);
        if (j === 1 || v.padded) throw bad(si - j);
        dlen = j;
        break;
      }
      const c = src[si]!;
      si++;
      const d = v.decodeMap[c]!;
      if (d >= 0) {
        quantum.push(d);
        continue;
      }
      if (c === 10 || c === 13) {
        j--;
        continue;
      }
      if (c !== 61 || !v.padded) throw bad(si - 1);
      // '=' padding
      if (j === 0 || j === 1) throw bad(si - 1);
      if (j === 2) {
        skipNewlines();
        if (si === n) throw bad(n);
        if (src[si] !== 61) throw bad(si - 1);
        si++;
      }
      skipNewlines();
      if (si < n) throw bad(si);
      dlen = j;
      break;
    }
    const val = ((quantum[0] ?? 0) << 18) | ((quantum[1] ?? 0) << 12) | ((quantum[2] ?? 0) << 6) | (quantum[3] ?? 0);
    const b0 = (val >> 16) & 255;
    const b1 = (val >> 8) & 255;
    const b2 = val & 255;
    if (dlen === 4) out.push(b0, b1, b2);
    else if (dlen === 3) out.push(b0, b1);
    else if (dlen === 2) out.push(b0);
    if (dlen < 4) return Uint8Array.from(out);
  }
  return Uint8Array.from(out);
}
