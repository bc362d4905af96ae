import { describe, expect, it } from 'vitest';
import { extractCountMetric } from '../../../src/functions/processors/extract_count_metric.js';
import { OttlRuntimeError } from '../../../src/core/errors.js';
import type { Metric } from '../../../src/core/model.js';
import {
  histogram,
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

function countMetric(name: string, temporality: number, monotonic: boolean, value: bigint): Metric {
  return metric(name, sum([numberPoint(value, { attributes: testAttributes() })], temporality, monotonic), { unit: '1' });
}

describe('extract_count_metric', () => {
  const cases: { name: string; input: () => Metric; monotonic: boolean; suffix?: string; want: Metric[] }[] = [
    { name: 'histogram (non-monotonic)', input: testHistogramMetric, monotonic: false, want: [testHistogramMetric(), countMetric('histogram_metric_count', 1, false, 5n)] },
    { name: 'histogram (monotonic)', input: testHistogramMetric, monotonic: true, want: [testHistogramMetric(), countMetric('histogram_metric_count', 1, true, 5n)] },
    { name: 'exponential histogram', input: testExponentialHistogramMetric, monotonic: true, want: [testExponentialHistogramMetric(), countMetric('exponential_histogram_metric_count', 1, true, 5n)] },
    { name: 'summary (cumulative)', input: testSummaryMetric, monotonic: false, want: [testSummaryMetric(), countMetric('summary_metric_count', 2, false, 100n)] },
    { name: 'custom suffix', input: testSummaryMetric, monotonic: false, suffix: '.n', want: [testSummaryMetric(), countMetric('summary_metric.n', 2, false, 100n)] },
    { name: 'nothing for a histogram without points', input: () => metric('h', histogram([], 2)), monotonic: false, want: [metric('h', histogram([], 2))] },
  ];
  it.each(cases)('$name', ({ input, monotonic, suffix, want }) => {
    const metrics = [input()];
    run(extractCountMetric, { monotonic, suffix }, metrics);
    expect(metrics).toEqual(want);
  });

  it('unit is "1" whatever the source unit', () => {
    const metrics = [{ ...testHistogramMetric(), unit: 'ms' }];
    run(extractCountMetric, { monotonic: true }, metrics);
    expect(metrics[1].unit).toBe('1');
  });

  it('errors on a gauge', () => {
    expect(() => run(extractCountMetric, { monotonic: false }, [testGaugeMetric()])).toThrow(
      new OttlRuntimeError('extract_count_metric requires an input metric of type Histogram, ExponentialHistogram or Summary, got Gauge'),
    );
  });
});
