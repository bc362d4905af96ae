/** Laws of path writes: a written AnyValue reads back equal, and never shares structure with the input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newLogRecord } from '../../src/core/model.js';
import { EvalContext } from '../../src/core/eval-context.js';
import type { Value } from '../../src/core/values/types.js';
import { resolve, setVia } from './helpers.js';

const anyValue: fc.Arbitrary<Value> = fc.letrec<{ v: Value }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.string(),
    fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.uint8Array({ maxLength: 4 }),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.array(fc.tuple(fc.string(), tie('v')), { maxLength: 3 }).map((entries) => new Map(entries)),
  ),
})).v;

describe('write laws', () => {
  const ctx = new EvalContext();
  ctx.log = newLogRecord();
  const acc = resolve('log', 'log.attributes["k"]["nested"]');

  it('reads back what was written, as an independent copy', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        ctx.log?.attributes.clear();
        setVia(acc, ctx, v);
        const read = acc.get(ctx);
        expect(read).toStrictEqual(v);
        if (v !== null && typeof v === 'object') expect(read).not.toBe(v);
      }),
      { numRuns: 200 },
    );
  });

  it('int64 timestamps round-trip exactly through *_unix_nano', () => {
    const nano = resolve('log', 'log.observed_time_unix_nano');
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), (t) => {
        setVia(nano, ctx, t);
        expect(nano.get(ctx)).toBe(t);
      }),
      { numRuns: 200 },
    );
  });
});
