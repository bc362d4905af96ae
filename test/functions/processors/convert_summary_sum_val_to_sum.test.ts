import { describe, expect, it } from 'vitest';
import { convertSummarySumValToSum } from '../../../src/functions/processors/convert_summary_sum_val_to_sum.js';
import { ArgumentError } from '../../../src/functions/signature.js';
import type { Metric } from '../../../src/core/model.js';
import { metric, numberPoint, run, sum, summary, summaryPoint, testAttributes, testGaugeMetric, testSummaryMetric } from './fixtures.js';

const sumOf = (name: string, temporality: number, monotonic: boolean, extra: Partial<Metric> = {}) =>
  metric(name, sum([numberPoint(12.34, { attributes: testAttributes() })], temporality, monotonic), extra);

describe('convert_summary_sum_val_to_sum', () => {
  const cases: { name: string; temporality: string; monotonic: boolean; suffix?: string; input: () => Metric; want: Metric[] }[] = [
    { name: 'delta, non-monotonic', temporality: 'delta', monotonic: false, input: testSummaryMetric, want: [testSummaryMetric(), sumOf('summary_metric_sum', 1, false)] },
    { name: 'cumulative, monotonic', temporality: 'cumulative', monotonic: true, input: testSummaryMetric, want: [testSummaryMetric(), sumOf('summary_metric_sum', 2, true)] },
    { name: 'custom suffix', temporality: 'delta', monotonic: false, suffix: '.total', input: testSummaryMetric, want: [testSummaryMetric(), sumOf('summary_metric.total', 1, false)] },
    {
      name: 'keeps description, unit and timestamps',
      temporality: 'delta',
      monotonic: false,
      input: () => metric('s', summary([summaryPoint({ sum: 2, startTimeUnixNano: 1n, timeUnixNano: 2n })]), { description: 'd', unit: 'By' }),
      want: [
        metric('s', summary([summaryPoint({ sum: 2, startTimeUnixNano: 1n, timeUnixNano: 2n })]), { description: 'd', unit: 'By' }),
        metric('s_sum', sum([numberPoint(2, { startTimeUnixNano: 1n, timeUnixNano: 2n })], 1, false), { description: 'd', unit: 'By' }),
      ],
    },
    { name: 'gauge unchanged', temporality: 'delta', monotonic: false, input: testGaugeMetric, want: [testGaugeMetric()] },
  ];
  it.each(cases)('$name', ({ temporality, monotonic, suffix, input, want }) => {
    const metrics = [input()];
    run(convertSummarySumValToSum, { string_agg_temp: temporality, monotonic, suffix }, metrics);
    expect(metrics).toEqual(want);
  });

  it('rejects an unknown temporality', () => {
    expect(() => convertSummarySumValToSum.create({ string_agg_temp: 'invalid', monotonic: false, suffix: undefined }, { context: 'datapoint' })).toThrow(
      new ArgumentError('string_agg_temp', 'unknown aggregation temporality: invalid'),
    );
  });
});
