import { describe, expect, it } from 'vitest';
import { extractPercentileMetric } from '../../../src/functions/processors/extract_percentile_metric.js';
import { ArgumentError } from '../../../src/functions/signature.js';
import type { ExponentialHistogramDataPoint, HistogramDataPoint, Metric } from '../../../src/core/model.js';
import { expHistogram, expPoint, gauge, histogram, histogramPoint, metric, numberPoint, run, sum, testAttributes } from './fixtures.js';

function runOn(m: Metric, percentile: number, suffix?: string): Metric[] {
  const metrics = [m];
  run(extractPercentileMetric, { percentile, suffix }, metrics);
  return metrics;
}

function single(metrics: Metric[]): number {
  expect(metrics).toHaveLength(2);
  const data = metrics[1].data;
  if (data?.kind !== 'gauge') throw new Error('expected a gauge');
  expect(data.dataPoints).toHaveLength(1);
  return data.dataPoints[0].value as number;
}

describe('extract_percentile_metric: explicit histograms', () => {
  const cases: { name: string; point: Partial<HistogramDataPoint>; percentile: number; want: number }[] = [
    { name: 'p50 in first bucket', point: { count: 100n, bucketCounts: [60n, 40n], explicitBounds: [1] }, percentile: 50, want: 0.8333333333333334 },
    { name: 'p99 in last bucket without max: its lower bound', point: { count: 115n, bucketCounts: [50n, 35n, 50n], explicitBounds: [1, 5] }, percentile: 99, want: 5 },
    { name: 'p95 in third bucket', point: { count: 115n, bucketCounts: [50n, 35n, 50n, 15n], explicitBounds: [1, 3, 5] }, percentile: 95, want: 4 },
    { name: 'p99.5 in last bucket without max', point: { count: 1000n, bucketCounts: [100n, 400n, 400n, 95n, 5n], explicitBounds: [0.1, 0.5, 1, 5] }, percentile: 99.5, want: 5 },
    { name: 'p99 in last bucket with max', point: { count: 100n, bucketCounts: [25n, 50n, 25n], explicitBounds: [100, 500], max: 750 }, percentile: 99, want: 740 },
    { name: 'many buckets p90', point: { count: 1000n, bucketCounts: [50n, 100n, 200n, 300n, 200n, 100n, 50n], explicitBounds: [10, 25, 50, 100, 250, 500] }, percentile: 90, want: 375 },
    { name: 'p50 exactly at a bound', point: { count: 100n, bucketCounts: [40n, 60n], explicitBounds: [10] }, percentile: 50, want: 10 },
    { name: 'first bucket uses min when below the bound', point: { count: 10n, bucketCounts: [10n, 0n], explicitBounds: [10], min: 2 }, percentile: 50, want: 6 },
    { name: 'negative first bound without min returns the bound', point: { count: 10n, bucketCounts: [10n, 0n], explicitBounds: [-5] }, percentile: 50, want: -5 },
    { name: 'single open bucket between min and max', point: { count: 4n, bucketCounts: [4n], explicitBounds: [], min: 0, max: 8 }, percentile: 50, want: 4 },
  ];
  it.each(cases)('$name', ({ point, percentile, want }) => {
    const source = metric('latency', histogram([histogramPoint({ ...point, attributes: testAttributes(), timeUnixNano: 2000000000n, startTimeUnixNano: 1000000000n })], 2));
    const metrics = runOn(source, percentile);
    expect(metrics[1]).toEqual(
      metric(`latency_p${percentile}`, gauge([numberPoint(want, { attributes: testAttributes(), timeUnixNano: 2000000000n, startTimeUnixNano: 1000000000n })]), {
        description: `p${percentile}`,
      }),
    );
  });

  it('custom suffix, description and unit', () => {
    const source = metric('request_duration', histogram([histogramPoint({ count: 4n, bucketCounts: [4n, 0n], explicitBounds: [8] })]), { description: 'Request time', unit: 's' });
    const metrics = runOn(source, 99.5, '_percentile_995');
    expect(metrics[1].name).toBe('request_duration_percentile_995');
    expect(metrics[1].description).toBe('Request time (p99.5)');
    expect(metrics[1].unit).toBe('s');
  });

  it('skips points that cannot be interpolated; nothing appended when none remain', () => {
    expect(runOn(metric('h', histogram([histogramPoint({ count: 0n, bucketCounts: [0n, 0n], explicitBounds: [1] })])), 50)).toHaveLength(1);
    expect(runOn(metric('h', histogram([histogramPoint({ count: 3n, bucketCounts: [3n] })])), 50)).toHaveLength(1);
    expect(runOn(metric('h', histogram([])), 50)).toHaveLength(1);
  });

  it('malformed buckets are a run-time error', () => {
    expect(() => runOn(metric('h', histogram([histogramPoint({ count: 40n, bucketCounts: [40n], explicitBounds: [100] })])), 75)).toThrow(
      'calculating histogram percentile: malformed data: bucketCounts length (1) != explicitBounds length (1) + 1',
    );
    expect(() => runOn(metric('h', histogram([histogramPoint({ count: 40n, bucketCounts: [1n, 1n], explicitBounds: [100] })])), 75)).toThrow(
      "cumulative count doesn't reach target count corresponding to percentile. targetCount=30, total count=2",
    );
  });

  it('other metric types are left alone', () => {
    expect(runOn(metric('s', sum([numberPoint(1)])), 50)).toHaveLength(1);
  });

  it.each([0, 100, -1, 101, NaN])('percentile %s is a compile error', (p) => {
    expect(() => extractPercentileMetric.create({ percentile: p, suffix: undefined }, { context: 'metric' })).toThrow(ArgumentError);
  });

  it('names the default suffix with Go %g', () => {
    const source = () => metric('h', histogram([histogramPoint({ count: 4n, bucketCounts: [4n, 0n], explicitBounds: [8] })]));
    expect(runOn(source(), 0.00001)[1].name).toBe('h_p1e-05');
    expect(runOn(source(), 12.5)[1].name).toBe('h_p12.5');
  });
});

