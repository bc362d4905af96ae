/** `ParseInt(target, base)`: parses an integer in a base, as Go's `strconv.ParseInt`. */
import { OttlRuntimeError } from '../core/errors.js';
import { goParseInt } from './internal/conv-parse-int.js';
import { defineFunction } from './signature.js';

/**
 * Parses `target` as a signed 64-bit integer in `base` (2..36, or 0 to detect a `0b`/`0o`/`0`/`0x`
 * prefix, then allowing `_` separators). An empty target, a negative base, a base above 36, bad
 * digits or an out-of-range value are run-time errors with Go's messages.
 */
export const ParseInt = defineFunction({
  name: 'ParseInt',
  kind: 'converter',
  description: 'Parses an integer in a base (Go strconv.ParseInt)',
  params: [
    { name: 'target', kind: 'string' },
    { name: 'base', kind: 'int' },
  ] as const,
  create: ({ target, base }) => (ctx) => {
    const s = target(ctx);
    if (s === '') throw new OttlRuntimeError('invalid target value for ParseInt function, target cannot be empty');
    const b = base(ctx);
    if (b < 0n) throw new OttlRuntimeError(`invalid base value: ${b} for ParseInt function, base cannot be negative`);
    try {
      return goParseInt(s, b > 1000n ? 1000 : Number(b));
    } catch (e) {
      throw new OttlRuntimeError((e as Error).message.replace('invalid base 1000', `invalid base ${b}`));
    }
  },
});
