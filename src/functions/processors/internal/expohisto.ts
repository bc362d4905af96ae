/**
 * Exponential → explicit histogram bucket conversion, a port of the reference's
 * `pkg/expohisto/conversion` (with the OTel exponent / logarithm bucket mappings it relies on).
 *
 * Each source bucket (zero bucket, negative buckets from the most negative up, positive buckets)
 * is an interval that is either placed whole (`upper`, `midpoint`) or spread over the explicit
 * buckets it overlaps in proportion to the overlap (`uniform`, `random`), rounding cumulative
 * shares so the total count is preserved exactly. `random` rounds with a random offset.
 */

const MIN_NORMAL_EXPONENT = -1022;
const MAX_NORMAL_EXPONENT = 1023;
const MIN_VALUE = 2 ** -1022;
const MAX_FLOAT64 = Number.MAX_VALUE;
const UINT64_MAX = (1n << 64n) - 1n;
const TWO_64 = 1n << 64n;

/** How a source bucket's count is placed in the explicit buckets. */
export type Distribution = 'upper' | 'midpoint' | 'uniform' | 'random';

/** The parts of an exponential histogram point the conversion reads. */
export interface ExponentialInput {
  count: bigint;
  scale: number;
  zeroThreshold: number;
  zeroCount: bigint;
  positive: { offset: number; bucketCounts: readonly bigint[] };
  negative: { offset: number; bucketCounts: readonly bigint[] };
}

/** A conversion failure; the message is the reference's. */
export class ConversionError extends Error {}

class BoundaryError extends ConversionError {
  constructor(readonly overflow: boolean) {
    super(overflow ? 'overflow' : 'underflow');
  }
}

/** Lower boundary of bucket `index` at `scale`. */
type Mapping = (index: number) => number;

function newMapping(scale: number): Mapping {
  if (scale <= 0) {
    if (scale < -10) throw new ConversionError(`invalid exponential histogram scale ${scale}: scale too low`);
    const shift = -scale;
    let minIndex = MIN_NORMAL_EXPONENT >> shift;
    if (shift < 2) minIndex--;
    const maxIndex = MAX_NORMAL_EXPONENT >> shift;
    return (index) => {
      if (index < minIndex) throw new BoundaryError(false);
      if (index > maxIndex) throw new BoundaryError(true);
      // Exact power of two (subnormal below 2^-1022).
      return 2 ** (index * 2 ** shift);
    };
  }
  if (scale > 20) throw new ConversionError(`invalid exponential histogram scale ${scale}: scale out of bounds`);
  const scaleFactor = Math.LOG2E * 2 ** scale;
  const inverseFactor = Math.LN2 * 2 ** -scale;
  const maxIndex = (MAX_NORMAL_EXPONENT + 1) * 2 ** scale - 1;
  const minIndex = MIN_NORMAL_EXPONENT * 2 ** scale;
  const one = 2 ** scale;
  return (index) => {
    if (index >= maxIndex) {
      if (index === maxIndex) return 2 * Math.exp((index - one) / scaleFactor);
      throw new BoundaryError(true);
    }
    if (index <= minIndex) {
      if (index === minIndex) return MIN_VALUE;
      if (index === minIndex - 1) return Math.exp((index + one) / scaleFactor) / 2;
      throw new BoundaryError(false);
    }
    return Math.exp(index * inverseFactor);
  };
}

/**
 * Checks the conversion arguments (also used at compile time).
 * @throws ConversionError with the reference's message.
 */
export function validateArguments(bounds: readonly number[], distribution: string): void {
  if (bounds.length === 0) throw new ConversionError('explicit bounds cannot be empty');
  for (let i = 0; i < bounds.length; i++) {
    if (Number.isNaN(bounds[i])) throw new ConversionError(`explicit bound ${i} is NaN`);
    if (i !== 0 && bounds[i] <= bounds[i - 1]) {
      throw new ConversionError(
        `explicit bounds are not strictly increasing at index ${i}: ${bounds[i]} <= ${bounds[i - 1]}`,
      );
    }
  }
  if (!['upper', 'midpoint', 'uniform', 'random'].includes(distribution)) {
    throw new ConversionError(`invalid distribution "${distribution}"`);
  }
}

/**
 * Converts one exponential histogram point into `bounds.length + 1` explicit bucket counts.
 * @throws ConversionError for a bad zero threshold or scale, a count that does not match the
 *   buckets, an unrepresentable boundary, or a count overflow.
 */
export function toExplicit(input: ExponentialInput, bounds: readonly number[], distribution: Distribution): bigint[] {
  validateArguments(bounds, distribution);
  const zt = input.zeroThreshold;
  if (!Number.isFinite(zt) || zt < 0) throw new ConversionError(`invalid zero threshold: ${zt}`);
  const mapping = newMapping(input.scale);
  let total = input.zeroCount;
  for (const c of [...input.negative.bucketCounts, ...input.positive.bucketCounts]) {
    total += c;
    if (total > UINT64_MAX) throw new ConversionError('source histogram bucket count overflow');
  }
  if (total !== input.count) {
    throw new ConversionError(`source histogram count ${input.count} does not match bucket count ${total}`);
  }
  const output = new Array<bigint>(bounds.length + 1).fill(0n);
  if (input.zeroCount !== 0n) {
    distribute(output, bounds, { at: 0 }, -zt, zt, input.zeroCount, distribution);
  }
  distributeBuckets(mapping, output, bounds, input.negative, distribution, true, 'negative buckets');
  distributeBuckets(mapping, output, bounds, input.positive, distribution, false, 'positive buckets');
  return output;
}

