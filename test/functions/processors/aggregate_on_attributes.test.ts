import { describe, expect, it } from 'vitest';
import { aggregateOnAttributes } from '../../../src/functions/processors/aggregate_on_attributes.js';
import { ArgumentError } from '../../../src/functions/signature.js';
import type { Metric } from '../../../src/core/model.js';
import { OttlRuntimeError } from '../../../src/core/errors.js';
import { expHistogram, expPoint, gauge, histogram, histogramPoint, metric, numberPoint, run, sum, testSummaryMetric } from './fixtures.js';

const attrs = (entries: [string, string][]) => new Map(entries);
const sumMultiple = () => metric('sum_metric', sum([numberPoint(100), numberPoint(50)]));
const sumMultipleOdd = () => metric('sum_metric', sum([numberPoint(100), numberPoint(50), numberPoint(30)]));
const sumMultipleAttributes = () =>
  metric(
    'sum_metric',
    sum([
      numberPoint(100, { attributes: attrs([['key1', 'val1']]) }),
      numberPoint(50, { attributes: attrs([['key1', 'val1']]) }),
      numberPoint(20, { attributes: attrs([['key2', 'val1']]) }),
    ]),
  );
const gaugeMultiple = () => metric('gauge_metric', gauge([numberPoint(12n), numberPoint(5n)]));
const gaugeMultipleOdd = () => metric('gauge_metric', gauge([numberPoint(12n), numberPoint(5n), numberPoint(3n)]));

