/**
 * SDK `ResourceMetrics` ↔ the model's metrics, with the OTLP exporters' mapping: an INT instrument's
 * points are `asInt` (bigint), a DOUBLE one's `asDouble`; counts become bigints; delta/cumulative
 * become AGGREGATION_TEMPORALITY_DELTA (1) / CUMULATIVE (2).
 *
 * The SDK has no summaries and no exemplars in its export data: going back, summary metrics (which
 * rules could only produce by converting) are left out, and exemplars and an exponential
 * histogram's zero threshold are not carried.
 */
import type { MetricData as SdkMetricData, ResourceMetrics as SdkResourceMetrics } from '@opentelemetry/sdk-metrics';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  newExponentialHistogramDataPoint,
  newHistogramDataPoint,
  newMetric,
  newNumberDataPoint,
  newResource,
  newScope,
  type Metric,
  type MetricData,
  type MetricsData,
  type NumberDataPoint,
} from '../api/index.js';
import { fromValueMap, hrTimeToNanos, nanosToHrTime, toValueMap, type HrTime } from './convert-common.js';

// The SDK's enums, by value (sdk-metrics DataPointType, AggregationTemporality; api ValueType).
const HISTOGRAM = 0;
const EXPONENTIAL_HISTOGRAM = 1;
const GAUGE = 2;
const SUM = 3;
const SDK_DELTA = 0;
const SDK_CUMULATIVE = 1;
const VALUE_INT = 0;
const VALUE_DOUBLE = 1;
const OTLP_DELTA = 1;
const OTLP_CUMULATIVE = 2;

const temporalityToModel = (t: number): number => (t === SDK_DELTA ? OTLP_DELTA : t === SDK_CUMULATIVE ? OTLP_CUMULATIVE : 0);
const temporalityToSdk = (t: number): number => (t === OTLP_DELTA ? SDK_DELTA : SDK_CUMULATIVE);

interface SdkPoint {
  startTime: HrTime;
  endTime: HrTime;
  attributes: Record<string, unknown>;
  value: unknown;
}

/** One SDK export batch → a metrics document's data. */
export function resourceMetricsToModel(rm: SdkResourceMetrics): MetricsData {
  const resource = newResource();
  resource.attributes = toValueMap(rm.resource.attributes as Record<string, unknown>);
  return {
    resourceMetrics: [
      {
        resource,
        scopeMetrics: rm.scopeMetrics.map((sm) => {
          const scope = newScope();
          scope.name = sm.scope.name;
          scope.version = sm.scope.version ?? '';
          return { scope, metrics: sm.metrics.map(metricToModel), schemaUrl: sm.scope.schemaUrl ?? '' };
        }),
        schemaUrl: rm.resource.schemaUrl ?? '',
      },
    ],
  };
}

function metricToModel(md: SdkMetricData): Metric {
  const m = newMetric();
  m.name = md.descriptor.name;
  m.description = md.descriptor.description;
  m.unit = md.descriptor.unit;
  const temporality = temporalityToModel(md.aggregationTemporality);
  const points = md.dataPoints as unknown as SdkPoint[];
  const common = <P extends { attributes: Map<string, unknown>; startTimeUnixNano: bigint; timeUnixNano: bigint }>(p: P, sp: SdkPoint): P => {
    p.attributes = toValueMap(sp.attributes) as P['attributes'];
    p.startTimeUnixNano = hrTimeToNanos(sp.startTime);
    p.timeUnixNano = hrTimeToNanos(sp.endTime);
    return p;
  };
  const numberPoint = (sp: SdkPoint): NumberDataPoint => {
    const p = common(newNumberDataPoint(), sp);
    const v = sp.value as number;
    p.value = md.descriptor.valueType === VALUE_INT ? BigInt(Math.trunc(v)) : v;
    return p;
  };
  switch (md.dataPointType as number) {
    case GAUGE:
      m.data = { kind: 'gauge', dataPoints: points.map(numberPoint) };
      break;
    case SUM:
      m.data = { kind: 'sum', dataPoints: points.map(numberPoint), aggregationTemporality: temporality, isMonotonic: (md as { isMonotonic: boolean }).isMonotonic };
      break;
    case HISTOGRAM:
      m.data = {
        kind: 'histogram',
        aggregationTemporality: temporality,
        dataPoints: points.map((sp) => {
          const h = sp.value as { buckets: { boundaries: number[]; counts: number[] }; count: number; sum?: number; min?: number; max?: number };
          const p = common(newHistogramDataPoint(), sp);
          p.count = BigInt(h.count);
          p.sum = h.sum ?? null;
          p.bucketCounts = h.buckets.counts.map((c) => BigInt(c));
          p.explicitBounds = [...h.buckets.boundaries];
          p.min = h.min ?? null;
          p.max = h.max ?? null;
          return p;
        }),
      };
      break;
    case EXPONENTIAL_HISTOGRAM:
      m.data = {
        kind: 'exponentialHistogram',
        aggregationTemporality: temporality,
        dataPoints: points.map((sp) => {
          type Exp = { count: number; sum?: number; scale: number; zeroCount: number; positive: { offset: number; bucketCounts: number[] }; negative: { offset: number; bucketCounts: number[] }; min?: number; max?: number };
          const h = sp.value as Exp;
          const p = common(newExponentialHistogramDataPoint(), sp);
          p.count = BigInt(h.count);
          p.sum = h.sum ?? null;
          p.scale = h.scale;
          p.zeroCount = BigInt(h.zeroCount);
          p.positive = { offset: h.positive.offset, bucketCounts: h.positive.bucketCounts.map((c) => BigInt(c)) };
          p.negative = { offset: h.negative.offset, bucketCounts: h.negative.bucketCounts.map((c) => BigInt(c)) };
          p.min = h.min ?? null;
          p.max = h.max ?? null;
          return p;
        }),
      };
      break;
  }
  return m;
}

