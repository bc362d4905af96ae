import { describe, expect, it } from 'vitest';
import { convertSummaryCountValToSum } from '../../../src/functions/processors/convert_summary_count_val_to_sum.js';
import { ArgumentError } from '../../../src/functions/signature.js';
import type { Metric } from '../../../src/core/model.js';
import { metric, numberPoint, run, sum, testAttributes, testGaugeMetric, testSummaryMetric } from './fixtures.js';

const countOf = (name: string, temporality: number, monotonic: boolean) =>
  metric(name, sum([numberPoint(100n, { attributes: testAttributes() })], temporality, monotonic));

describe('convert_summary_count_val_to_sum', () => {
  const cases: { name: string; temporality: string; monotonic: boolean; suffix?: string; input: () => Metric; want: Metric[] }[] = [
    { name: 'delta, non-monotonic', temporality: 'delta', monotonic: false, input: testSummaryMetric, want: [testSummaryMetric(), countOf('summary_metric_count', 1, false)] },
    { name: 'cumulative, monotonic', temporality: 'cumulative', monotonic: true, input: testSummaryMetric, want: [testSummaryMetric(), countOf('summary_metric_count', 2, true)] },
    { name: 'custom suffix', temporality: 'delta', monotonic: true, suffix: '.n', input: testSummaryMetric, want: [testSummaryMetric(), countOf('summary_metric.n', 1, true)] },
    { name: 'gauge unchanged', temporality: 'delta', monotonic: false, input: testGaugeMetric, want: [testGaugeMetric()] },
  ];
  it.each(cases)('$name', ({ temporality, monotonic, suffix, input, want }) => {
    const metrics = [input()];
    run(convertSummaryCountValToSum, { string_agg_temp: temporality, monotonic, suffix }, metrics);
    expect(metrics).toEqual(want);
  });

  it('runs once per data point, as the reference registers it in the data point context', () => {
    const metrics = [testSummaryMetric()];
    const inv = convertSummaryCountValToSum.create({ string_agg_temp: 'delta', monotonic: false, suffix: undefined }, { context: 'datapoint' });
    const ctx = { metric: metrics[0], metrics } as unknown as Parameters<typeof inv>[0];
    inv(ctx);
    inv(ctx);
    expect(metrics.map((m) => m.name)).toEqual(['summary_metric', 'summary_metric_count', 'summary_metric_count']);
  });

  it('rejects an unknown temporality', () => {
    expect(() => convertSummaryCountValToSum.create({ string_agg_temp: 'x', monotonic: false, suffix: undefined }, { context: 'datapoint' })).toThrow(
      new ArgumentError('string_agg_temp', 'unknown aggregation temporality: x'),
    );
  });
});
