/** The metric block (`ctxmetric`): every `metric.*` path. */
import type { EvalContext } from '../../core/eval-context.js';
import { METRIC_DATA_TYPE, type Metric, type MetricData } from '../../core/model.js';
import type { PathAccessor } from '../types.js';
import { defineBlock, type Block } from './block.js';
import { setNil, wrongType } from './errors.js';
import { expectBool, expectInt } from './expect.js';
import { mapField, stringField } from './fields.js';
import { modelValue, unwrapModel } from './model-object.js';


const metric = (ctx: EvalContext): Metric => ctx.metric as Metric;

/** `metric.type`: METRIC_DATA_TYPE_* of the metric's data (NONE when it has none). */
export function metricType(data: MetricData | null): number {
  return data === null ? METRIC_DATA_TYPE.none : METRIC_DATA_TYPE[data.kind];
}

/** The Go slice type of a metric's data points, as `metric.data_points` reports it. */
const POINTS_GO_TYPE: Record<MetricData['kind'], string> = {
  gauge: 'pmetric.NumberDataPointSlice',
  sum: 'pmetric.NumberDataPointSlice',
  histogram: 'pmetric.HistogramDataPointSlice',
  exponentialHistogram: 'pmetric.ExponentialHistogramDataPointSlice',
  summary: 'pmetric.SummaryDataPointSlice',
};

const dataPoints: PathAccessor = {
  get: (ctx) => {
    const data = metric(ctx).data;
    return data === null ? null : modelValue(POINTS_GO_TYPE[data.kind], data.dataPoints);
  },
  set: (ctx, v) => {
    // A pdata slice of messages: nil is rejected (PR #49728), as for span events.
    if (v === null) setNil();
    const data = metric(ctx).data;
    if (data === null) return;
    const goType = POINTS_GO_TYPE[data.kind];
    const target = data.dataPoints as unknown[];
    const src = unwrapModel(v, goType) as unknown[] | undefined;
    if (src === undefined) wrongType(goType, v);
    const copy = structuredClone(src);
    target.length = 0;
    target.push(...copy);
  },
};

const aggregationTemporality: PathAccessor = {
  get: (ctx) => {
    const data = metric(ctx).data;
    if (data === null || data.kind === 'gauge' || data.kind === 'summary') return null;
    return BigInt(data.aggregationTemporality);
  },
  set: (ctx, v) => {
    const i = expectInt(v);
    const data = metric(ctx).data;
    if (data === null || data.kind === 'gauge' || data.kind === 'summary') return;
    data.aggregationTemporality = Number(BigInt.asIntN(32, i));
  },
};

const isMonotonic: PathAccessor = {
  get: (ctx) => {
    const data = metric(ctx).data;
    return data !== null && data.kind === 'sum' ? data.isMonotonic : null;
  },
  set: (ctx, v) => {
    const b = expectBool(v);
    const data = metric(ctx).data;
    if (data !== null && data.kind === 'sum') data.isMonotonic = b;
  },
};

/** Setting the type is accepted and ignored, as in the reference (no data conversion). */
const type: PathAccessor = {
  get: (ctx) => BigInt(metricType(metric(ctx).data)),
  set: () => undefined,
};

/** The `metric.*` paths. */
export const METRIC_BLOCK: Block = defineBlock(
  'metric',
  {
    name: () => {
      return stringField((ctx) => metric(ctx).name, (ctx, s) => {
        metric(ctx).name = s;
      });
    },
    description: () => {
      return stringField((ctx) => metric(ctx).description, (ctx, s) => {
        metric(ctx).description = s;
      });
    },
    unit: () => {
      return stringField((ctx) => metric(ctx).unit, (ctx, s) => {
        metric(ctx).unit = s;
      });
    },
    type: () => {
      return type;
    },
    aggregation_temporality: () => {
      return aggregationTemporality;
    },
    is_monotonic: () => {
      return isMonotonic;
    },
    data_points: () => {
      return dataPoints;
    },
    metadata: (node) => {
      return mapField((ctx) => metric(ctx).metadata, node.keys());
    },
  },
  { metadata: ['[]'] },
);
