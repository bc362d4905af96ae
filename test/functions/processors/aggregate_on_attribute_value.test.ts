import { describe, expect, it } from 'vitest';
import { aggregateOnAttributeValue } from '../../../src/functions/processors/aggregate_on_attribute_value.js';
import type { Metric } from '../../../src/core/model.js';
import type { Value } from '../../../src/core/values/types.js';
import { expHistogram, expPoint, gauge, histogram, histogramPoint, metric, numberPoint, run, sum, summary, summaryPoint } from './fixtures.js';

const a = (v: Value, extra: [string, Value][] = []) => new Map<string, Value>([['attr1', v], ...extra]);
const START = 1581452772000000321n;

describe('aggregate_on_attribute_value', () => {
  const cases: { name: string; fn: string; values: string[]; newValue: string; input: () => Metric; want: Metric }[] = [
    {
      // Conformance case processors/metrics/InferredMetricContext/09 (operationE).
      name: 'sum over two renamed values',
      fn: 'sum',
      values: ['test1', 'test2'],
      newValue: 'test',
      input: () =>
        metric('operationE', sum([numberPoint(1, { attributes: a('test1'), startTimeUnixNano: START }), numberPoint(3.7, { attributes: a('test2'), startTimeUnixNano: START })]), {
          description: 'operationE description',
          unit: 'operationE unit',
        }),
      want: metric('operationE', sum([numberPoint(4.7, { attributes: a('test'), startTimeUnixNano: START })]), {
        description: 'operationE description',
        unit: 'operationE unit',
      }),
    },
    {
      name: 'other values stay apart',
      fn: 'max',
      values: ['a', 'b'],
      newValue: 'ab',
      input: () => metric('g', gauge([numberPoint(1n, { attributes: a('a') }), numberPoint(5n, { attributes: a('b') }), numberPoint(9n, { attributes: a('c') })])),
      want: metric('g', gauge([numberPoint(5n, { attributes: a('ab') }), numberPoint(9n, { attributes: a('c') })])),
    },
    {
      name: 'points without the attribute are still merged with each other',
      fn: 'sum',
      values: ['x'],
      newValue: 'y',
      input: () => metric('g', gauge([numberPoint(1n), numberPoint(2n)])),
      want: metric('g', gauge([numberPoint(3n)])),
    },
    {
      name: 'non-string attribute compares as ""',
      fn: 'sum',
      values: [''],
      newValue: 'e',
      input: () => metric('g', gauge([numberPoint(1n, { attributes: a(5n) }), numberPoint(2n, { attributes: a('') })])),
      want: metric('g', gauge([numberPoint(3n, { attributes: a('e') })])),
    },
    {
      name: 'histogram',
      fn: 'sum',
      values: ['a', 'b'],
      newValue: 'c',
      input: () =>
        metric('h', histogram([histogramPoint({ count: 1n, sum: 1, bucketCounts: [1n, 0n], explicitBounds: [5], attributes: a('a') }), histogramPoint({ count: 2n, sum: 20, bucketCounts: [0n, 2n], explicitBounds: [5], attributes: a('b') })], 2)),
      want: metric('h', histogram([histogramPoint({ count: 3n, sum: 21, bucketCounts: [1n, 2n], explicitBounds: [5], attributes: a('c') })], 2)),
    },
    {
      name: 'exponential histogram buckets of different lengths',
      fn: 'sum',
      values: ['a', 'b'],
      newValue: 'c',
      input: () =>
        metric(
          'e',
          expHistogram([
            expPoint({ count: 1n, positive: { offset: 0, bucketCounts: [1n] }, attributes: a('a') }),
            expPoint({ count: 3n, zeroCount: 1n, positive: { offset: 0, bucketCounts: [1n, 1n] }, attributes: a('b') }),
          ]),
        ),
      want: metric('e', expHistogram([expPoint({ count: 4n, sum: 0, zeroCount: 1n, positive: { offset: 0, bucketCounts: [2n, 1n] }, attributes: a('c') })])),
    },
    {
      name: 'summary points are dropped (reference behaviour)',
      fn: 'sum',
      values: ['a'],
      newValue: 'b',
      input: () => metric('s', summary([summaryPoint({ attributes: a('a') })])),
      want: metric('s', summary([])),
    },
  ];
  it.each(cases)('$name', ({ fn, values, newValue, input, want }) => {
    const metrics = [input()];
    run(aggregateOnAttributeValue, { aggregation_function: fn, attribute: 'attr1', values, new_value: newValue }, metrics);
    expect(metrics).toEqual([want]);
  });

  it('clears metric metadata, as the reference rebuilds the metric', () => {
    const metrics = [metric('g', gauge([numberPoint(1n)]), { metadata: new Map([['k', 'v']]) })];
    run(aggregateOnAttributeValue, { aggregation_function: 'sum', attribute: 'attr1', values: [], new_value: '' }, metrics);
    expect(metrics[0].metadata.size).toBe(0);
  });

  it('rejects an unknown function at compile time', () => {
    expect(() =>
      aggregateOnAttributeValue.create({ aggregation_function: 'p99', attribute: 'a', values: [], new_value: 'b' }, { context: 'metric' }),
    ).toThrow("unsupported function: 'p99'");
  });
});
