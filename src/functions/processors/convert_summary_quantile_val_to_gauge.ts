/**
 * `convert_summary_quantile_val_to_gauge(Optional[attribute_key], Optional[suffix])` (transform
 * processor, metric context): for a Summary metric, appends a Gauge named `<name><suffix>` (default
 * suffix `.quantiles`, same description and unit) with one Double point per quantile of every
 * summary point. Each point copies the summary point's attributes and timestamps and adds the
 * quantile as a Double attribute (default key `quantile`). Other metric types are left alone.
 */
import { newMetric, newNumberDataPoint, type NumberDataPoint } from '../../core/model.js';
import { defineFunction } from '../signature.js';
import { appendMetric, cloneMap, currentMetric } from './internal/metrics.js';

export const convertSummaryQuantileValToGauge = defineFunction({
  name: 'convert_summary_quantile_val_to_gauge',
  kind: 'editor',
  params: [
    { name: 'attribute_key', kind: 'literalString', optional: true, doc: 'default "quantile"' },
    { name: 'suffix', kind: 'literalString', optional: true, doc: 'default ".quantiles"' },
  ],
  contexts: ['metric'],
  description: 'Creates a Gauge metric with one point per quantile of a Summary metric.',
  create: (args) => {
    const attributeKey = args.attribute_key ?? 'quantile';
    const suffix = args.suffix ?? '.quantiles';
    return (ctx) => {
      const metric = currentMetric(ctx);
      const data = metric.data;
      if (data === null || data.kind !== 'summary') return null;
      const gauge = newMetric();
      gauge.name = metric.name + suffix;
      gauge.description = metric.description;
      gauge.unit = metric.unit;
      const points: NumberDataPoint[] = [];
      gauge.data = { kind: 'gauge', dataPoints: points };
      for (const dp of data.dataPoints) {
        for (const q of dp.quantileValues) {
          const p = newNumberDataPoint();
          p.attributes = cloneMap(dp.attributes);
          p.attributes.set(attributeKey, q.quantile);
          p.value = q.value;
          p.startTimeUnixNano = dp.startTimeUnixNano;
          p.timeUnixNano = dp.timeUnixNano;
          points.push(p);
        }
      }
      appendMetric(ctx, gauge);
      return null;
    };
  },
});
