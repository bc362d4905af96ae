/** `Sort(target, order?)`: a sorted copy of a slice. */
import { OttlRuntimeError } from '../core/errors.js';
import { valueAsString } from '../core/values/format.js';
import { goTypeName } from '../core/values/go-text.js';
import { compareUtf8 } from '../core/values/utf8.js';
import type { Value } from '../core/values/types.js';
import { ArgumentError, defineFunction } from './signature.js';

type SortKind = 'int' | 'double' | 'string';

/**
 * The common comparison type of the elements, as the reference decides it: all ints → int; ints
 * and doubles mixed → double (numeric); any string, bool or nil → string (compare the text forms);
 * any map, slice, bytes or other value → unsortable (`undefined`).
 */
function commonKind(list: readonly Value[]): SortKind | undefined {
  const first = typeof list[0];
  let wantDouble = false;
  let wantString = false;
  for (const v of list) {
    if (typeof v === 'bigint') {
      if (first === 'number') wantDouble = true;
    } else if (typeof v === 'number') {
      if (first === 'bigint') wantDouble = true;
    } else if (typeof v === 'string' || typeof v === 'boolean' || v === null) {
      wantString = true;
    } else {
      return undefined;
    }
  }
  if (wantString) return 'string';
  if (wantDouble) return 'double';
  return first === 'bigint' ? 'int' : first === 'number' ? 'double' : 'string';
}

function compareKeys(a: bigint | number | string, b: bigint | number | string): number {
  if (typeof a === 'string') return compareUtf8(a, b as string);
  // cmp.Compare: NaN sorts before everything, and NaN equals NaN.
  const an = Number.isNaN(a as number);
  const bn = Number.isNaN(b as number);
  if (an || bn) return an && bn ? 0 : an ? -1 : 1;
  const x = a as number | bigint;
  const y = b as number | bigint;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Returns a new slice with the elements of `target` ordered by the common comparison type (see
 * {@link commonKind}); the elements keep their original types (`Sort([0, 2, 3.33, 0])` gives
 * `[0, 0, 2, 3.33]` with ints still ints). Strings compare by UTF-8 bytes; equal keys keep their
 * order. An empty slice, or a slice holding maps, slices or bytes, is returned unchanged, as in the
 * reference; any other value (nil included) is a run-time error
 * `sort with unsupported type: '<nil>'. Target is not a list`. `order` must be the literal `asc`
 * (default) or `desc`.
 */
export const Sort = defineFunction({
  name: 'Sort',
  kind: 'converter',
  description: 'a sorted copy of a list (asc or desc)',
  params: [
    { name: 'target', kind: 'any', doc: 'the list to sort' },
    { name: 'order', kind: 'literalString', optional: true, doc: '"asc" (default) or "desc"' },
  ] as const,
  create: ({ target, order }) => {
    if (order !== undefined && order !== 'asc' && order !== 'desc') {
      throw new ArgumentError('order', `invalid arguments: ${order}. Order should be either "asc" or "desc"`);
    }
    const sign = order === 'desc' ? -1 : 1;
    return (ctx) => {
      const v = target(ctx);
      if (!Array.isArray(v)) {
        throw new OttlRuntimeError(`sort with unsupported type: '${goTypeName(v)}'. Target is not a list`);
      }
      if (v.length === 0) return v;
      const kind = commonKind(v);
      if (kind === undefined) return v;
      const keyed = v.map((item) => ({
        item,
        key:
          kind === 'string' ? valueAsString(item) : kind === 'double' ? Number(item as bigint | number) : (item as bigint),
      }));
      keyed.sort((a, b) => sign * compareKeys(a.key, b.key));
      return keyed.map((k) => k.item);
    };
  },
});
