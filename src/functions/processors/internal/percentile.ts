/**
 * Percentile estimation for `extract_percentile_metric`: linear interpolation inside explicit
 * histogram buckets, logarithmic interpolation inside exponential histogram buckets, following
 * the reference step by step (including which cases skip a point and which are errors).
 */
import type { Buckets, ExponentialHistogramDataPoint, HistogramDataPoint } from '../../../core/model.js';
import { OttlRuntimeError } from '../../../core/errors.js';
import { exp2, ldexp, log2 } from './gomath.js';

/** Returned when a point has nothing to interpolate from; such points are left out. */
export const SKIP = Symbol('skip');

function ratioText(r: number): string {
  return r.toFixed(6);
}

function linear(lower: number, upper: number, ratio: number): number {
  if (ratio < 0 || ratio > 1) {
    throw new OttlRuntimeError(`linear interpolation: invalid ratio ${ratioText(ratio)}, must be between 0 and 1`);
  }
  return lower + ratio * (upper - lower);
}

function logarithmic(lower: number, upper: number, ratio: number): number {
  if (ratio < 0 || ratio > 1) {
    throw new OttlRuntimeError(`logarithmic interpolation: invalid ratio ${ratioText(ratio)}, must be between 0 and 1`);
  }
  if (lower <= 0 || upper <= 0) {
    throw new OttlRuntimeError(
      `logarithmic interpolation: bounds must be positive, got lowerBound=${lower.toFixed(6)}, upperBound=${upper.toFixed(6)}`,
    );
  }
  const logLower = log2(lower);
  const logUpper = log2(upper);
  return exp2(logLower + (logUpper - logLower) * ratio);
}

/** ceil(count × percentile / 100) as a uint64, computed in float64 as the reference does. */
function targetCountOf(count: bigint, percentile: number): bigint {
  const t = Math.ceil(Number(count) * (percentile / 100));
  return t >= 18446744073709551616 ? (1n << 64n) - 1n : BigInt(t);
}

/**
 * Estimated percentile of an explicit-bucket point, or {@link SKIP} when it has no count, no
 * buckets, or only an open bucket without both min and max.
 * @throws OttlRuntimeError for malformed buckets.
 */
export function histogramPercentile(dp: HistogramDataPoint, percentile: number): number | typeof SKIP {
  const counts = dp.bucketCounts;
  const bounds = dp.explicitBounds;
  if (dp.count === 0n || counts.length === 0) return SKIP;
  const target = targetCountOf(dp.count, percentile);
  if (counts.length !== bounds.length + 1) {
    throw new OttlRuntimeError(
      `calculating histogram percentile: malformed data: bucketCounts length (${counts.length}) != explicitBounds length (${bounds.length}) + 1`,
    );
  }
  // Only an open (-Inf, +Inf) bucket: interpolate between min and max when both are known.
  if (counts.length === 1 && bounds.length === 0) {
    if (dp.min === null || dp.max === null) return SKIP;
    return linear(dp.min, dp.max, Number(target) / Number(counts[0]));
  }
  let cumulative = 0n;
  for (let i = 0; i < counts.length; i++) {
    const previous = cumulative;
    cumulative = BigInt.asUintN(64, cumulative + counts[i]);
    if (cumulative < target) continue;
    let lower: number;
    let upper: number;
    if (i === 0) {
      upper = bounds[0];
      lower = 0;
      if (dp.min !== null && dp.min < upper) lower = dp.min;
      // Below zero without a usable min: the bound is the best estimate (no interpolation to -Inf).
      else if (0 > upper) return upper;
    } else {
      lower = bounds[i - 1];
      if (i < bounds.length) upper = bounds[i];
      else {
        // Last bucket is open-ended: interpolate up to max when it is above the lower bound.
        if (dp.max === null || dp.max <= lower) return lower;
        upper = dp.max;
      }
    }
    return linear(lower, upper, Number(BigInt.asUintN(64, target - previous)) / Number(counts[i]));
  }
  throw new OttlRuntimeError(
    `calculating histogram percentile: malformed data: cumulative count doesn't reach target count corresponding to percentile. targetCount=${target}, total count=${cumulative}`,
  );
}

/** Lower boundary of exponential bucket `index` at `scale` (OTel data-model formulas). */
function exponentialBound(index: number, scale: number): number {
  if (scale <= 0) return ldexp(1, index * 2 ** -scale);
  return Math.exp(index * ldexp(Math.LN2, -scale));
}

/**
 * Estimated percentile of an exponential-histogram point, or {@link SKIP} when it has no count or
 * no buckets at all.
 * @throws OttlRuntimeError for malformed buckets.
 */
export function exponentialPercentile(dp: ExponentialHistogramDataPoint, percentile: number): number | typeof SKIP {
  const neg = dp.negative;
  const pos = dp.positive;
  if (dp.count === 0n || (neg.bucketCounts.length === 0 && pos.bucketCounts.length === 0 && dp.zeroCount === 0n)) {
    return SKIP;
  }
  const target = targetCountOf(dp.count, percentile);
  const scale = dp.scale;
  // Negative buckets hold the most negative values at their highest index: walk them backwards.
  let negativeTotal = 0n;
  for (let i = neg.bucketCounts.length - 1; i >= 0; i--) {
    const previous = negativeTotal;
    negativeTotal = BigInt.asUintN(64, negativeTotal + neg.bucketCounts[i]);
    if (negativeTotal >= target) return fromNegativeBucket(neg, target, previous, i, scale);
  }
  const afterZero = BigInt.asUintN(64, negativeTotal + dp.zeroCount);
  if (afterZero >= target) {
    let lower = -dp.zeroThreshold;
    let upper = dp.zeroThreshold;
    const hasNeg = neg.bucketCounts.length !== 0;
    const hasPos = pos.bucketCounts.length !== 0;
    if (!hasNeg && hasPos) lower = 0;
    else if (!hasPos && hasNeg) upper = 0;
    return linear(lower, upper, Number(BigInt.asUintN(64, target - negativeTotal)) / Number(dp.zeroCount));
  }
  let cumulative = afterZero;
  for (let i = 0; i < pos.bucketCounts.length; i++) {
    const previous = cumulative;
    cumulative = BigInt.asUintN(64, cumulative + pos.bucketCounts[i]);
    if (cumulative >= target) {
      const index = pos.offset + i;
      const ratio = Number(BigInt.asUintN(64, target - previous)) / Number(pos.bucketCounts[i]);
      return logarithmic(exponentialBound(index, scale), exponentialBound(index + 1, scale), ratio);
    }
  }
  throw new OttlRuntimeError(
    `calculating exponential histogram percentile: malformed data: cumulative count doesn't reach target count corresponding to percentile. targetCount=${target}, total count=${cumulative}`,
  );
}

function fromNegativeBucket(buckets: Buckets, target: bigint, previous: bigint, i: number, scale: number): number {
  const index = buckets.offset + i;
  const absLower = exponentialBound(index, scale);
  const absUpper = exponentialBound(index + 1, scale);
  if (absLower >= absUpper) {
    throw new OttlRuntimeError(
      `calculating exponential histogram percentile: malformed negative bucket bounds: absLowerBound (${absLower.toFixed(6)}) >= absUpperBound (${absUpper.toFixed(6)}) at histogramIndex=${index}, scale=${scale}`,
    );
  }
  // ratio 0 is the most negative end (-absUpper): interpolate from absUpper towards absLower.
  const ratio = Number(BigInt.asUintN(64, target - previous)) / Number(buckets.bucketCounts[i]);
  return -logarithmic(absLower, absUpper, 1 - ratio);
}
