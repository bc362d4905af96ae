/**
 * `aggregate_on_attributes(aggregation_function, Optional[attributes])` (transform processor,
 * metric context): keeps only the listed attribute keys on every data point (all keys when the list
 * is omitted, none for `[]`), then merges points that became identical (same attributes and
 * timestamp; for delta metrics also the start time; for histograms also the bucket layout) with
 * `sum`, `mean`, `min`, `max`, `median` or `count`. Histogram points are always summed; a merged
 * point keeps the earliest start time. An unknown function is a compile error; a Summary metric is a
 * run-time error.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import { defineFunction } from '../signature.js';
import { aggregateDataPoints, filterAttributes, parseAggregationType } from './internal/aggregate.js';
import { currentMetric } from './internal/metrics.js';

export const aggregateOnAttributes = defineFunction({
  name: 'aggregate_on_attributes',
  kind: 'editor',
  params: [
    { name: 'aggregation_function', kind: 'literalString', doc: 'sum, mean, min, max, median or count' },
    { name: 'attributes', kind: 'literalStringList', optional: true, doc: 'keys to keep; all when omitted' },
  ],
  contexts: ['metric'],
  description: "Aggregates a metric's data points over the given attribute keys.",
  create: (args) => {
    const agg = parseAggregationType('aggregation_function', args.aggregation_function);
    const keep = args.attributes;
    return (ctx) => {
      const metric = currentMetric(ctx);
      if (metric.data?.kind === 'summary') {
        throw new OttlRuntimeError('aggregate_on_attributes does not support aggregating Summary metrics');
      }
      if (keep !== undefined) filterAttributes(metric, keep);
      aggregateDataPoints(metric, agg);
      return null;
    };
  },
});
