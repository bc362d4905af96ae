/**
 * `TraceID`, `SpanID` and `ProfileID`: an id from raw bytes of the id's size or from hex text
 * twice that long, as the reference's `newIDExprFunc`.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import { hexToBytes } from '../../core/values/ids.js';
import type { Value } from '../../core/values/types.js';
import { ArgumentError, defineFunction, getLiteralValue } from '../signature.js';

function decodeHexBytes(b: Uint8Array): Uint8Array {
  let text = '';
  for (let i = 0; i < b.length; i++) text += String.fromCharCode(b[i]!);
  return hexToBytes(text);
}

/** Defines an id converter taking `bytesLike` input of `size` raw bytes or `2 * size` hex digits. */
export function defineIdConverter(name: string, size: number, make: (bytes: Uint8Array) => Value) {
  return defineFunction({
    name,
    kind: 'converter',
    description: `Builds a ${name} from ${size} bytes or ${size * 2} hex characters`,
    params: [{ name: 'target', kind: 'bytesLike' }] as const,
    create: ({ target }) => {
      const toId = (bytes: Uint8Array | null): Value => {
        const b = bytes ?? new Uint8Array(0);
        if (b.length === size) return make(Uint8Array.from(b));
        if (b.length === size * 2) {
          let decoded: Uint8Array;
          try {
            decoded = decodeHexBytes(b);
          } catch (e) {
            throw new OttlRuntimeError(`${name}: could not decode ID: invalid hex: ${(e as Error).message}`);
          }
          return make(decoded);
        }
        throw new OttlRuntimeError(
          `${name}: could not decode ID: invalid length: expected ${size} or ${size * 2} bytes, got ${b.length}`,
        );
      };
      // As the reference: a literal argument is decoded once, and a bad one fails at parse time.
      const literal = getLiteralValue(target);
      if (literal !== undefined) {
        let id: Value;
        try {
          id = toId(literal.value);
        } catch (e) {
          throw new ArgumentError('target', (e as Error).message);
        }
        return () => id;
      }
      return (ctx) => toId(target(ctx));
    },
  });
}
