import { describe, expect, it } from 'vitest';
import { convertSummaryQuantileValToGauge } from '../../../src/functions/processors/convert_summary_quantile_val_to_gauge.js';
import type { Metric } from '../../../src/core/model.js';
import type { Value } from '../../../src/core/values/types.js';
import { gauge, metric, numberPoint, run, summary, summaryPoint, testAttributes, testGaugeMetric, testSummaryMetric } from './fixtures.js';

function quantilePoint(key: string, quantile: number, value: number) {
  const attributes = testAttributes();
  attributes.set(key, quantile as Value);
  return numberPoint(value, { attributes });
}

function quantiles(name: string, key: string): Metric {
  return metric(name, gauge([quantilePoint(key, 0.99, 1), quantilePoint(key, 0.95, 2), quantilePoint(key, 0.5, 3)]));
}

describe('convert_summary_quantile_val_to_gauge', () => {
  const cases: { name: string; args: Record<string, unknown>; input: () => Metric; want: Metric[] }[] = [
    { name: 'defaults', args: {}, input: testSummaryMetric, want: [testSummaryMetric(), quantiles('summary_metric.quantiles', 'quantile')] },
    { name: 'custom attribute key', args: { attribute_key: 'q' }, input: testSummaryMetric, want: [testSummaryMetric(), quantiles('summary_metric.quantiles', 'q')] },
    { name: 'custom suffix', args: { suffix: '_q' }, input: testSummaryMetric, want: [testSummaryMetric(), quantiles('summary_metric_q', 'quantile')] },
    {
      name: 'attribute key already present is overwritten; timestamps kept',
      args: { attribute_key: 'test' },
      input: () => metric('s', summary([summaryPoint({ attributes: new Map([['test', 'x']]), quantileValues: [{ quantile: 0.5, value: 7 }], timeUnixNano: 3n })]), { unit: 'ms' }),
      want: [
        metric('s', summary([summaryPoint({ attributes: new Map([['test', 'x']]), quantileValues: [{ quantile: 0.5, value: 7 }], timeUnixNano: 3n })]), { unit: 'ms' }),
        metric('s.quantiles', gauge([numberPoint(7, { attributes: new Map([['test', 0.5]]), timeUnixNano: 3n })]), { unit: 'ms' }),
      ],
    },
    { name: 'summary without quantiles gives an empty gauge', args: {}, input: () => metric('s', summary([summaryPoint()])), want: [metric('s', summary([summaryPoint()])), metric('s.quantiles', gauge([]))] },
    { name: 'gauge unchanged', args: {}, input: testGaugeMetric, want: [testGaugeMetric()] },
  ];
  it.each(cases)('$name', ({ args, input, want }) => {
    const metrics = [input()];
    run(convertSummaryQuantileValToGauge, args, metrics);
    expect(metrics).toEqual(want);
  });
});
