/**
 * The browser bundle's stand-ins for Node built-ins give Node's answers.
 */
import * as nodeCrypto from 'node:crypto';
import { StringDecoder as NodeStringDecoder } from 'node:string_decoder';
import { describe, expect, it } from 'vitest';
import { createHash, randomFillSync, randomUUID } from '../../playground/shims/crypto.js';
import { StringDecoder } from '../../playground/shims/string_decoder.js';

const TEXTS = ['', 'hello world', 'ünïcødé 🎉', 'x'.repeat(1000)];

describe('browser shims', () => {
  it.each(['md5', 'sha1', 'sha256', 'sha512'])('createHash(%s) digests like node:crypto', (alg) => {
    for (const t of TEXTS) {
      expect(createHash(alg).update(t, 'utf8').digest('hex')).toBe(nodeCrypto.createHash(alg).update(t, 'utf8').digest('hex'));
    }
    const bytes = Uint8Array.from([1, 2, 3, 250]);
    expect(createHash(alg).update(bytes).digest('base64')).toBe(nodeCrypto.createHash(alg).update(bytes).digest('base64'));
  });

  it('random ids have the right shape', () => {
    expect(randomUUID()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const b = randomFillSync(new Uint8Array(32));
    expect(b.some((x) => x !== 0)).toBe(true);
  });

  it.each(['utf8', 'utf16le', 'latin1', 'base64', 'hex'])('StringDecoder(%s) decodes split input like Node', (enc) => {
    const data = Buffer.from('añ€😀 end', 'utf8');
    const ours = new StringDecoder(enc);
    const node = new NodeStringDecoder(enc as BufferEncoding);
    // Split inside a multi-byte character: the streamed decoders must carry the partial bytes over.
    const a = ours.write(data.subarray(0, 3)) + ours.write(data.subarray(3)) + ours.end();
    const b = node.write(data.subarray(0, 3)) + node.write(data.subarray(3)) + node.end();
    expect(a).toBe(b);
  });
});
