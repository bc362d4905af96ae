/**
 * `extract_percentile_metric(percentile, Optional[suffix])` (transform processor, metric context):
 * for a Histogram or ExponentialHistogram, appends a Gauge named `<name><suffix>` (default suffix
 * `_p<percentile>`, Go `%g` formatting) with the estimated percentile of every point: linear
 * interpolation inside explicit buckets (min/max close the open-ended buckets), logarithmic inside
 * exponential buckets. Description becomes `<description> (p<percentile>)` (or `p<percentile>`);
 * unit is kept; points keep attributes and timestamps. Points without data are skipped; nothing is
 * appended when no point remains; other metric types are left alone.
 * `percentile` must be in (0, 100) (compile error). Malformed buckets are a run-time error.
 */
import { newMetric, newNumberDataPoint, type NumberDataPoint } from '../../core/model.js';
import { ArgumentError, defineFunction } from '../signature.js';
import { formatF, formatG } from './internal/format.js';
import { appendMetric, cloneMap, currentMetric } from './internal/metrics.js';
import { exponentialPercentile, histogramPercentile, SKIP } from './internal/percentile.js';

export const extractPercentileMetric = defineFunction({
  name: 'extract_percentile_metric',
  kind: 'editor',
  params: [
    { name: 'percentile', kind: 'literalFloat', doc: 'strictly between 0 and 100' },
    { name: 'suffix', kind: 'literalString', optional: true, doc: 'default "_p<percentile>"' },
  ],
  contexts: ['metric'],
  description: 'Creates a Gauge metric with an estimated percentile of a histogram metric.',
  create: (args) => {
    const percentile = args.percentile;
    if (!(percentile > 0 && percentile < 100)) {
      throw new ArgumentError('percentile', `percentile must be greater than 0 and less than 100, got ${formatF(percentile)}`);
    }
    const p = formatG(percentile);
    const suffix = args.suffix !== undefined && args.suffix !== '' ? args.suffix : `_p${p}`;
    return (ctx) => {
      const metric = currentMetric(ctx);
      const data = metric.data;
      if (data === null || (data.kind !== 'histogram' && data.kind !== 'exponentialHistogram')) return null;
      if (data.dataPoints.length === 0) return null;
      const points: NumberDataPoint[] = [];
      for (const dp of data.dataPoints) {
        const value = dp.kind === 'histogram' ? histogramPercentile(dp, percentile) : exponentialPercentile(dp, percentile);
        if (value === SKIP) continue;
        const out = newNumberDataPoint();
        out.attributes = cloneMap(dp.attributes);
        out.value = value;
        out.startTimeUnixNano = dp.startTimeUnixNano;
        out.timeUnixNano = dp.timeUnixNano;
        points.push(out);
      }
      if (points.length === 0) return null;
      const gauge = newMetric();
      gauge.name = metric.name + suffix;
      gauge.description = metric.description !== '' ? `${metric.description} (p${p})` : `p${p}`;
      gauge.unit = metric.unit;
      gauge.data = { kind: 'gauge', dataPoints: points };
      appendMetric(ctx, gauge);
      return null;
    };
  },
});
