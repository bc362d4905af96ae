/**
 * `convert_sum_to_gauge()` (transform processor, metric context): turns a Sum into a Gauge with the
 * same data points; temporality and monotonicity are dropped. Other metric types are left alone.
 */
import { defineFunction } from '../signature.js';
import { currentMetric } from './internal/metrics.js';

export const convertSumToGauge = defineFunction({
  name: 'convert_sum_to_gauge',
  kind: 'editor',
  params: [],
  contexts: ['metric'],
  description: 'Converts a Sum metric to a Gauge, keeping its data points.',
  create: () => (ctx) => {
    const metric = currentMetric(ctx);
    const data = metric.data;
    if (data !== null && data.kind === 'sum') metric.data = { kind: 'gauge', dataPoints: data.dataPoints };
    return null;
  },
});
