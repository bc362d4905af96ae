/** `Log(target)`: the natural logarithm of a number. */
import { OttlRuntimeError } from '../core/errors.js';
import { formatFloatG } from '../core/values/format.js';
import { defineFunction } from './signature.js';

/**
 * Returns ln(`target`) as a float64. The argument is coerced as a float (`floatLike`: int64,
 * numeric strings, bools). Nil, and values <= 0, are run-time errors.
 */
export const Log = defineFunction({
  name: 'Log',
  kind: 'converter',
  description: 'Returns the natural logarithm of a number',
  params: [{ name: 'target', kind: 'floatLike' }] as const,
  create: ({ target }) => (ctx) => {
    const v = target(ctx);
    if (v === null) throw new OttlRuntimeError('invalid input: <nil>');
    if (v <= 0) throw new OttlRuntimeError(`invalid input: expected number greater than zero but got ${formatFloatG(v)}`);
    return Math.log(v);
  },
});
