import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertExponentialHistogramToHistogram } from '../../../src/functions/processors/convert_exponential_histogram_to_histogram.js';
import { toExplicit, type Distribution, type ExponentialInput } from '../../../src/functions/processors/internal/expohisto.js';
import { ArgumentError } from '../../../src/functions/signature.js';
import { newExemplar, type HistogramDataPoint } from '../../../src/core/model.js';
import { expHistogram, expPoint, gauge, histogram, histogramPoint, metric, numberPoint, run, testAttributes } from './fixtures.js';

const DISTRIBUTIONS: Distribution[] = ['upper', 'midpoint', 'uniform', 'random'];

function input(extra: Partial<ExponentialInput>): ExponentialInput {
  return { count: 0n, scale: 0, zeroThreshold: 0, zeroCount: 0n, positive: { offset: 0, bucketCounts: [] }, negative: { offset: 0, bucketCounts: [] }, ...extra };
}

describe('exponential to explicit bucket conversion', () => {
  it.each(DISTRIBUTIONS)('aligned buckets (%s)', (d) => {
    expect(toExplicit(input({ count: 8n, positive: { offset: 0, bucketCounts: [8n] } }), [1, 2], d)).toEqual([0n, 8n, 0n]);
  });

  it('all ranges, uniform', () => {
    const src = input({ count: 16n, zeroThreshold: 1, zeroCount: 8n, positive: { offset: 0, bucketCounts: [4n] }, negative: { offset: 0, bucketCounts: [4n] } });
    expect(toExplicit(src, [-2, -1, 0, 1, 2], 'uniform')).toEqual([0n, 4n, 4n, 4n, 4n, 0n]);
  });

  it.each(DISTRIBUTIONS)('far buckets land in the overflow bucket (%s)', (d) => {
    expect(toExplicit(input({ count: 5n, positive: { offset: 10, bucketCounts: [5n] } }), [1, 2, 3], d)).toEqual([0n, 0n, 0n, 5n]);
  });

  it.each(DISTRIBUTIONS)('zero point with zero threshold (%s)', (d) => {
    expect(toExplicit(input({ count: 3n, zeroCount: 3n }), [-1, 0, 1], d)).toEqual([0n, 3n, 0n, 0n]);
  });

  it.each([
    ['upper', [0n, 4n, 5n]],
    ['midpoint', [4n, 5n, 0n]],
  ] as const)('placement by %s', (d, want) => {
    // Buckets (1, 2] and (2, 4]: upper ends 2 and 4, midpoints 1.5 and 3.
    expect(toExplicit(input({ count: 9n, positive: { offset: 0, bucketCounts: [4n, 5n] } }), [1.5, 3], d)).toEqual(want);
  });

  it('uniform splits by overlap', () => {
    // (2, 4] over bounds [3]: half below, half above.
    expect(toExplicit(input({ count: 10n, positive: { offset: 1, bucketCounts: [10n] } }), [3], 'uniform')).toEqual([5n, 5n]);
  });

  it('sign symmetry', () => {
    const bounds = [-4, -2, -1, 0, 1, 2, 4];
    const pos = toExplicit(input({ count: 9n, positive: { offset: 0, bucketCounts: [4n, 5n] } }), bounds, 'uniform');
    const neg = toExplicit(input({ count: 9n, negative: { offset: 0, bucketCounts: [4n, 5n] } }), bounds, 'uniform');
    expect([...neg].reverse()).toEqual(pos);
  });

  it.each([
    ['count mismatch', input({ count: 2n, zeroCount: 1n }), [1], 'source histogram count 2 does not match bucket count 1'],
    ['invalid scale', input({ scale: 21 }), [1], 'invalid exponential histogram scale 21'],
    ['negative zero threshold', input({ zeroThreshold: -1 }), [1], 'invalid zero threshold: -1'],
  ] as const)('%s is an error', (_name, src, bounds, message) => {
    expect(() => toExplicit(src, bounds, 'random')).toThrow(message);
  });

  it('conserves the total count for every distribution (property)', () => {
    const counts = fc.array(fc.bigInt({ min: 0n, max: 99n }), { maxLength: 8 });
    fc.assert(
      fc.property(
        fc.integer({ min: -6, max: 20 }),
        fc.integer({ min: -4, max: 3 }),
        counts,
        counts,
        fc.bigInt({ min: 0n, max: 99n }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(...DISTRIBUTIONS),
        (scale, offset, positive, negative, zeroCount, zeroThreshold, rawBounds, d) => {
          const bounds = [...rawBounds].sort((a, b) => a - b);
          const count = [...positive, ...negative].reduce((a, b) => a + b, zeroCount);
          const out = toExplicit(
            input({ count, scale, zeroCount, zeroThreshold, positive: { offset, bucketCounts: positive }, negative: { offset, bucketCounts: negative } }),
            bounds,
            d,
          );
          expect(out).toHaveLength(bounds.length + 1);
          expect(out.reduce((a, b) => a + b, 0n)).toBe(count);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('convert_exponential_histogram_to_histogram', () => {
  it('converts the metric, carrying point fields over', () => {
    const exemplar = { ...newExemplar(), value: 1.5 };
    const src = expPoint({
      count: 9n,
      sum: 20,
      min: 1.5,
      max: 3.5,
      flags: 1,
      startTimeUnixNano: 1n,
      timeUnixNano: 2n,
      positive: { offset: 0, bucketCounts: [4n, 5n] },
      attributes: testAttributes(),
      exemplars: [exemplar],
    });
    const metrics = [metric('m', expHistogram([src], 2), { description: 'd', unit: 'u', metadata: new Map([['k', 'v']]) })];
    run(convertExponentialHistogramToHistogram, { distribution_fn: 'upper', explicit_bounds: [2, 4] }, metrics);
    const want: HistogramDataPoint = histogramPoint({
      count: 9n,
      sum: 20,
      min: 1.5,
      max: 3.5,
      flags: 1,
      startTimeUnixNano: 1n,
      timeUnixNano: 2n,
      attributes: testAttributes(),
      exemplars: [{ ...newExemplar(), value: 1.5 }],
      explicitBounds: [2, 4],
      bucketCounts: [4n, 5n, 0n],
    });
    expect(metrics).toEqual([metric('m', histogram([want], 2), { description: 'd', unit: 'u' })]);
  });

  it('"" means random; the total is preserved', () => {
    const metrics = [metric('m', expHistogram([expPoint({ count: 10n, positive: { offset: 1, bucketCounts: [10n] } })]))];
    run(convertExponentialHistogramToHistogram, { distribution_fn: '', explicit_bounds: [3] }, metrics);
    const dp = (metrics[0].data as { dataPoints: HistogramDataPoint[] }).dataPoints[0];
    expect(dp.bucketCounts.reduce((a, b) => a + b, 0n)).toBe(10n);
    expect(dp.bucketCounts[0] === 5n || dp.bucketCounts[0] === 4n || dp.bucketCounts[0] === 6n).toBe(true);
  });

  it('leaves other metric types alone', () => {
    const metrics = [metric('g', gauge([numberPoint(1)]))];
    run(convertExponentialHistogramToHistogram, { distribution_fn: 'upper', explicit_bounds: [1] }, metrics);
    expect(metrics).toEqual([metric('g', gauge([numberPoint(1)]))]);
  });

  it('a bad point is a run-time error and the metric is untouched', () => {
    const make = () => metric('m', expHistogram([expPoint({ count: 1n, zeroCount: 1n }), expPoint({ count: 2n, zeroCount: 1n })]));
    const metrics = [make()];
    expect(() => run(convertExponentialHistogramToHistogram, { distribution_fn: 'upper', explicit_bounds: [1] }, metrics)).toThrow(
      'converting exponential histogram data point 1: source histogram count 2 does not match bucket count 1',
    );
    expect(metrics).toEqual([make()]);
  });

  it.each([
    ['distribution_fn', 'invalid', [1], 'invalid distribution "invalid"'],
    ['explicit_bounds', 'upper', [], 'explicit bounds cannot be empty'],
    ['explicit_bounds', 'upper', [2, 1], 'explicit bounds are not strictly increasing at index 1: 1 <= 2'],
    ['explicit_bounds', 'upper', [NaN], 'explicit bound 0 is NaN'],
  ] as const)('compile error on %s (%s, %j)', (param, distribution, bounds, message) => {
    expect(() =>
      convertExponentialHistogramToHistogram.create({ distribution_fn: distribution, explicit_bounds: [...bounds] }, { context: 'metric' }),
    ).toThrow(new ArgumentError(param, message));
  });
});
