import { describe, expect, it } from 'vitest';
import { convertGaugeToSum } from '../../../src/functions/processors/convert_gauge_to_sum.js';
import { ArgumentError } from '../../../src/functions/signature.js';
import type { Metric } from '../../../src/core/model.js';
import { gauge, metric, numberPoint, run, sum, summary, summaryPoint, testAttributes } from './fixtures.js';

const points = () => [numberPoint(12n, { attributes: testAttributes(), timeUnixNano: 5n }), numberPoint(1.5)];

describe('convert_gauge_to_sum', () => {
  const cases: { name: string; temporality: string; monotonic: boolean; input: () => Metric; want: () => Metric }[] = [
    { name: 'cumulative monotonic', temporality: 'cumulative', monotonic: true, input: () => metric('m', gauge(points())), want: () => metric('m', sum(points(), 2, true)) },
    { name: 'delta non-monotonic', temporality: 'delta', monotonic: false, input: () => metric('m', gauge(points())), want: () => metric('m', sum(points(), 1, false)) },
    { name: 'sum unchanged', temporality: 'delta', monotonic: false, input: () => metric('m', sum(points(), 2, true)), want: () => metric('m', sum(points(), 2, true)) },
    { name: 'summary unchanged', temporality: 'delta', monotonic: true, input: () => metric('m', summary([summaryPoint()])), want: () => metric('m', summary([summaryPoint()])) },
  ];
  it.each(cases)('$name', ({ temporality, monotonic, input, want }) => {
    const metrics = [input()];
    run(convertGaugeToSum, { string_agg_temp: temporality, monotonic }, metrics);
    expect(metrics).toEqual([want()]);
  });

  it('rejects an unknown temporality at compile time', () => {
    expect(() => convertGaugeToSum.create({ string_agg_temp: 'invalid', monotonic: false }, { context: 'metric' })).toThrow(
      new ArgumentError('string_agg_temp', 'unknown aggregation temporality: invalid'),
    );
  });
});
