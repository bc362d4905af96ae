/**
 * Common part of `extract_sum_metric` and `extract_count_metric`: both build a Sum from the
 * points of a Histogram, ExponentialHistogram or Summary, and fail on any other metric type.
 */
import { newMetric, newNumberDataPoint, type Metric, type MetricData, type NumberDataPoint } from '../../../core/model.js';
import { OttlRuntimeError } from '../../../core/errors.js';
import type { ValueMap } from '../../../core/values/types.js';
import { defineFunction } from '../../signature.js';
import { appendMetric, cloneMap, currentMetric, metricTypeName, TEMPORALITY } from './metrics.js';

/** A point that carries a count and (maybe) a sum: histogram, exponential histogram or summary. */
export type SumCountPoint = {
  attributes: ValueMap;
  startTimeUnixNano: bigint;
  timeUnixNano: bigint;
  count: bigint;
  sum: number | null;
};

/**
 * The temporality the extracted Sum gets: the source's for histograms; cumulative for summaries
 * (they have none, and OpenMetrics says they are cumulative); unspecified for everything else.
 */
export function sourceTemporality(data: MetricData | null): number {
  if (data === null) return TEMPORALITY.unspecified;
  switch (data.kind) {
    case 'histogram':
    case 'exponentialHistogram':
      return data.aggregationTemporality;
    case 'summary':
      return TEMPORALITY.cumulative;
    default:
      return TEMPORALITY.unspecified;
  }
}

/** The points of a histogram-like metric, or null for other types. */
export function sumCountPoints(data: MetricData | null): readonly SumCountPoint[] | null {
  if (data === null) return null;
  if (data.kind === 'histogram' || data.kind === 'exponentialHistogram' || data.kind === 'summary') return data.dataPoints;
  return null;
}

/** The reference's error for a metric that is not a Histogram, ExponentialHistogram or Summary. */
export function invalidMetricTypeError(functionName: string, data: MetricData | null): OttlRuntimeError {
  return new OttlRuntimeError(
    `${functionName} requires an input metric of type Histogram, ExponentialHistogram or Summary, got ${metricTypeName(data)}`,
  );
}

/** A new Sum metric named after `source` with the given suffix, unit and flags. */
export function newSumMetric(source: Metric, suffix: string, unit: string, temporality: number, monotonic: boolean): Metric {
  const m = newMetric();
  m.name = source.name + suffix;
  m.description = source.description;
  m.unit = unit;
  m.data = { kind: 'sum', dataPoints: [], aggregationTemporality: temporality, isMonotonic: monotonic };
  return m;
}

/** A number point carrying the source point's attributes and timestamps. */
export function derivedPoint(source: SumCountPoint, value: number | bigint): NumberDataPoint {
  const dp = newNumberDataPoint();
  dp.attributes = cloneMap(source.attributes);
  dp.value = value;
  dp.startTimeUnixNano = source.startTimeUnixNano;
  dp.timeUnixNano = source.timeUnixNano;
  return dp;
}

/** What differs between `extract_sum_metric` and `extract_count_metric`. */
export interface ExtractedSum {
  readonly name: string;
  readonly defaultSuffix: string;
  readonly description: string;
  /** The unit of the new metric, from the source. */
  readonly unit: (source: Metric) => string;
  /** The value a source point contributes, or null to skip the point. */
  readonly value: (point: SumCountPoint) => number | bigint | null;
}

/**
 * An editor `NAME(is_monotonic, Optional[suffix])` (metric context) that appends a Sum named
 * `<name><suffix>` with one point per source point that has a value; nothing is appended when no
 * point has one. A metric of another type (or a histogram with unspecified temporality) is a
 * run-time error.
 */
export function defineExtractedSum(spec: ExtractedSum) {
  return defineFunction({
    name: spec.name,
    kind: 'editor',
    params: [
      { name: 'monotonic', kind: 'literalBool' },
      { name: 'suffix', kind: 'literalString', optional: true, doc: `default "${spec.defaultSuffix}"` },
    ],
    contexts: ['metric'],
    description: spec.description,
    create: (args) => {
      const suffix = args.suffix ?? spec.defaultSuffix;
      const monotonic = args.monotonic;
      return (ctx) => {
        const metric = currentMetric(ctx);
        const temporality = sourceTemporality(metric.data);
        const points = sumCountPoints(metric.data);
        if (temporality === TEMPORALITY.unspecified || points === null) throw invalidMetricTypeError(spec.name, metric.data);
        const extracted = newSumMetric(metric, suffix, spec.unit(metric), temporality, monotonic);
        const out = (extracted.data as { dataPoints: NumberDataPoint[] }).dataPoints;
        for (const dp of points) {
          const v = spec.value(dp);
          if (v !== null) out.push(derivedPoint(dp, v));
        }
        if (out.length > 0) appendMetric(ctx, extracted);
        return null;
      };
    },
  });
}
