/**
 * `Concat(vals[], delimiter)`: joins the string forms of the values (StringLikeGetter coercion:
 * numbers and bools as text, bytes as hex, maps and slices as JSON); a nil value is written
 * `<nil>`, as in the reference.
 *
 * `vals` must be a list literal (its items may be any expressions). The reference's
 * `SliceGetter[StringLikeGetter]` also takes a path or converter yielding a slice, but only with
 * the alpha gate `pkg.ottl.functions.enableDynamicSliceArguments`, which we do not offer yet.
 */
import { checkOutputLength } from './internal/bounded-text.js';
import { defineFunction } from './signature.js';

export const Concat = defineFunction({
  name: 'Concat',
  kind: 'converter',
  description: 'Joins the string forms of values with a delimiter.',
  example: {
    statement: 'set(log.attributes["id"], Concat([log.attributes["team"], log.attributes["user"]], "/"))',
    attributes: { team: 'pay', user: 'alice' },
    result: 'log.attributes["id"]: (absent) → "pay/alice"',
  },
  params: [
    { name: 'vals', kind: 'stringLikeList', doc: 'the values to join (a list literal)' },
    { name: 'delimiter', kind: 'string', doc: 'placed between values' },
  ],
  create({ vals, delimiter }) {
    return (ctx) => {
      const d = delimiter(ctx);
      let out = '';
      for (let i = 0; i < vals.length; i++) {
        const v = vals[i](ctx) ?? '<nil>';
        // Each value may be large; the sum is checked before it is built (limits.ts).
        checkOutputLength('Concat', out.length + (i > 0 ? d.length : 0) + v.length);
        if (i > 0) out += d;
        out += v;
      }
      return out;
    };
  },
});