interface Cursor {
  at: number;
}

function boundary(mapping: Mapping, index: number, allowOverflow: boolean): number {
  try {
    return mapping(index);
  } catch (e) {
    if (e instanceof BoundaryError) {
      if (allowOverflow && e.overflow) return MAX_FLOAT64;
      throw new ConversionError(`bucket boundary index ${index}: ${e.message}`);
    }
    throw e;
  }
}

function distributeBuckets(
  mapping: Mapping,
  output: bigint[],
  bounds: readonly number[],
  buckets: ExponentialInput['positive'],
  distribution: Distribution,
  negative: boolean,
  label: string,
): void {
  const counts = buckets.bucketCounts;
  if (counts.length === 0) return;
  try {
    const cursor: Cursor = { at: 0 };
    // Negative buckets are walked from the most negative (highest index) towards zero.
    let position = negative ? counts.length - 1 : 0;
    const step = negative ? -1 : 1;
    let index = buckets.offset + (negative ? counts.length : 0);
    let current = boundary(mapping, index, negative);
    for (let remaining = counts.length; remaining > 0; remaining--) {
      const nextIndex = index + step;
      const next = boundary(mapping, nextIndex, !negative && remaining === 1);
      const lower = negative ? -current : current;
      const upper = negative ? -next : next;
      const count = counts[position];
      if (count !== 0n) distribute(output, bounds, cursor, lower, upper, count, distribution);
      position += step;
      index = nextIndex;
      current = next;
    }
  } catch (e) {
    if (e instanceof ConversionError) throw new ConversionError(`${label}: ${e.message}`);
    throw e;
  }
}

function distribute(
  output: bigint[],
  bounds: readonly number[],
  cursor: Cursor,
  lower: number,
  upper: number,
  count: bigint,
  distribution: Distribution,
): void {
  if (lower > upper) throw new ConversionError(`invalid bucket interval (${lower}, ${upper}]`);
  if (lower === upper) return distributePoint(output, bounds, cursor, lower, count);
  switch (distribution) {
    case 'upper':
      return distributePoint(output, bounds, cursor, upper, count);
    case 'midpoint':
      return distributePoint(output, bounds, cursor, lower / 2 + upper / 2, count);
    case 'uniform':
      return distributeWeighted(output, bounds, cursor, lower, upper, count, UINT64_MAX);
    case 'random':
      return distributeWeighted(output, bounds, cursor, lower, upper, count, randomUint64());
  }
}

function distributePoint(output: bigint[], bounds: readonly number[], cursor: Cursor, value: number, count: bigint): void {
  while (cursor.at < bounds.length && value > bounds[cursor.at]) cursor.at++;
  addToBucket(output, cursor.at, count);
}

function upperBoundOf(bounds: readonly number[], bucket: number): number {
  return bucket === bounds.length ? Infinity : bounds[bucket];
}

function distributeWeighted(
  output: bigint[],
  bounds: readonly number[],
  cursor: Cursor,
  lower: number,
  upper: number,
  count: bigint,
  roundingOffset: bigint,
): void {
  const total = upper - lower;
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new ConversionError(`cannot distribute bucket interval (${lower}, ${upper}]`);
  }
  while (cursor.at < bounds.length && lower >= bounds[cursor.at]) cursor.at++;
  let destinationUpper = upperBoundOf(bounds, cursor.at);
  if (upper <= destinationUpper) return addToBucket(output, cursor.at, count);
  let allocated = 0n;
  let cumulative = 0;
  let overlapLower = lower;
  for (;;) {
    const overlapUpper = Math.min(upper, destinationUpper);
    let next: bigint;
    if (overlapUpper === upper) next = count;
    else {
      cumulative += (overlapUpper - overlapLower) / total;
      next = roundedPrefix(count, cumulative, roundingOffset);
      if (next < allocated) next = allocated;
    }
    addToBucket(output, cursor.at, next - allocated);
    if (overlapUpper === upper) return;
    allocated = next;
    overlapLower = overlapUpper;
    cursor.at++;
    destinationUpper = upperBoundOf(bounds, cursor.at);
  }
}

/** floor(count × cumulative) rounded up when the fixed-point remainder plus offset carries. */
function roundedPrefix(count: bigint, cumulative: number, offset: bigint): bigint {
  if (cumulative <= 0) return 0n;
  if (cumulative >= 1) return count;
  const scaled = cumulative * 2 ** 64;
  const fraction = scaled >= 2 ** 64 ? UINT64_MAX : BigInt(Math.trunc(scaled));
  const product = count * fraction;
  let high = product >> 64n;
  const low = product & UINT64_MAX;
  if (low + offset >= TWO_64 && high !== UINT64_MAX) high++;
  return high < count ? high : count;
}

function addToBucket(output: bigint[], bucket: number, count: bigint): void {
  const sum = output[bucket] + count;
  if (sum > UINT64_MAX) throw new ConversionError(`explicit histogram bucket ${bucket} count overflow`);
  output[bucket] = sum;
}

const randomWords = new BigUint64Array(1);
function randomUint64(): bigint {
  globalThis.crypto.getRandomValues(randomWords);
  return randomWords[0];
}