describe('extract_percentile_metric: exponential histograms', () => {
  const cases: { name: string; point: Partial<ExponentialHistogramDataPoint>; percentile: number; want: number; exact?: boolean }[] = [
    { name: 'p50 with scale 0', point: { scale: 0, count: 100n, positive: { offset: 0, bucketCounts: [30n, 40n, 30n] } }, percentile: 50, want: 2.82842712474619, exact: true },
    { name: 'p95 with scale 2', point: { scale: 2, count: 210n, positive: { offset: 0, bucketCounts: [20n, 30n, 40n, 50n, 30n, 35n, 5n] } }, percentile: 95, want: 2.7592682406908096 },
    { name: 'p99 with scale -1', point: { scale: -1, count: 500n, positive: { offset: 0, bucketCounts: [100n, 200n, 150n, 40n, 10n] } }, percentile: 99, want: 512, exact: true },
    { name: 'p75 with zero count', point: { scale: 1, count: 120n, zeroCount: 20n, positive: { offset: 0, bucketCounts: [40n, 60n] } }, percentile: 75, want: 1.6817928305074292 },
    {
      name: 'p50 in negative buckets',
      point: { scale: 2, count: 95n, zeroCount: 10n, negative: { offset: 0, bucketCounts: [20n, 30n, 20n] }, positive: { offset: 0, bucketCounts: [15n] } },
      percentile: 50,
      want: -1.2030250360821166,
    },
    {
      // Negative buckets are walked from the most negative one (the newest reference code); an older
      // upstream table walked them upwards and expected -3.28 here. 25th of 100 falls in index 2,
      // (-8, -4], three quarters of the way from -8: -2^2.25.
      name: 'p25 in negative buckets',
      point: { scale: 0, count: 100n, zeroCount: 5n, negative: { offset: 0, bucketCounts: [15n, 35n, 20n, 10n] }, positive: { offset: 0, bucketCounts: [15n] } },
      percentile: 25,
      want: -4.756828460010884,
    },
    { name: 'p99 with scale 1', point: { scale: 1, count: 200n, positive: { offset: 0, bucketCounts: [100n, 80n, 20n] } }, percentile: 99, want: 2.7320805135087904 },
    {
      name: 'p50 in zero bucket with both signs',
      point: { scale: 0, count: 100n, zeroCount: 80n, zeroThreshold: 1, negative: { offset: 0, bucketCounts: [10n] }, positive: { offset: 0, bucketCounts: [10n] } },
      percentile: 50,
      want: 0,
      exact: true,
    },
    { name: 'p60 in zero bucket with only positive buckets', point: { scale: 0, count: 100n, zeroCount: 80n, zeroThreshold: 1, positive: { offset: 0, bucketCounts: [20n] } }, percentile: 60, want: 0.75, exact: true },
    { name: 'p30 in zero bucket with only negative buckets', point: { scale: 0, count: 100n, zeroCount: 80n, zeroThreshold: 1, negative: { offset: 0, bucketCounts: [20n] } }, percentile: 30, want: -0.875, exact: true },
  ];
  it.each(cases)('$name', ({ point, percentile, want, exact }) => {
    const metrics = runOn(metric('exp', expHistogram([expPoint({ ...point, attributes: testAttributes() })])), percentile);
    const value = single(metrics);
    // Bounds at positive scales come from Math.exp, which may differ from Go's in the last bit.
    if (exact) expect(value).toBe(want);
    else expect(value).toBeCloseTo(want, 12);
    expect(metrics[1].name).toBe(`exp_p${percentile}`);
  });

  it('skips empty points', () => {
    expect(runOn(metric('e', expHistogram([expPoint({ count: 0n })])), 50)).toHaveLength(1);
    expect(runOn(metric('e', expHistogram([expPoint({ count: 5n })])), 50)).toHaveLength(1);
  });
});
