/**
 * `Substring(target, start, length, Optional[utf8_safe])`: `length` bytes from byte offset `start`
 * (Go `s[start:start+length]`).
 *
 * With `utf8_safe` (default false), `start` and `length` count characters (code points) instead,
 * so a character is never split. Errors: negative start, length <= 0, or a range beyond the end.
 */
import { OttlRuntimeError } from '../core/errors.js';
import { isAscii, sliceUtf8Bytes, utf8ByteLength } from '../core/values/utf8.js';
import { defineFunction } from './signature.js';

function byCodePoints(s: string, start: bigint, length: bigint): string {
  const end = start + length;
  if (end > BigInt(utf8ByteLength(s))) {
    throw new OttlRuntimeError(
      `invalid range for substring function, start(${start})+length(${length}) exceeds byte length(${utf8ByteLength(s)}) of target string`,
    );
  }
  if (isAscii(s)) return s.slice(Number(start), Number(end));
  const chars = Array.from(s);
  if (end > BigInt(chars.length)) {
    throw new OttlRuntimeError(
      `invalid range for substring function, start(${start})+length(${length}) cannot be greater than the rune length of target string(${chars.length})`,
    );
  }
  return chars.slice(Number(start), Number(end)).join('');
}

export const Substring = defineFunction({
  name: 'Substring',
  kind: 'converter',
  description: 'A substring by byte offset and length.',
  params: [
    { name: 'target', kind: 'string', doc: 'the text' },
    { name: 'start', kind: 'int', doc: 'byte offset (>= 0)' },
    { name: 'length', kind: 'int', doc: 'number of bytes (> 0)' },
    { name: 'utf8_safe', kind: 'literalBool', optional: true, doc: 'count characters instead of bytes (default false)' },
  ],
  create({ target, start, length, utf8_safe }) {
    const safe = utf8_safe ?? false;
    return (ctx) => {
      const st = start(ctx);
      if (st < 0n) throw new OttlRuntimeError(`invalid start for substring function, ${st} cannot be negative`);
      const len = length(ctx);
      if (len <= 0n) throw new OttlRuntimeError(`invalid length for substring function, ${len} cannot be negative or zero`);
      const s = target(ctx);
      if (safe) return byCodePoints(s, st, len);
      const bytes = BigInt(utf8ByteLength(s));
      if (st > bytes || len > bytes - st) {
        throw new OttlRuntimeError(
          `invalid range for substring function, start(${st})+length(${len}) cannot be greater than the length of target string(${bytes})`,
        );
      }
      return sliceUtf8Bytes(s, Number(st), Number(st + len));
    };
  },
});
