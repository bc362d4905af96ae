/**
 * fast-check generators for OTTL values, shared by the value tests.
 */
import fc from 'fast-check';
import { OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from '../../src/values/types.js';

/** Any int64. */
export const arbitraryInt64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });

/** Int64s biased towards the edges where wrapping happens. */
export const edgyInt64 = fc.oneof(
  arbitraryInt64,
  fc.constantFrom(0n, 1n, -1n, (1n << 63n) - 1n, -(1n << 63n), 1n << 32n),
);

const scalar: fc.Arbitrary<Value> = fc.oneof(
  fc.constant(null),
  fc.string(),
  edgyInt64,
  fc.double(),
  fc.boolean(),
  fc.uint8Array({ maxLength: 8 }),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((n) => new OttlTime(n, undefined)),
  arbitraryInt64.map((n) => new OttlDuration(n)),
  fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => new TraceID(b)),
  fc.uint8Array({ minLength: 8, maxLength: 8 }).map((b) => new SpanID(b)),
  fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => new ProfileID(b)),
);

/** Any OTTL value, with maps and slices nested a few levels. */
export const arbitraryValue: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(fc.string({ maxLength: 4 }), tie('value')), { maxLength: 4 }).map((entries) => new Map(entries)),
  ),
})).value;
