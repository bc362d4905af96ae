/**
 * MurmurHash3 (Austin Appleby's public-domain algorithm), seed 0: the x86 32-bit variant and the
 * x64 128-bit variant, as the reference's murmur3 library computes them over raw bytes.
 */

const C1_32 = 0xcc9e2d51;
const C2_32 = 0x1b873593;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MurmurHash3 x86_32 of `data` with seed 0, as an unsigned 32-bit number. */
export function murmur3x86_32(data: Uint8Array): number {
  const len = data.length;
  const blocks = len & ~3;
  let h = 0;
  for (let i = 0; i < blocks; i += 4) {
    let k = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    k = Math.imul(k, C1_32);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2_32);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const rem = len & 3;
  if (rem > 0) {
    let k = 0;
    if (rem === 3) k ^= data[blocks + 2] << 16;
    if (rem >= 2) k ^= data[blocks + 1] << 8;
    k ^= data[blocks];
    k = Math.imul(k, C1_32);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, C2_32);
    h ^= k;
  }
  h ^= len;
  return fmix32(h);
}

const M64 = (1n << 64n) - 1n;
const C1_64 = 0x87c37b91114253d5n;
const C2_64 = 0x4cf5ad432745937fn;

function rotl64(x: bigint, r: bigint): bigint {
  return ((x << r) | (x >> (64n - r))) & M64;
}

function fmix64(k: bigint): bigint {
  k ^= k >> 33n;
  k = (k * 0xff51afd7ed558ccdn) & M64;
  k ^= k >> 33n;
  k = (k * 0xc4ceb9fe1a85ec53n) & M64;
  k ^= k >> 33n;
  return k;
}

function readU64LE(data: Uint8Array, off: number, n = 8): bigint {
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(data[off + i]);
  return v;
}

/** MurmurHash3 x64_128 of `data` with seed 0: the two 64-bit halves `[h1, h2]`. */
export function murmur3x64_128(data: Uint8Array): [bigint, bigint] {
  const len = data.length;
  const blocks = len - (len % 16);
  let h1 = 0n;
  let h2 = 0n;
  for (let i = 0; i < blocks; i += 16) {
    let k1 = readU64LE(data, i);
    let k2 = readU64LE(data, i + 8);
    k1 = (k1 * C1_64) & M64;
    k1 = rotl64(k1, 31n);
    k1 = (k1 * C2_64) & M64;
    h1 ^= k1;
    h1 = rotl64(h1, 27n);
    h1 = (h1 + h2) & M64;
    h1 = (h1 * 5n + 0x52dce729n) & M64;
    k2 = (k2 * C2_64) & M64;
    k2 = rotl64(k2, 33n);
    k2 = (k2 * C1_64) & M64;
    h2 ^= k2;
    h2 = rotl64(h2, 31n);
    h2 = (h2 + h1) & M64;
    h2 = (h2 * 5n + 0x38495ab5n) & M64;
  }
  const tail = len - blocks;
  if (tail > 8) {
    let k2 = readU64LE(data, blocks + 8, tail - 8);
    k2 = (k2 * C2_64) & M64;
    k2 = rotl64(k2, 33n);
    k2 = (k2 * C1_64) & M64;
    h2 ^= k2;
  }
  if (tail > 0) {
    let k1 = readU64LE(data, blocks, Math.min(tail, 8));
    k1 = (k1 * C1_64) & M64;
    k1 = rotl64(k1, 31n);
    k1 = (k1 * C2_64) & M64;
    h1 ^= k1;
  }
  const l = BigInt(len);
  h1 ^= l;
  h2 ^= l;
  h1 = (h1 + h2) & M64;
  h2 = (h2 + h1) & M64;
  h1 = fmix64(h1);
  h2 = fmix64(h2);
  h1 = (h1 + h2) & M64;
  h2 = (h2 + h1) & M64;
  return [h1, h2];
}

/** `v` as 8 little-endian bytes written into `out` at `off`. */
export function putU64LE(out: Uint8Array, off: number, v: bigint): void {
  for (let i = 0; i < 8; i++) {
    out[off + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}
