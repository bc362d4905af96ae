import { describe, expect, it } from 'vitest';
import { copyMetric } from '../../../src/functions/processors/copy_metric.js';
import type { Metric } from '../../../src/core/model.js';
import { histogram, histogramPoint, k, metric, numberPoint, run, sum, testAttributes } from './fixtures.js';

const original = (): Metric =>
  metric('operationA', sum([numberPoint(1.5, { attributes: testAttributes() })], 2, true), {
    description: 'desc',
    unit: 'ms',
    metadata: new Map([['m', 'v']]),
  });

describe('copy_metric', () => {
  const cases: { name: string; args: Record<string, unknown>; want: (m: Metric) => Metric }[] = [
    { name: 'plain copy', args: {}, want: (m) => m },
    { name: 'new name', args: { name: k('new') }, want: (m) => ({ ...m, name: 'new' }) },
    { name: 'new description', args: { description: k('d2') }, want: (m) => ({ ...m, description: 'd2' }) },
    { name: 'new unit', args: { unit: k('s') }, want: (m) => ({ ...m, unit: 's' }) },
    { name: 'all three', args: { name: k('n'), description: k('d'), unit: k('u') }, want: (m) => ({ ...m, name: 'n', description: 'd', unit: 'u' }) },
  ];
  it.each(cases)('$name', ({ args, want }) => {
    const metrics = [original()];
    run(copyMetric, args, metrics);
    expect(metrics).toEqual([original(), want(original())]);
  });

  it('makes a deep copy', () => {
    const metrics = [metric('h', histogram([histogramPoint({ bucketCounts: [1n], attributes: testAttributes() })]))];
    run(copyMetric, {}, metrics);
    const copy = metrics[1].data as { dataPoints: { bucketCounts: bigint[]; attributes: Map<string, unknown> }[] };
    copy.dataPoints[0].bucketCounts[0] = 9n;
    copy.dataPoints[0].attributes.set('test', 'changed');
    expect(metrics[0]).toEqual(metric('h', histogram([histogramPoint({ bucketCounts: [1n], attributes: testAttributes() })])));
  });

  it('appends the copy before evaluating arguments', () => {
    const metrics = [original()];
    const failing = () => {
      throw new Error('boom');
    };
    expect(() => run(copyMetric, { name: failing }, metrics)).toThrow('boom');
    expect(metrics).toEqual([original(), original()]);
  });
});
