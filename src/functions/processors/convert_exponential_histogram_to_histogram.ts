/**
 * `convert_exponential_histogram_to_histogram(distribution_fn, explicit_bounds)` (transform
 * processor, metric context): turns an ExponentialHistogram into an explicit Histogram with the
 * given bounds, placing each exponential bucket (zero, negative and positive) by `distribution_fn`:
 * `upper` (whole count at the bucket's upper end), `midpoint` (at its middle), `uniform` (spread in
 * proportion to overlap) or `random` (like uniform with random rounding; the default for "").
 * Count, sum, min, max, flags, timestamps, attributes and exemplars carry over; the total count is
 * preserved. Other metric types are left alone.
 * Empty, NaN or non-increasing bounds and unknown distributions are compile errors; a point whose
 * count does not match its buckets (or with an invalid scale or zero threshold) is a run-time
 * error, and then the metric is left unchanged.
 */
import { newHistogramDataPoint, type HistogramDataPoint } from '../../core/model.js';
import { OttlRuntimeError } from '../../core/errors.js';
import { ArgumentError, defineFunction } from '../signature.js';
import { ConversionError, toExplicit, validateArguments, type Distribution } from './internal/expohisto.js';
import { currentMetric } from './internal/metrics.js';

export const convertExponentialHistogramToHistogram = defineFunction({
  name: 'convert_exponential_histogram_to_histogram',
  kind: 'editor',
  params: [
    { name: 'distribution_fn', kind: 'literalString', doc: 'upper, midpoint, uniform or random' },
    { name: 'explicit_bounds', kind: 'literalFloatList', doc: 'non-empty, strictly increasing' },
  ],
  contexts: ['metric'],
  description: 'Converts an exponential histogram metric to an explicit-bucket histogram.',
  create: (args) => {
    const distribution = (args.distribution_fn === '' ? 'random' : args.distribution_fn) as Distribution;
    const bounds = args.explicit_bounds;
    try {
      validateArguments(bounds, distribution);
    } catch (e) {
      if (e instanceof ConversionError) {
        const param = e.message.startsWith('invalid distribution') ? 'distribution_fn' : 'explicit_bounds';
        throw new ArgumentError(param, e.message);
      }
      throw e;
    }
    return (ctx) => {
      const metric = currentMetric(ctx);
      const data = metric.data;
      if (data === null || data.kind !== 'exponentialHistogram') return null;
      // Convert every point first: one failure leaves the whole metric untouched.
      const converted = data.dataPoints.map((dp, i) => {
        try {
          return toExplicit(dp, bounds, distribution);
        } catch (e) {
          if (e instanceof ConversionError) {
            throw new OttlRuntimeError(`converting exponential histogram data point ${i}: ${e.message}`);
          }
          throw e;
        }
      });
      const points: HistogramDataPoint[] = data.dataPoints.map((src, i) => {
        const dp = newHistogramDataPoint();
        dp.startTimeUnixNano = src.startTimeUnixNano;
        dp.timeUnixNano = src.timeUnixNano;
        dp.count = src.count;
        dp.flags = src.flags;
        dp.sum = src.sum;
        dp.min = src.min;
        dp.max = src.max;
        dp.exemplars = src.exemplars;
        dp.attributes = src.attributes;
        dp.explicitBounds = bounds.slice();
        dp.bucketCounts = converted[i];
        return dp;
      });
      // The reference rebuilds the metric from name, description and unit: metadata is dropped.
      metric.metadata = new Map();
      metric.data = { kind: 'histogram', dataPoints: points, aggregationTemporality: data.aggregationTemporality };
      return null;
    };
  },
});
