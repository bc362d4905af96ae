/** Lookup used by the filter processor's `HasAttrKeyOnDatapoint` / `HasAttrOnDatapoint`. */
import type { Metric } from '../../../core/model.js';
import { OttlRuntimeError } from '../../../core/errors.js';
import type { Value } from '../../../core/values/types.js';
import { currentMetric } from './metrics.js';
import type { EvalContext } from '../../../core/eval-context.js';

/** pcommon `Value.Str()`: the string of a string value, "" for every other type. */
export function strOf(v: Value): string {
  return typeof v === 'string' ? v : '';
}

/**
 * Finds the FIRST data point that has `key` and answers for it alone: true when `expected` is
 * undefined, otherwise whether that point's value is the string `expected`. Later points are not
 * looked at, exactly as in the reference. No point with the key gives false.
 * @throws OttlRuntimeError for a metric without data ("unknown metric type").
 */
export function checkDataPoints(ctx: EvalContext, key: string, expected: string | undefined): boolean {
  const metric: Metric = currentMetric(ctx);
  if (metric.data === null) throw new OttlRuntimeError('unknown metric type');
  for (const dp of metric.data.dataPoints) {
    if (dp.attributes.has(key)) {
      return expected === undefined ? true : strOf(dp.attributes.get(key) ?? null) === expected;
    }
  }
  return false;
}
