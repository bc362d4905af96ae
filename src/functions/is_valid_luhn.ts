/** `IsValidLuhn(target)`: whether a number passes the Luhn checksum. */
import { OttlRuntimeError } from '../core/errors.js';
import { utf8Encode } from '../core/values/utf8.js';
import { defineFunction } from './signature.js';

/** Go's `strconv.Atoi` error for one byte that is not a digit (`"\xc3"` for a non-ASCII byte). */
function notADigit(byte: number): OttlRuntimeError {
  const shown = byte < 0x80 ? JSON.stringify(String.fromCharCode(byte)).slice(1, -1) : `\\x${byte.toString(16).padStart(2, '0')}`;
  return new OttlRuntimeError(`strconv.Atoi: parsing "${shown}": invalid syntax`);
}

/**
 * Returns whether `target` (digits, spaces ignored; an int64 is read as its digits) has a valid
 * Luhn check digit. An empty value gives false. Nil, or any byte that is not a digit, is a run-time
 * error. Bytes are examined one by one, as in the reference.
 */
export const IsValidLuhn = defineFunction({
  name: 'IsValidLuhn',
  kind: 'converter',
  description: 'Returns whether a number passes the Luhn checksum',
  params: [{ name: 'target', kind: 'stringLike' }] as const,
  create: ({ target }) => (ctx) => {
    const v = target(ctx);
    if (v === null) throw new OttlRuntimeError('invalid input: <nil>');
    const bytes = utf8Encode(v.replaceAll(' ', ''));
    if (bytes.length === 0) return false;
    const digit = (b: number) => {
      if (b < 48 || b > 57) throw notADigit(b);
      return b - 48;
    };
    const check = digit(bytes[bytes.length - 1]!);
    let sum = 0;
    let alternate = true;
    for (let i = bytes.length - 2; i >= 0; i--) {
      let n = digit(bytes[i]!);
      if (alternate) {
        n *= 2;
        if (n > 9) n -= 9;
      }
      sum += n;
      alternate = !alternate;
    }
    return (10 - (sum % 10)) % 10 === check;
  },
});
