import fc from 'fast-check';
import { expect, it } from 'vitest';

import { fnv1a64, FNV } from '../../src/functions/fnv.js';
import { runHashCases } from './hash-cases.js';

runHashCases(FNV, [
  { name: 'string (reference row)', input: 'hello world', want: 8618312879776256743n },
  { name: 'empty string hashes to the offset basis', input: '', want: -3750763034362895579n },
  { name: 'UTF-8 bytes (conformance funcs/fnv/utf8-string)', input: 'héllo 世界', want: 7608972139885188978n },
]);

it('FNV agrees with a BigInt FNV-1a 64 on any bytes', () => {
  const slow = (bytes: Uint8Array) => {
    let h = 0xcbf29ce484222325n;
    for (const b of bytes) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
    return BigInt.asIntN(64, h);
  };
  fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => fnv1a64(bytes) === slow(bytes)));
});

it('FNV of a 1 MiB string stays an int64', () => {
  const v = fnv1a64(new Uint8Array(1 << 20).fill(97));
  expect(v >= -(1n << 63n) && v < 1n << 63n).toBe(true);
});
