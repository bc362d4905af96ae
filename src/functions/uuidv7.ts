/** `UUIDv7()`: a time-ordered (version 7) UUID as text. */
import { randomFillSync } from 'node:crypto';

import { defineFunction } from './signature.js';

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

let lastMs = -1;
let seq = 0;

/**
 * A version-7 UUID: 48-bit Unix milliseconds, then version 7, a 12-bit counter that keeps ids
 * from the same millisecond increasing (as google/uuid does), the RFC 4122 variant, random bits.
 */
export function newUuidV7(nowMs: number = Date.now()): string {
  const b = new Uint8Array(16);
  randomFillSync(b);
  let ms = nowMs;
  if (ms <= lastMs) {
    seq++;
    if (seq > 0xfff) {
      seq = 0;
      lastMs++;
    }
    ms = lastMs;
  } else {
    seq = ((b[6]! & 0x0f) << 8) | b[7]!;
    seq &= 0x7ff;
    lastMs = ms;
  }
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = (b[8]! & 0x3f) | 0x80;
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += HEX[b[i]!];
  }
  return s;
}

/** Returns a new time-ordered version-7 UUID in lower-case hex with dashes. Not deterministic. */
export const UUIDv7 = defineFunction({
  name: 'UUIDv7',
  kind: 'converter',
  description: 'Returns a new time-ordered (v7) UUID',
  params: [] as const,
  create: () => () => newUuidV7(),
});
