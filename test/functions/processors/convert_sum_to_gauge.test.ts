import { describe, expect, it } from 'vitest';
import { convertSumToGauge } from '../../../src/functions/processors/convert_sum_to_gauge.js';
import type { Metric } from '../../../src/core/model.js';
import { expHistogram, expPoint, gauge, histogram, histogramPoint, metric, numberPoint, run, sum, summary, summaryPoint, testAttributes } from './fixtures.js';

const points = () => [numberPoint(12n, { attributes: testAttributes(), timeUnixNano: 5n }), numberPoint(1.5)];

describe('convert_sum_to_gauge', () => {
  const cases: { name: string; input: () => Metric; want: () => Metric }[] = [
    { name: 'sum becomes gauge', input: () => metric('m', sum(points(), 2, true)), want: () => metric('m', gauge(points())) },
    { name: 'gauge unchanged', input: () => metric('m', gauge(points())), want: () => metric('m', gauge(points())) },
    { name: 'histogram unchanged', input: () => metric('m', histogram([histogramPoint({ count: 1n })], 2)), want: () => metric('m', histogram([histogramPoint({ count: 1n })], 2)) },
    { name: 'summary unchanged', input: () => metric('m', summary([summaryPoint({ count: 2n })])), want: () => metric('m', summary([summaryPoint({ count: 2n })])) },
    { name: 'exponential histogram unchanged', input: () => metric('m', expHistogram([expPoint()])), want: () => metric('m', expHistogram([expPoint()])) },
    { name: 'empty metric unchanged', input: () => metric('m', null), want: () => metric('m', null) },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    const metrics = [input()];
    expect(run(convertSumToGauge, {}, metrics)).toBeNull();
    expect(metrics).toEqual([want()]);
  });
});

