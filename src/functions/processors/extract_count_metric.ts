/**
 * `extract_count_metric(is_monotonic, Optional[suffix])` (transform processor, metric context):
 * appends a Sum named `<name><suffix>` (default suffix `_count`) holding the `count` of every point
 * of a Histogram, ExponentialHistogram or Summary metric, as Int values. The new metric keeps the
 * description, gets unit `"1"` (the source's unit does not apply to a count), and the source's
 * temporality (cumulative for summaries). Nothing is appended for a metric without points.
 * Errors at run time for any other metric type (and for histograms with unspecified temporality).
 */
import { defineFunction } from '../signature.js';
import { derivedPoint, invalidMetricTypeError, newSumMetric, sourceTemporality, sumCountPoints } from './internal/extract.js';
import { appendMetric, currentMetric, TEMPORALITY } from './internal/metrics.js';
import type { NumberDataPoint } from '../../core/model.js';

const NAME = 'extract_count_metric';

export const extractCountMetric = defineFunction({
  name: NAME,
  kind: 'editor',
  params: [
    { name: 'monotonic', kind: 'literalBool' },
    { name: 'suffix', kind: 'literalString', optional: true, doc: 'default "_count"' },
  ],
  contexts: ['metric'],
  description: 'Creates a Sum metric from the counts of a histogram or summary metric.',
  create: (args) => {
    const suffix = args.suffix ?? '_count';
    const monotonic = args.monotonic;
    return (ctx) => {
      const metric = currentMetric(ctx);
      const temporality = sourceTemporality(metric.data);
      const points = sumCountPoints(metric.data);
      if (temporality === TEMPORALITY.unspecified || points === null) throw invalidMetricTypeError(NAME, metric.data);
      const countMetric = newSumMetric(metric, suffix, '1', temporality, monotonic);
      const out = (countMetric.data as { dataPoints: NumberDataPoint[] }).dataPoints;
      // count is a uint64; the reference stores it as int64, wrapping above 2^63-1.
      for (const dp of points) out.push(derivedPoint(dp, BigInt.asIntN(64, dp.count)));
      if (out.length > 0) appendMetric(ctx, countMetric);
      return null;
    };
  },
});
