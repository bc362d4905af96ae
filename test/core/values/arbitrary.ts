/**
 * fast-check generators for OTTL values, shared by the value tests. The generators live in
 * `src/testing` (the published `ottl/testing` helpers); these names are kept for the value tests.
 */
import type fc from 'fast-check';
import { edgyInt64Arb, int64Arb, valueArb } from '../../../src/testing/values.js';
import type { Value } from '../../../src/core/values/types.js';

/** Any int64. */
export const arbitraryInt64: fc.Arbitrary<bigint> = int64Arb();

/** Int64s biased towards the edges where wrapping happens. */
export const edgyInt64: fc.Arbitrary<bigint> = edgyInt64Arb();

/** Any OTTL value, with maps and slices nested a few levels. */
export const arbitraryValue: fc.Arbitrary<Value> = valueArb();
