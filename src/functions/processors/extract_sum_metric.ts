/**
 * `extract_sum_metric(is_monotonic, Optional[suffix])` (transform processor, metric context):
 * appends a Sum named `<name><suffix>` (default suffix `_sum`) holding the `sum` of every point of
 * a Histogram, ExponentialHistogram or Summary metric. Histogram points without a sum are skipped;
 * nothing is appended when no point remains. The new metric keeps description and unit; its
 * temporality is the source's (cumulative for summaries).
 * Errors at run time for any other metric type (and for histograms with unspecified temporality).
 */
import { defineExtractedSum } from './internal/extract.js';

export const extractSumMetric = defineExtractedSum({
  name: 'extract_sum_metric',
  defaultSuffix: '_sum',
  description: 'Creates a Sum metric from the sums of a histogram or summary metric.',
  unit: (source) => source.unit,
  // A summary's sum is a required field (never null), so all its points count.
  value: (dp) => dp.sum,
});
