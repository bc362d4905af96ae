/**
 * `extract_count_metric(is_monotonic, Optional[suffix])` (transform processor, metric context):
 * appends a Sum named `<name><suffix>` (default suffix `_count`) holding the `count` of every point
 * of a Histogram, ExponentialHistogram or Summary metric, as Int values. The new metric keeps the
 * description, gets unit `"1"` (the source's unit does not apply to a count), and the source's
 * temporality (cumulative for summaries). Nothing is appended for a metric without points.
 * Errors at run time for any other metric type (and for histograms with unspecified temporality).
 */
import { defineExtractedSum } from './internal/extract.js';

export const extractCountMetric = defineExtractedSum({
  name: 'extract_count_metric',
  defaultSuffix: '_count',
  description: 'Creates a Sum metric from the counts of a histogram or summary metric.',
  unit: () => '1',
  // count is a uint64; the reference stores it as int64, wrapping above 2^63-1.
  value: (dp) => BigInt.asIntN(64, dp.count),
});
