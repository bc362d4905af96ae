/** Common part of `convert_summary_sum_val_to_sum` and `convert_summary_count_val_to_sum`. */
import type { NumberDataPoint, SummaryDataPoint } from '../../../core/model.js';
import type { EvalContext } from '../../../core/eval-context.js';
import type { Invocation } from '../../../core/getters.js';
import { derivedPoint, newSumMetric } from './extract.js';
import { appendMetric, currentMetric } from './metrics.js';

/**
 * Builds the invocation: when the current metric is a Summary, appends a Sum named
 * `<name><suffix>` (same description and unit) with one point per summary point, valued by `pick`.
 * The reference registers these in the data point context, so a summary with N points yields N
 * identical new metrics (one per point visited); this is kept as is.
 */
export function summaryToSum(
  suffix: string,
  temporality: number,
  monotonic: boolean,
  pick: (dp: SummaryDataPoint) => number | bigint,
): Invocation {
  return (ctx: EvalContext) => {
    const metric = currentMetric(ctx);
    const data = metric.data;
    if (data === null || data.kind !== 'summary') return null;
    const sumMetric = newSumMetric(metric, suffix, metric.unit, temporality, monotonic);
    const out = (sumMetric.data as { dataPoints: NumberDataPoint[] }).dataPoints;
    for (const dp of data.dataPoints) out.push(derivedPoint(dp, pick(dp)));
    appendMetric(ctx, sumMetric);
    return null;
  };
}
