/**
 * `delete_index(target, startIndex, Optional[endIndex])`: removes `target[startIndex:endIndex]`
 * (one element when `endIndex` is absent) from a slice, in place.
 *
 * Errors: the target is not a slice; `startIndex` outside `[0, len)`; `endIndex < startIndex`;
 * `endIndex > len`. Deleting everything (`0, len`) is allowed even on an empty slice.
 */
import { OttlRuntimeError } from '../core/errors.js';
import { expectSlice } from '../core/values/coerce.js';
import { defineFunction } from './signature.js';

export const delete_index = defineFunction({
  name: 'delete_index',
  kind: 'editor',
  description: 'Removes elements of a slice from startIndex up to (not including) endIndex.',
  params: [
    { name: 'target', kind: 'path', doc: 'a slice path' },
    { name: 'start_index', kind: 'int', doc: 'first index to delete' },
    { name: 'end_index', kind: 'int', optional: true, doc: 'index after the last deleted element (default startIndex+1)' },
  ],
  create({ target, start_index, end_index }) {
    return (ctx) => {
      const t = expectSlice(target.get(ctx));
      const start = start_index(ctx);
      const len = BigInt(t.length);
      const end = end_index === undefined ? start + 1n : end_index(ctx);
      if (start === 0n && end === len) {
        target.set(ctx, []);
        return null;
      }
      if (start < 0n || start >= len) {
        throw new OttlRuntimeError(`startIndex ${start} out of bounds for slice of length ${len}`);
      }
      if (end < start) throw new OttlRuntimeError(`endIndex ${end} cannot be less than startIndex ${start}`);
      if (end > len) throw new OttlRuntimeError(`deletion range [${start}:${end}] out of bounds for slice of length ${len}`);
      if (end > start) t.splice(Number(start), Number(end - start));
      target.set(ctx, t);
      return null;
    };
  },
});