/** Metrics → one SDK `ResourceMetrics` per resource (summaries and metrics without data left out). */
export function modelToResourceMetrics(data: MetricsData): SdkResourceMetrics[] {
  return data.resourceMetrics.map((rm) => ({
    resource: resourceFromAttributes(fromValueMap(rm.resource.attributes) as never, rm.schemaUrl === '' ? undefined : { schemaUrl: rm.schemaUrl }),
    scopeMetrics: rm.scopeMetrics.map((sm) => ({
      scope: { name: sm.scope.name, version: sm.scope.version === '' ? undefined : sm.scope.version, schemaUrl: sm.schemaUrl === '' ? undefined : sm.schemaUrl },
      metrics: sm.metrics.flatMap((m) => (m.data === null ? [] : metricToSdk(m, m.data))),
    })),
  }));
}

const pointTimes = (p: { startTimeUnixNano: bigint; timeUnixNano: bigint; attributes: Map<string, never> | Map<string, unknown> }) => ({
  startTime: nanosToHrTime(p.startTimeUnixNano),
  endTime: nanosToHrTime(p.timeUnixNano),
  attributes: fromValueMap(p.attributes as never),
});

function metricToSdk(m: Metric, data: MetricData): SdkMetricData[] {
  const descriptor = (valueType: number) => ({ name: m.name, description: m.description, unit: m.unit, valueType });
  switch (data.kind) {
    case 'gauge':
    case 'sum': {
      const ints = data.dataPoints.length > 0 && data.dataPoints.every((p) => typeof p.value === 'bigint');
      const dataPoints = data.dataPoints.map((p) => ({ ...pointTimes(p), value: p.value === null ? 0 : Number(p.value) }));
      if (data.kind === 'gauge') {
        return [{ descriptor: descriptor(ints ? VALUE_INT : VALUE_DOUBLE), aggregationTemporality: SDK_CUMULATIVE, dataPointType: GAUGE, dataPoints } as unknown as SdkMetricData];
      }
      return [
        {
          descriptor: descriptor(ints ? VALUE_INT : VALUE_DOUBLE),
          aggregationTemporality: temporalityToSdk(data.aggregationTemporality),
          dataPointType: SUM,
          isMonotonic: data.isMonotonic,
          dataPoints,
        } as unknown as SdkMetricData,
      ];
    }
    case 'histogram':
      return [
        {
          descriptor: descriptor(VALUE_DOUBLE),
          aggregationTemporality: temporalityToSdk(data.aggregationTemporality),
          dataPointType: HISTOGRAM,
          dataPoints: data.dataPoints.map((p) => ({
            ...pointTimes(p),
            value: {
              buckets: { boundaries: [...p.explicitBounds], counts: p.bucketCounts.map(Number) },
              count: Number(p.count),
              sum: p.sum ?? undefined,
              min: p.min ?? undefined,
              max: p.max ?? undefined,
            },
          })),
        } as unknown as SdkMetricData,
      ];
    case 'exponentialHistogram':
      return [
        {
          descriptor: descriptor(VALUE_DOUBLE),
          aggregationTemporality: temporalityToSdk(data.aggregationTemporality),
          dataPointType: EXPONENTIAL_HISTOGRAM,
          dataPoints: data.dataPoints.map((p) => ({
            ...pointTimes(p),
            value: {
              count: Number(p.count),
              sum: p.sum ?? undefined,
              scale: p.scale,
              zeroCount: Number(p.zeroCount),
              positive: { offset: p.positive.offset, bucketCounts: p.positive.bucketCounts.map(Number) },
              negative: { offset: p.negative.offset, bucketCounts: p.negative.bucketCounts.map(Number) },
              min: p.min ?? undefined,
              max: p.max ?? undefined,
            },
          })),
        } as unknown as SdkMetricData,
      ];
    case 'summary':
      return [];
  }
}
