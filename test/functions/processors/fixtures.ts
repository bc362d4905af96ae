/** Builders shared by the processor function tests (mirroring the reference's test helpers). */
import {
  newExponentialHistogramDataPoint,
  newHistogramDataPoint,
  newMetric,
  newNumberDataPoint,
  newSummaryDataPoint,
  type DataPoint,
  type ExponentialHistogramDataPoint,
  type HistogramDataPoint,
  type Metric,
  type MetricData,
  type NumberDataPoint,
  type SummaryDataPoint,
} from '../../../src/core/model.js';
import type { AnyFunctionDefinition } from '../../../src/functions/signature.js';
import { EvalContext } from '../../../src/core/eval-context.js';
import type { Value, ValueMap } from '../../../src/core/values/types.js';

/** The reference's `getTestAttributes()`. */
export function testAttributes(): ValueMap {
  return new Map<string, Value>([
    ['test', 'hello world'],
    ['test2', 3n],
    ['test3', true],
  ]);
}

export function metric(name: string, data: MetricData | null, extra: Partial<Metric> = {}): Metric {
  return { ...newMetric(), name, data, ...extra };
}

export function numberPoint(value: number | bigint | null, extra: Partial<NumberDataPoint> = {}): NumberDataPoint {
  return { ...newNumberDataPoint(), value, ...extra };
}

export function histogramPoint(extra: Partial<HistogramDataPoint> = {}): HistogramDataPoint {
  return { ...newHistogramDataPoint(), ...extra };
}

export function expPoint(extra: Partial<ExponentialHistogramDataPoint> = {}): ExponentialHistogramDataPoint {
  return { ...newExponentialHistogramDataPoint(), ...extra };
}

export function summaryPoint(extra: Partial<SummaryDataPoint> = {}): SummaryDataPoint {
  return { ...newSummaryDataPoint(), ...extra };
}

export const gauge = (dataPoints: NumberDataPoint[]): MetricData => ({ kind: 'gauge', dataPoints });
export const sum = (dataPoints: NumberDataPoint[], aggregationTemporality = 0, isMonotonic = false): MetricData => ({
  kind: 'sum',
  dataPoints,
  aggregationTemporality,
  isMonotonic,
});
export const histogram = (dataPoints: HistogramDataPoint[], aggregationTemporality = 0): MetricData => ({
  kind: 'histogram',
  dataPoints,
  aggregationTemporality,
});
export const expHistogram = (dataPoints: ExponentialHistogramDataPoint[], aggregationTemporality = 0): MetricData => ({
  kind: 'exponentialHistogram',
  dataPoints,
  aggregationTemporality,
});
export const summary = (dataPoints: SummaryDataPoint[]): MetricData => ({ kind: 'summary', dataPoints });

/** The reference's `getTestSummaryMetric()`: count 100, sum 12.34, quantiles .99/.95/.50. */
export function testSummaryMetric(): Metric {
  return metric(
    'summary_metric',
    summary([
      summaryPoint({
        count: 100n,
        sum: 12.34,
        quantileValues: [
          { quantile: 0.99, value: 1 },
          { quantile: 0.95, value: 2 },
          { quantile: 0.5, value: 3 },
        ],
        attributes: testAttributes(),
      }),
    ]),
  );
}

/** The reference's `getTestHistogramMetric()` (delta temporality). */
export function testHistogramMetric(): Metric {
  return metric(
    'histogram_metric',
    histogram(
      [histogramPoint({ count: 5n, sum: 12.34, bucketCounts: [2n, 3n], explicitBounds: [1], attributes: testAttributes() })],
      1,
    ),
  );
}

/** The reference's `getTestExponentialHistogramMetric()` (delta temporality). */
export function testExponentialHistogramMetric(): Metric {
  return metric(
    'exponential_histogram_metric',
    expHistogram([expPoint({ scale: 1, count: 5n, sum: 12.34, attributes: testAttributes() })], 1),
  );
}

/** The reference's `getTestGaugeMetric()`. */
export function testGaugeMetric(): Metric {
  return metric('gauge_metric', gauge([numberPoint(12n, { attributes: testAttributes() })]));
}

/**
 * Compiles `def` with `args` for `context` and runs it once on `metrics[index]` (and, in the data
 * point context, on `dataPoint`). Returns the invocation's result.
 */
export function run(
  def: AnyFunctionDefinition,
  args: Record<string, unknown>,
  metrics: Metric[],
  options: { index?: number; context?: string; dataPoint?: DataPoint } = {},
): Value {
  const context = options.context ?? (def.contexts?.[0] as string);
  const ctx = new EvalContext();
  ctx.metrics = metrics;
  ctx.metric = metrics[options.index ?? 0];
  ctx.dataPoint = options.dataPoint ?? null;
  return def.create(args, { context })(ctx);
}

/** A getter stand-in for a constant argument. */
export const k =
  <T extends Value>(v: T) =>
  (): T =>
    v;
