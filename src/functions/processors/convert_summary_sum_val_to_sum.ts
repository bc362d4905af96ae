/**
 * `convert_summary_sum_val_to_sum(aggregation_temporality, is_monotonic, Optional[suffix])`
 * (transform processor, data point context): for a Summary metric, appends a Sum named
 * `<name><suffix>` (default `_sum`) with each summary point's `sum` as a Double. Other metric types
 * are left alone. A temporality other than `"delta"` or `"cumulative"` is a compile error.
 */
import { defineFunction } from '../signature.js';
import { parseTemporality } from './internal/metrics.js';
import { summaryToSum } from './internal/summary.js';

export const convertSummarySumValToSum = defineFunction({
  name: 'convert_summary_sum_val_to_sum',
  kind: 'editor',
  params: [
    { name: 'string_agg_temp', kind: 'literalString', doc: 'aggregation temporality: "delta" or "cumulative"' },
    { name: 'monotonic', kind: 'literalBool' },
    { name: 'suffix', kind: 'literalString', optional: true, doc: 'default "_sum"' },
  ],
  contexts: ['datapoint'],
  description: "Creates a Sum metric from a Summary metric's sums.",
  create: (args) =>
    summaryToSum(
      args.suffix ?? '_sum',
      parseTemporality('string_agg_temp', args.string_agg_temp),
      args.monotonic,
      (dp) => dp.sum,
    ),
});