describe('aggregate_on_attributes', () => {
  const cases: { name: string; fn: string; attributes?: string[]; input: () => Metric; want: Metric }[] = [
    { name: 'non-matching attribute', fn: 'sum', attributes: ['non-existing'], input: sumMultipleAttributes, want: metric('sum_metric', sum([numberPoint(170)])) },
    {
      name: 'matching attribute',
      fn: 'sum',
      attributes: ['key1'],
      input: sumMultipleAttributes,
      want: metric('sum_metric', sum([numberPoint(150, { attributes: attrs([['key1', 'val1']]) }), numberPoint(20)])),
    },
    {
      name: 'duplicate attributes',
      fn: 'sum',
      attributes: ['key1', 'key1'],
      input: sumMultipleAttributes,
      want: metric('sum_metric', sum([numberPoint(150, { attributes: attrs([['key1', 'val1']]) }), numberPoint(20)])),
    },
    { name: 'empty list drops all attributes', fn: 'sum', attributes: [], input: sumMultipleAttributes, want: metric('sum_metric', sum([numberPoint(170)])) },
    {
      name: 'omitted list keeps all attributes',
      fn: 'sum',
      input: sumMultipleAttributes,
      want: metric('sum_metric', sum([numberPoint(150, { attributes: attrs([['key1', 'val1']]) }), numberPoint(20, { attributes: attrs([['key2', 'val1']]) })])),
    },
    { name: 'sum sum', fn: 'sum', input: sumMultiple, want: metric('sum_metric', sum([numberPoint(150)])) },
    { name: 'sum max', fn: 'max', input: sumMultiple, want: metric('sum_metric', sum([numberPoint(100)])) },
    { name: 'sum min', fn: 'min', input: sumMultiple, want: metric('sum_metric', sum([numberPoint(50)])) },
    { name: 'sum mean', fn: 'mean', input: sumMultiple, want: metric('sum_metric', sum([numberPoint(75)])) },
    { name: 'sum count', fn: 'count', input: sumMultiple, want: metric('sum_metric', sum([numberPoint(2)])) },
    { name: 'sum median even', fn: 'median', input: sumMultiple, want: metric('sum_metric', sum([numberPoint(75)])) },
    { name: 'sum median odd', fn: 'median', input: sumMultipleOdd, want: metric('sum_metric', sum([numberPoint(50)])) },
    { name: 'gauge sum', fn: 'sum', input: gaugeMultiple, want: metric('gauge_metric', gauge([numberPoint(17n)])) },
    { name: 'gauge min', fn: 'min', input: gaugeMultiple, want: metric('gauge_metric', gauge([numberPoint(5n)])) },
    { name: 'gauge max', fn: 'max', input: gaugeMultiple, want: metric('gauge_metric', gauge([numberPoint(12n)])) },
    { name: 'gauge mean (integer division)', fn: 'mean', input: gaugeMultiple, want: metric('gauge_metric', gauge([numberPoint(8n)])) },
    { name: 'gauge count', fn: 'count', input: gaugeMultiple, want: metric('gauge_metric', gauge([numberPoint(2n)])) },
    { name: 'gauge median even', fn: 'median', input: gaugeMultiple, want: metric('gauge_metric', gauge([numberPoint(8n)])) },
    { name: 'gauge median odd', fn: 'median', input: gaugeMultipleOdd, want: metric('gauge_metric', gauge([numberPoint(5n)])) },
    {
      name: 'count of a single point keeps its value (reference quirk)',
      fn: 'count',
      input: () => metric('g', gauge([numberPoint(7n)])),
      want: metric('g', gauge([numberPoint(7n)])),
    },
    {
      name: 'histogram',
      fn: 'sum',
      input: () =>
        metric(
          'histogram_metric',
          histogram(
            [
              histogramPoint({ count: 5n, sum: 12.34, bucketCounts: [2n, 3n], explicitBounds: [1] }),
              histogramPoint({ count: 5n, sum: 12.66, bucketCounts: [2n, 3n], explicitBounds: [1] }),
            ],
            1,
          ),
        ),
      want: metric('histogram_metric', histogram([histogramPoint({ count: 10n, sum: 25, bucketCounts: [4n, 6n], explicitBounds: [1] })], 1)),
    },
    {
      name: 'exponential histogram',
      fn: 'sum',
      input: () => metric('exponential_histogram_metric', expHistogram([expPoint({ scale: 1, count: 5n, sum: 12.34 }), expPoint({ scale: 1, count: 5n, sum: 12.66 })], 1)),
      want: metric('exponential_histogram_metric', expHistogram([expPoint({ scale: 1, count: 10n, sum: 25 })], 1)),
    },
    {
      name: 'points at different timestamps are not merged; earliest start time wins',
      fn: 'sum',
      input: () =>
        metric('s', sum([numberPoint(1, { timeUnixNano: 1n, startTimeUnixNano: 5n }), numberPoint(2, { timeUnixNano: 2n }), numberPoint(3, { timeUnixNano: 1n, startTimeUnixNano: 4n })], 2)),
      want: metric('s', sum([numberPoint(4, { timeUnixNano: 1n, startTimeUnixNano: 4n }), numberPoint(2, { timeUnixNano: 2n })], 2)),
    },
    {
      name: 'delta sums also group by start time',
      fn: 'sum',
      input: () => metric('s', sum([numberPoint(1, { startTimeUnixNano: 5n }), numberPoint(3, { startTimeUnixNano: 4n })], 1)),
      want: metric('s', sum([numberPoint(1, { startTimeUnixNano: 5n }), numberPoint(3, { startTimeUnixNano: 4n })], 1)),
    },
    {
      name: 'histogram min/max: a source without them does not overwrite',
      fn: 'sum',
      input: () =>
        metric('h', histogram([histogramPoint({ count: 2n, min: 5, max: 8, bucketCounts: [2n] }), histogramPoint({ count: 3n, min: 1, max: 9, bucketCounts: [3n] })])),
      want: metric('h', histogram([histogramPoint({ count: 5n, sum: 0, min: 1, max: 9, bucketCounts: [5n] })])),
    },
  ];
  it.each(cases)('$name', ({ fn, attributes, input, want }) => {
    const metrics = [input()];
    run(aggregateOnAttributes, { aggregation_function: fn, attributes }, metrics);
    expect(metrics).toEqual([want]);
  });

  it('rejects Summary metrics at run time', () => {
    const metrics = [testSummaryMetric()];
    expect(() => run(aggregateOnAttributes, { aggregation_function: 'sum' }, metrics)).toThrow(
      new OttlRuntimeError('aggregate_on_attributes does not support aggregating Summary metrics'),
    );
    expect(metrics).toEqual([testSummaryMetric()]);
  });

  it('rejects an unknown function at compile time', () => {
    expect(() => aggregateOnAttributes.create({ aggregation_function: 'avg', attributes: undefined }, { context: 'metric' })).toThrow(ArgumentError);
    expect(() => aggregateOnAttributes.create({ aggregation_function: 'avg', attributes: undefined }, { context: 'metric' })).toThrow(
      "invalid aggregation function: 'unsupported function: 'avg'', valid options: sum, mean, min, max, median, count",
    );
  });
});
