/**
 * `scale_metric(multiplier, Optional[unit])` (transform processor, metric context): multiplies the
 * values of a Gauge or Sum (Int values are truncated back to Int), a Histogram (sum, min, max,
 * explicit bounds and exemplar values; bucket counts are untouched) or a Summary (sum and quantile
 * values), then sets the unit when given.
 * Errors at run time for exponential histograms and metrics without data (the metric is unchanged).
 */
import type { Exemplar, NumberDataPoint } from '../../core/model.js';
import { OttlRuntimeError } from '../../core/errors.js';
import { defineFunction } from '../signature.js';
import { currentMetric, floatToInt64, metricTypeName } from './internal/metrics.js';

function scaleValue(v: number | bigint | null, m: number): number | bigint | null {
  if (v === null) return null;
  if (typeof v === 'bigint') return floatToInt64(Number(v) * m);
  return v * m;
}

function scaleNumberPoints(points: NumberDataPoint[], m: number): void {
  for (const dp of points) dp.value = scaleValue(dp.value, m);
}

function scaleExemplars(exemplars: Exemplar[], m: number): void {
  for (const e of exemplars) e.value = scaleValue(e.value, m);
}

export const scaleMetric = defineFunction({
  name: 'scale_metric',
  kind: 'editor',
  params: [
    { name: 'multiplier', kind: 'literalFloat' },
    { name: 'unit', kind: 'string', optional: true },
  ],
  contexts: ['metric'],
  description: "Multiplies a metric's values by a factor and optionally sets its unit.",
  create: (args) => {
    const m = args.multiplier;
    const unitGetter = args.unit;
    return (ctx) => {
      const metric = currentMetric(ctx);
      // The unit is read first: a failing unit argument leaves the metric untouched.
      const unit = unitGetter === undefined ? undefined : unitGetter(ctx);
      const data = metric.data;
      if (data === null) throw new OttlRuntimeError(`unsupported metric type: '${metricTypeName(data)}'`);
      switch (data.kind) {
        case 'gauge':
        case 'sum':
          scaleNumberPoints(data.dataPoints, m);
          break;
        case 'histogram':
          for (const dp of data.dataPoints) {
            if (dp.sum !== null) dp.sum *= m;
            if (dp.min !== null) dp.min *= m;
            if (dp.max !== null) dp.max *= m;
            for (let i = 0; i < dp.explicitBounds.length; i++) dp.explicitBounds[i] *= m;
            scaleExemplars(dp.exemplars, m);
          }
          break;
        case 'summary':
          for (const dp of data.dataPoints) {
            dp.sum *= m;
            for (const q of dp.quantileValues) q.value *= m;
          }
          break;
        case 'exponentialHistogram':
          throw new OttlRuntimeError("exponential histograms are not supported by the 'scale_metric' function");
      }
      if (unit !== undefined) metric.unit = unit;
      return null;
    };
  },
});
