import { describe, expect, it } from 'vitest';
import { scaleMetric } from '../../../src/functions/processors/scale_metric.js';
import { newExemplar, type Metric } from '../../../src/core/model.js';
import { OttlRuntimeError } from '../../../src/core/errors.js';
import { expHistogram, gauge, histogram, histogramPoint, k, metric, numberPoint, run, sum, summary, summaryPoint } from './fixtures.js';

/** The reference's getTestScalingHistogramMetric. */
function scalingHistogram(count: bigint, s: number, min: number, max: number, bounds: number[], counts: bigint[], exemplars: number[]): Metric {
  return metric(
    'test-metric',
    histogram([
      histogramPoint({
        count,
        sum: s,
        min,
        max,
        explicitBounds: bounds,
        bucketCounts: counts,
        exemplars: exemplars.map((v) => ({ ...newExemplar(), timeUnixNano: 1n, value: v })),
        startTimeUnixNano: 1n,
        timeUnixNano: 1n,
      }),
    ]),
  );
}

describe('scale_metric', () => {
  const cases: { name: string; args: Record<string, unknown>; input: () => Metric; want: () => Metric }[] = [
    {
      name: 'gauge double, with unit',
      args: { multiplier: 10, unit: k('kWh') },
      input: () => metric('test-metric', gauge([numberPoint(10)])),
      want: () => metric('test-metric', gauge([numberPoint(100)]), { unit: 'kWh' }),
    },
    { name: 'gauge int', args: { multiplier: 10 }, input: () => metric('m', gauge([numberPoint(10n)])), want: () => metric('m', gauge([numberPoint(100n)])) },
    { name: 'int truncates toward zero', args: { multiplier: 0.25 }, input: () => metric('m', gauge([numberPoint(-7n)])), want: () => metric('m', gauge([numberPoint(-1n)])) },
    { name: 'sum', args: { multiplier: 10 }, input: () => metric('m', sum([numberPoint(10)])), want: () => metric('m', sum([numberPoint(100)])) },
    { name: 'empty number point untouched', args: { multiplier: 10 }, input: () => metric('m', sum([numberPoint(null)])), want: () => metric('m', sum([numberPoint(null)])) },
    {
      name: 'histogram',
      args: { multiplier: 10 },
      input: () => scalingHistogram(1n, 4, 1, 3, [1, 10], [1n, 2n], [1.0]),
      want: () => scalingHistogram(1n, 40, 10, 30, [10, 100], [1n, 2n], [10.0]),
    },
    {
      name: 'summary',
      args: { multiplier: 10 },
      input: () => metric('', summary([summaryPoint({ sum: 10, quantileValues: [{ quantile: 0, value: 10 }] })])),
      want: () => metric('', summary([summaryPoint({ sum: 100, quantileValues: [{ quantile: 0, value: 100 }] })])),
    },
  ];
  it.each(cases)('$name', ({ args, input, want }) => {
    const metrics = [input()];
    run(scaleMetric, args, metrics);
    expect(metrics).toEqual([want()]);
  });

  it('errors on an exponential histogram and leaves it unchanged', () => {
    const metrics = [metric('', expHistogram([]))];
    expect(() => run(scaleMetric, { multiplier: 10, unit: k('s') }, metrics)).toThrow(
      new OttlRuntimeError("exponential histograms are not supported by the 'scale_metric' function"),
    );
    expect(metrics).toEqual([metric('', expHistogram([]))]);
  });

  it('errors on a metric without data', () => {
    expect(() => run(scaleMetric, { multiplier: 2 }, [metric('', null)])).toThrow("unsupported metric type: 'Empty'");
  });
});
