import { describe, expect, it } from 'vitest';
import { extractSumMetric } from '../../../src/functions/processors/extract_sum_metric.js';
import { OttlRuntimeError } from '../../../src/core/errors.js';
import type { Metric } from '../../../src/core/model.js';
import {
  histogram,
  histogramPoint,
  metric,
  numberPoint,
  run,
  sum,
  testAttributes,
  testExponentialHistogramMetric,
  testGaugeMetric,
  testHistogramMetric,
  testSummaryMetric,
} from './fixtures.js';

function sumMetric(name: string, temporality: number, monotonic: boolean, value: number, extra: Partial<Metric> = {}): Metric {
  return metric(name, sum([numberPoint(value, { attributes: testAttributes() })], temporality, monotonic), extra);
}

describe('extract_sum_metric', () => {
  const cases: { name: string; input: () => Metric; monotonic: boolean; suffix?: string; want: Metric[] }[] = [
    { name: 'histogram (non-monotonic)', input: testHistogramMetric, monotonic: false, want: [testHistogramMetric(), sumMetric('histogram_metric_sum', 1, false, 12.34)] },
    { name: 'histogram (monotonic)', input: testHistogramMetric, monotonic: true, want: [testHistogramMetric(), sumMetric('histogram_metric_sum', 1, true, 12.34)] },
    { name: 'histogram with custom suffix', input: testHistogramMetric, monotonic: true, suffix: '.total', want: [testHistogramMetric(), sumMetric('histogram_metric.total', 1, true, 12.34)] },
    { name: 'exponential histogram', input: testExponentialHistogramMetric, monotonic: false, want: [testExponentialHistogramMetric(), sumMetric('exponential_histogram_metric_sum', 1, false, 12.34)] },
    { name: 'summary is cumulative', input: testSummaryMetric, monotonic: true, want: [testSummaryMetric(), sumMetric('summary_metric_sum', 2, true, 12.34)] },
    {
      name: 'keeps description and unit; skips points without sum',
      input: () =>
        metric('h', histogram([histogramPoint({ sum: 3, timeUnixNano: 7n, startTimeUnixNano: 6n }), histogramPoint({ sum: null })], 2), { description: 'd', unit: 'ms' }),
      monotonic: false,
      want: [
        metric('h', histogram([histogramPoint({ sum: 3, timeUnixNano: 7n, startTimeUnixNano: 6n }), histogramPoint({ sum: null })], 2), { description: 'd', unit: 'ms' }),
        metric('h_sum', sum([numberPoint(3, { timeUnixNano: 7n, startTimeUnixNano: 6n })], 2, false), { description: 'd', unit: 'ms' }),
      ],
    },
    {
      name: 'no metric when no point has a sum',
      input: () => metric('h', histogram([histogramPoint({ sum: null })], 2)),
      monotonic: false,
      want: [metric('h', histogram([histogramPoint({ sum: null })], 2))],
    },
  ];
  it.each(cases)('$name', ({ input, monotonic, suffix, want }) => {
    const metrics = [input()];
    run(extractSumMetric, { monotonic, suffix }, metrics);
    expect(metrics).toEqual(want);
  });

  it.each([
    ['Gauge', testGaugeMetric()],
    ['Sum', metric('s', sum([]))],
    ['Empty', metric('e', null)],
    ['Histogram', metric('h', histogram([histogramPoint({ sum: 1 })], 0))],
  ])('errors on %s', (type, m) => {
    const metrics = [m];
    expect(() => run(extractSumMetric, { monotonic: false }, metrics)).toThrow(
      new OttlRuntimeError(`extract_sum_metric requires an input metric of type Histogram, ExponentialHistogram or Summary, got ${type}`),
    );
    expect(metrics).toHaveLength(1);
  });
});
