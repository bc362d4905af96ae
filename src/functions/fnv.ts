/** `FNV(target)`: the 64-bit FNV-1a hash of a string's UTF-8 bytes, as an int64. */
import { defineStringHash } from './internal/hash-define.js';
import { utf8Bytes } from './internal/hash-util.js';

const OFFSET_LO = 0x84222325;
const OFFSET_HI = 0xcbf29ce4;

/**
 * FNV-1a 64 over 32-bit halves (the prime is 2^40 + 0x1b3, so the product needs only a few
 * 32-bit multiplications); avoids BigInt arithmetic per byte.
 */
export function fnv1a64(bytes: Uint8Array): bigint {
  let lo = OFFSET_LO;
  let hi = OFFSET_HI;
  for (let i = 0; i < bytes.length; i++) {
    lo = (lo ^ bytes[i]) >>> 0;
    // (hi:lo) * 0x100000001b3 = (hi:lo) * 0x1b3 + ((lo << 40) mod 2^64)
    const loMul = lo * 0x1b3;
    const newLo = loMul >>> 0;
    const carry = Math.floor(loMul / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = newLo;
  }
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

/**
 * Hashes the UTF-8 bytes of `target` with FNV-1a 64 and returns the result as a signed int64 (the
 * reference converts the uint64 sum with `int64(...)`). The empty string hashes to the offset
 * basis (-3750763034362895579). Nil or a non-string target is an error.
 */
export const FNV = defineStringHash('FNV', 'FNV-1a 64-bit hash of a string, as an int64', (s) => fnv1a64(utf8Bytes(s)));
