/**
 * `node:crypto` for the browser bundle: the few calls the library makes (`createHash` for MD5,
 * SHA-1, SHA-256, SHA-512 and community_id; `randomUUID`; `randomFillSync`), synchronous like Node's,
 * on `@noble/hashes` and the Web Crypto random source.
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

type HashFn = (data: Uint8Array) => Uint8Array;
const HASHES: Record<string, HashFn> = { md5, sha1, sha256, sha512 };
const utf8 = new TextEncoder();

const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
function toBase64(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += String.fromCharCode(x);
  return btoa(s);
}

class Hash {
  private readonly parts: Uint8Array[] = [];
  constructor(private readonly fn: HashFn) {}
  update(data: string | Uint8Array, _encoding?: string): this {
    this.parts.push(typeof data === 'string' ? utf8.encode(data) : data);
    return this;
  }
  digest(encoding?: 'hex' | 'base64'): string | Uint8Array {
    const total = this.parts.reduce((n, p) => n + p.length, 0);
    const all = new Uint8Array(total);
    let at = 0;
    for (const p of this.parts) {
      all.set(p, at);
      at += p.length;
    }
    const out = this.fn(all);
    if (encoding === 'hex') return toHex(out);
    if (encoding === 'base64') return toBase64(out);
    return out;
  }
}

/** Node's `createHash` for the algorithms the library uses. */
export function createHash(algorithm: string): Hash {
  const fn = HASHES[algorithm.toLowerCase()];
  if (fn === undefined) throw new Error(`hash ${algorithm} is not available in the browser build`);
  return new Hash(fn);
}

/** Node's `randomUUID` (a v4 UUID from the Web Crypto API). */
export function randomUUID(): string {
  return globalThis.crypto.randomUUID();
}

/** Node's `randomFillSync`: fills the buffer with random bytes and returns it. */
export function randomFillSync<T extends Uint8Array>(buffer: T): T {
  globalThis.crypto.getRandomValues(buffer);
  return buffer;
}

export default { createHash, randomUUID, randomFillSync };
