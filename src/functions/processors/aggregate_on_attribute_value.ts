/**
 * `aggregate_on_attribute_value(aggregation_function, attribute, values, new_value)` (transform
 * processor, metric context): on every data point whose `attribute` has one of `values`, replaces
 * it with the string `new_value`, then merges points that became identical as
 * `aggregate_on_attributes` does. A non-string attribute counts as "" when compared, as in the
 * reference. An unknown function is a compile error. The reference drops the points of a Summary
 * metric here (it cannot merge them); that is kept.
 */
import { defineFunction } from '../signature.js';
import { aggregateDataPoints, parseAggregationType } from './internal/aggregate.js';
import { strOf } from './internal/datapoint-attrs.js';
import { currentMetric } from './internal/metrics.js';

export const aggregateOnAttributeValue = defineFunction({
  name: 'aggregate_on_attribute_value',
  kind: 'editor',
  params: [
    { name: 'aggregation_function', kind: 'literalString', doc: 'sum, mean, min, max, median or count' },
    { name: 'attribute', kind: 'literalString' },
    { name: 'values', kind: 'literalStringList' },
    { name: 'new_value', kind: 'literalString' },
  ],
  contexts: ['metric'],
  description: 'Renames several values of one attribute to a single value and aggregates the points.',
  create: (args) => {
    const agg = parseAggregationType('aggregation_function', args.aggregation_function);
    const { attribute, new_value: newValue } = args;
    const values = new Set(args.values);
    return (ctx) => {
      const metric = currentMetric(ctx);
      if (metric.data !== null) {
        for (const dp of metric.data.dataPoints) {
          const attrs = dp.attributes;
          if (attrs.has(attribute) && values.has(strOf(attrs.get(attribute) ?? null))) attrs.set(attribute, newValue);
        }
      }
      aggregateDataPoints(metric, agg);
      return null;
    };
  },
});
