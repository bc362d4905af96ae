/**
 * `Concat(vals[], delimiter)`: joins the string forms of the values (StringLikeGetter coercion:
 * numbers and bools as text, bytes as hex, maps and slices as JSON); a nil value is written
 * `<nil>`, as in the reference.
 *
 * `vals` is a list literal or, as the reference's `SliceGetter` allows, any expression yielding a
 * slice (`Concat(attributes["parts"], ",")`); anything else is a run-time error.
 */
import { OttlRuntimeError } from '../runtime/errors.js';
import { toStringLike } from '../values/coerce.js';
import { goTypeName } from '../values/go-text.js';
import { defineFunction } from './signature.js';

export const Concat = defineFunction({
  name: 'Concat',
  kind: 'converter',
  description: 'Joins the string forms of values with a delimiter.',
  params: [
    { name: 'vals', kind: 'any', doc: 'the values to join: a list literal or a slice' },
    { name: 'delimiter', kind: 'string', doc: 'placed between values' },
  ],
  create({ vals, delimiter }) {
    return (ctx) => {
      const d = delimiter(ctx);
      const list = vals(ctx);
      if (!Array.isArray(list)) {
        throw new OttlRuntimeError(`expected a slice of values but got ${list === null ? 'nil' : goTypeName(list)}`);
      }
      let out = '';
      for (let i = 0; i < list.length; i++) {
        if (i > 0) out += d;
        out += toStringLike(list[i] ?? null) ?? '<nil>';
      }
      return out;
    };
  },
});
