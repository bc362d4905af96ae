/**
 * `merge_histogram_buckets(target_value, Optional[method])` (transform processor, data point
 * context), for explicit Histogram points only:
 * - `remove_explicit_bound` (default): removes the bound equal to `target_value` (within 1e-12),
 *   adding the bucket below it into the bucket above it;
 * - `limit_buckets`: `target_value` is a maximum bucket count (a positive integer); when there are
 *   more buckets, groups of ceil(n / target) adjacent buckets are merged.
 * Count, sum, min and max are unchanged. Points whose bucket counts do not match their bounds (or,
 * for `limit_buckets`, whose bounds are not strictly increasing) and other point kinds are left
 * alone. An unknown method is a compile error; a nil or (for `limit_buckets`) non-integer target is
 * a run-time error.
 */
import type { HistogramDataPoint } from '../../core/model.js';
import { OttlRuntimeError } from '../../core/errors.js';
import { ArgumentError, defineFunction } from '../signature.js';
import { formatG } from './internal/format.js';
import { addUint64 } from './internal/metrics.js';

const REMOVE_EXPLICIT_BOUND = 'remove_explicit_bound';
const LIMIT_BUCKETS = 'limit_buckets';
const EPSILON = 1e-12;

function removeExplicitBound(dp: HistogramDataPoint, bound: number): void {
  const bounds = dp.explicitBounds;
  const counts = dp.bucketCounts;
  if (bounds.length + 1 !== counts.length || counts.length === 1) return;
  const index = bounds.findIndex((b) => Math.abs(b - bound) < EPSILON);
  if (index === -1) return;
  counts[index + 1] = addUint64(counts[index + 1], counts[index]);
  bounds.splice(index, 1);
  counts.splice(index, 1);
}

function maxBucketsOf(target: number): number {
  if (target < 1 || Math.trunc(target) !== target || target > 9223372036854775807) {
    throw new OttlRuntimeError(
      `target_value must be a positive integer when method is "${LIMIT_BUCKETS}", got ${formatG(target)}`,
    );
  }
  return target;
}

function limitBuckets(dp: HistogramDataPoint, maxBuckets: number): void {
  const bounds = dp.explicitBounds;
  const counts = dp.bucketCounts;
  if (bounds.length + 1 !== counts.length) return;
  if (counts.length <= maxBuckets || counts.length <= 1) return;
  for (let i = 1; i < bounds.length; i++) if (!(bounds[i] > bounds[i - 1])) return;
  const divisor = Math.floor((counts.length - 1) / maxBuckets) + 1;
  const newCounts: bigint[] = [];
  for (let i = 0; i < counts.length; i += divisor) {
    let c = 0n;
    for (let j = i; j < Math.min(i + divisor, counts.length); j++) c = addUint64(c, counts[j]);
    newCounts.push(c);
  }
  const newBounds: number[] = [];
  for (let i = divisor - 1; i < bounds.length; i += divisor) newBounds.push(bounds[i]);
  dp.bucketCounts = newCounts;
  dp.explicitBounds = newBounds;
}

export const mergeHistogramBuckets = defineFunction({
  name: 'merge_histogram_buckets',
  kind: 'editor',
  params: [
    { name: 'target_value', kind: 'floatLike', doc: 'bound to remove, or maximum bucket count' },
    { name: 'method', kind: 'literalString', optional: true, doc: '"remove_explicit_bound" (default) or "limit_buckets"' },
  ],
  contexts: ['datapoint'],
  description: 'Merges explicit histogram buckets, by removing one bound or limiting the bucket count.',
  create: (args) => {
    const method = args.method ?? REMOVE_EXPLICIT_BOUND;
    if (method !== REMOVE_EXPLICIT_BOUND && method !== LIMIT_BUCKETS) {
      throw new ArgumentError(
        'method',
        `unsupported method "${method}", expected "${REMOVE_EXPLICIT_BOUND}" or "${LIMIT_BUCKETS}"`,
      );
    }
    const targetValue = args.target_value;
    const limit = method === LIMIT_BUCKETS;
    return (ctx) => {
      const dp = ctx.dataPoint;
      if (dp === null || dp.kind !== 'histogram') return null;
      const target = targetValue(ctx);
      if (target === null) throw new OttlRuntimeError('target_value must not be nil');
      if (limit) limitBuckets(dp, maxBucketsOf(target));
      else removeExplicitBound(dp, target);
      return null;
    };
  },
});
