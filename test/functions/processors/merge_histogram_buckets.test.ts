import { describe, expect, it } from 'vitest';
import { mergeHistogramBuckets } from '../../../src/functions/processors/merge_histogram_buckets.js';
import { ArgumentError } from '../../../src/functions/signature.js';
import { gauge, histogram, histogramPoint, k, metric, numberPoint, run } from './fixtures.js';

const LIMIT = 'limit_buckets';

describe('merge_histogram_buckets', () => {
  const cases: { name: string; bounds: number[]; counts: bigint[]; target: number; method?: string; wantBounds: number[]; wantCounts: bigint[] }[] = [
    { name: 'drop middle bucket by bound (0.5)', bounds: [0.1, 0.5, 1.0], counts: [5n, 8n, 3n, 1n], target: 0.5, wantBounds: [0.1, 1.0], wantCounts: [5n, 11n, 1n] },
    { name: 'drop first finite bound (0.1)', bounds: [0.1, 0.5, 1.0], counts: [5n, 8n, 3n, 1n], target: 0.1, wantBounds: [0.5, 1.0], wantCounts: [13n, 3n, 1n] },
    { name: 'drop last finite bound (1.0)', bounds: [0.1, 0.5, 1.0], counts: [5n, 8n, 3n, 1n], target: 1.0, wantBounds: [0.1, 0.5], wantCounts: [5n, 8n, 4n] },
    { name: 'single finite bound collapse', bounds: [0.5], counts: [10n, 5n], target: 0.5, wantBounds: [], wantCounts: [15n] },
    { name: 'drop bound (3)', bounds: [1, 2, 3, 4], counts: [1n, 2n, 3n, 4n, 0n], target: 3, wantBounds: [1, 2, 4], wantCounts: [1n, 2n, 7n, 0n] },
    { name: 'bound not found - no change', bounds: [0.1, 0.5, 1.0], counts: [5n, 8n, 3n, 1n], target: 2, wantBounds: [0.1, 0.5, 1.0], wantCounts: [5n, 8n, 3n, 1n] },
    { name: 'mismatched lengths - no change', bounds: [0.1, 0.5], counts: [5n, 8n, 3n, 1n, 2n], target: 0.5, wantBounds: [0.1, 0.5], wantCounts: [5n, 8n, 3n, 1n, 2n] },
    { name: 'empty histogram - no change', bounds: [], counts: [0n], target: 0.5, wantBounds: [], wantCounts: [0n] },
    { name: 'floating point tolerance', bounds: [0.1, 0.5000000000001, 1.0], counts: [5n, 8n, 3n, 1n], target: 0.5, wantBounds: [0.1, 1.0], wantCounts: [5n, 11n, 1n] },
    {
      name: 'limit buckets by uniform compaction',
      bounds: [0.1, 0.2, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0],
      counts: [80n, 4n, 6n, 120n, 3n, 2n, 40n, 10n, 1n],
      target: 5,
      method: LIMIT,
      wantBounds: [0.2, 1.0, 5.0, 30.0],
      wantCounts: [84n, 126n, 5n, 50n, 1n],
    },
    {
      name: 'limit buckets uses smallest divisor within limit',
      bounds: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      counts: [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n],
      target: 4,
      method: LIMIT,
      wantBounds: [3, 6, 9],
      wantCounts: [6n, 15n, 24n, 10n],
    },
    { name: 'limit buckets may go below the limit', bounds: [0.1, 0.5, 1.0], counts: [5n, 8n, 3n, 1n], target: 3, method: LIMIT, wantBounds: [0.5], wantCounts: [13n, 4n] },
    { name: 'limit buckets collapse to one', bounds: [1, 2], counts: [1n, 2n, 3n], target: 1, method: LIMIT, wantBounds: [], wantCounts: [6n] },
    { name: 'limit buckets already within limit', bounds: [0.1, 0.5, 1.0], counts: [5n, 8n, 3n, 1n], target: 4, method: LIMIT, wantBounds: [0.1, 0.5, 1.0], wantCounts: [5n, 8n, 3n, 1n] },
    { name: 'limit buckets: unordered bounds unchanged', bounds: [0.5, 0.1, 1.0], counts: [5n, 8n, 3n, 1n], target: 2, method: LIMIT, wantBounds: [0.5, 0.1, 1.0], wantCounts: [5n, 8n, 3n, 1n] },
  ];
  it.each(cases)('$name', ({ bounds, counts, target, method, wantBounds, wantCounts }) => {
    const total = counts.reduce((a, b) => a + b, 0n);
    const dp = histogramPoint({ count: total, sum: 25.5, explicitBounds: bounds, bucketCounts: counts });
    const metrics = [metric('test_histogram', histogram([dp]))];
    expect(run(mergeHistogramBuckets, { target_value: k(target), method }, metrics, { dataPoint: dp })).toBeNull();
    expect(dp).toEqual(histogramPoint({ count: total, sum: 25.5, explicitBounds: wantBounds, bucketCounts: wantCounts }));
  });

  it('limit_buckets rejects a fractional target at run time', () => {
    const dp = histogramPoint({ explicitBounds: [1], bucketCounts: [1n, 1n] });
    expect(() => run(mergeHistogramBuckets, { target_value: k(2.5), method: LIMIT }, [metric('h', histogram([dp]))], { dataPoint: dp })).toThrow(
      'target_value must be a positive integer when method is "limit_buckets", got 2.5',
    );
  });

  it('a nil target is a run-time error', () => {
    const dp = histogramPoint({ explicitBounds: [1], bucketCounts: [1n, 1n] });
    expect(() => run(mergeHistogramBuckets, { target_value: k(null) }, [metric('h', histogram([dp]))], { dataPoint: dp })).toThrow(
      'target_value must not be nil',
    );
  });

  it('ignores non-histogram points', () => {
    const dp = numberPoint(10);
    run(mergeHistogramBuckets, { target_value: k(0.5) }, [metric('g', gauge([dp]))], { dataPoint: dp });
    expect(dp).toEqual(numberPoint(10));
  });

  it('rejects an unknown method at compile time', () => {
    expect(() => mergeHistogramBuckets.create({ target_value: k(0.5), method: 'invalid' }, { context: 'datapoint' })).toThrow(
      new ArgumentError('method', 'unsupported method "invalid", expected "remove_explicit_bound" or "limit_buckets"'),
    );
  });
});
