/**
 * `extract_sum_metric(is_monotonic, Optional[suffix])` (transform processor, metric context):
 * appends a Sum named `<name><suffix>` (default suffix `_sum`) holding the `sum` of every point of
 * a Histogram, ExponentialHistogram or Summary metric. Histogram points without a sum are skipped;
 * nothing is appended when no point remains. The new metric keeps description and unit; its
 * temporality is the source's (cumulative for summaries).
 * Errors at run time for any other metric type (and for histograms with unspecified temporality).
 */
import { defineFunction } from '../signature.js';
import { derivedPoint, invalidMetricTypeError, newSumMetric, sourceTemporality, sumCountPoints } from './internal/extract.js';
import { appendMetric, currentMetric, TEMPORALITY } from './internal/metrics.js';
import type { NumberDataPoint } from '../../core/model.js';

const NAME = 'extract_sum_metric';

export const extractSumMetric = defineFunction({
  name: NAME,
  kind: 'editor',
  params: [
    { name: 'monotonic', kind: 'literalBool' },
    { name: 'suffix', kind: 'literalString', optional: true, doc: 'default "_sum"' },
  ],
  contexts: ['metric'],
  description: 'Creates a Sum metric from the sums of a histogram or summary metric.',
  create: (args) => {
    const suffix = args.suffix ?? '_sum';
    const monotonic = args.monotonic;
    return (ctx) => {
      const metric = currentMetric(ctx);
      const temporality = sourceTemporality(metric.data);
      const points = sumCountPoints(metric.data);
      if (temporality === TEMPORALITY.unspecified || points === null) throw invalidMetricTypeError(NAME, metric.data);
      const sumMetric = newSumMetric(metric, suffix, metric.unit, temporality, monotonic);
      const out = (sumMetric.data as { dataPoints: NumberDataPoint[] }).dataPoints;
      // A summary's sum is a required field (never null), so all its points count.
      for (const dp of points) if (dp.sum !== null) out.push(derivedPoint(dp, dp.sum));
      if (out.length > 0) appendMetric(ctx, sumMetric);
      return null;
    };
  },
});
