/**
 * Common part of `extract_sum_metric` and `extract_count_metric`: both build a Sum from the
 * points of a Histogram, ExponentialHistogram or Summary, and fail on any other metric type.
 */
import { newMetric, newNumberDataPoint, type Metric, type MetricData, type NumberDataPoint } from '../../../core/model.js';
import { OttlRuntimeError } from '../../../core/errors.js';
import type { ValueMap } from '../../../core/values/types.js';
import { cloneMap, metricTypeName, TEMPORALITY } from './metrics.js';

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
