/**
 * `convert_gauge_to_sum(aggregation_temporality, is_monotonic)` (transform processor, metric
 * context): turns a Gauge into a Sum with the same data points. Other metric types are left alone.
 * An aggregation temporality other than `"delta"` or `"cumulative"` is a compile error.
 */
import { defineFunction } from '../signature.js';
import { currentMetric, parseTemporality } from './internal/metrics.js';

export const convertGaugeToSum = defineFunction({
  name: 'convert_gauge_to_sum',
  kind: 'editor',
  params: [
    { name: 'string_agg_temp', kind: 'literalString', doc: 'aggregation temporality: "delta" or "cumulative"' },
    { name: 'monotonic', kind: 'literalBool' },
  ],
  contexts: ['metric'],
  description: 'Converts a Gauge metric to a Sum with the given temporality and monotonicity.',
  create: (args) => {
    const temporality = parseTemporality('string_agg_temp', args.string_agg_temp);
    const monotonic = args.monotonic;
    return (ctx) => {
      const metric = currentMetric(ctx);
      const data = metric.data;
      if (data !== null && data.kind === 'gauge') {
        metric.data = { kind: 'sum', dataPoints: data.dataPoints, aggregationTemporality: temporality, isMonotonic: monotonic };
      }
      return null;
    };
  },
});
