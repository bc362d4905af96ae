/**
 * Port of the reference's `aggregateutil`: groups the data points of a metric by attributes,
 * timestamp (and, for delta metrics, start time; for histograms, their layout) and merges each
 * group into one point. Used by `aggregate_on_attributes` and `aggregate_on_attribute_value`.
 *
 * The reference collects groups in a Go map, so the order of the merged points is unspecified
 * there; here groups keep the order in which their first point appears.
 */
import type {
  ExponentialHistogramDataPoint,
  HistogramDataPoint,
  Metric,
  NumberDataPoint,
} from '../../../core/model.js';
import { ArgumentError } from '../../signature.js';
import { wrapInt64, type Value, type ValueMap } from '../../../core/values/types.js';
import { addUint64, floatToInt64, TEMPORALITY } from './metrics.js';

/** The aggregation functions of `aggregate_on_attributes` / `aggregate_on_attribute_value`. */
export type AggregationType = 'sum' | 'mean' | 'min' | 'max' | 'median' | 'count';

const AGGREGATION_TYPES: readonly AggregationType[] = ['sum', 'mean', 'min', 'max', 'median', 'count'];

/**
 * Validates the aggregation function name at compile time.
 * @throws ArgumentError naming `param` with the reference's message.
 */
export function parseAggregationType(param: string, name: string): AggregationType {
  if ((AGGREGATION_TYPES as readonly string[]).includes(name)) return name as AggregationType;
  throw new ArgumentError(
    param,
    `invalid aggregation function: 'unsupported function: '${name}'', valid options: ${AGGREGATION_TYPES.join(', ')}`,
  );
}

/** Keeps only the listed attribute keys on every point; an empty list clears them all. */
export function filterAttributes(metric: Metric, keep: readonly string[]): void {
  if (metric.data === null) return;
  const allowed = new Set(keep);
  for (const dp of metric.data.dataPoints) {
    for (const k of [...dp.attributes.keys()]) if (!allowed.has(k)) dp.attributes.delete(k);
  }
}

// ------------------------------------------------------------------ grouping keys

/**
 * A canonical text for an attribute value, matching the equalities of the reference's key (the
 * JSON encoding of `Map.AsRaw()`): map keys sorted, an Int and a Double of the same value alike.
 */
function keyOf(v: Value): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'bigint':
      return v.toString();
    case 'number':
      return Number.isInteger(v) ? BigInt(v).toString() : String(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      break;
  }
  if (v instanceof Uint8Array) return JSON.stringify(Buffer.from(v).toString('base64'));
  if (v instanceof Map) return mapKey(v);
  if (Array.isArray(v)) return '[' + v.map(keyOf).join(',') + ']';
  return JSON.stringify(String(v));
}

function mapKey(m: ValueMap): string {
  const keys = [...m.keys()].sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + keyOf(m.get(k) ?? null)).join(',') + '}';
}

function pointKey(attrs: ValueMap, time: bigint, extra: readonly unknown[]): string {
  return mapKey(attrs) + '|' + time.toString() + '|' + extra.map(String).join('|');
}

function group<T>(points: readonly T[], keyFn: (p: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const p of points) {
    const k = keyFn(p);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [p]);
    else g.push(p);
  }
  return [...groups.values()];
}

// ------------------------------------------------------------------ merging

function doubleOf(dp: NumberDataPoint): number {
  const v = dp.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return 0;
}

function intOf(dp: NumberDataPoint): bigint {
  const v = dp.value;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return floatToInt64(v);
  return 0n;
}

/** `IntValue()`: the Int value, 0 for a Double or empty point. */
function rawIntOf(dp: NumberDataPoint): bigint {
  return typeof dp.value === 'bigint' ? dp.value : 0n;
}

function mergeNumberGroup(dps: NumberDataPoint[], agg: AggregationType): NumberDataPoint {
  const dp = dps[0];
  const n = dps.length;
  if (typeof dp.value === 'number') {
    let v = dp.value;
    const median = [v];
    for (let i = 1; i < n; i++) {
      const o = dps[i];
      switch (agg) {
        case 'sum':
        case 'mean':
          v += doubleOf(o);
          break;
        case 'max':
          v = goMax(v, doubleOf(o));
          break;
        case 'min':
          v = goMin(v, doubleOf(o));
          break;
        case 'median':
          median.push(doubleOf(o));
          break;
        case 'count':
          v = n;
          break;
      }
      if (o.startTimeUnixNano < dp.startTimeUnixNano) dp.startTimeUnixNano = o.startTimeUnixNano;
    }
    if (agg === 'mean') v /= n;
    if (agg === 'median' && median.length > 1) {
      median.sort((a, b) => a - b);
      const mid = median.length >> 1;
      v = median.length % 2 !== 0 ? median[mid] : (median[mid - 1] + median[mid]) / 2;
    }
    dp.value = v;
  } else if (typeof dp.value === 'bigint') {
    let v = dp.value;
    const median = [v];
    for (let i = 1; i < n; i++) {
      const o = dps[i];
      switch (agg) {
        case 'sum':
        case 'mean':
          // The reference adds IntValue() here, which is 0 for a Double point.
          v = wrapInt64(v + rawIntOf(o));
          break;
        case 'max':
          if (v < intOf(o)) v = intOf(o);
          break;
        case 'min':
          if (v > intOf(o)) v = intOf(o);
          break;
        case 'median':
          median.push(intOf(o));
          break;
        case 'count':
          v = BigInt(n);
          break;
      }
      if (o.startTimeUnixNano < dp.startTimeUnixNano) dp.startTimeUnixNano = o.startTimeUnixNano;
    }
    if (agg === 'median' && median.length > 1) {
      median.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const mid = median.length >> 1;
      v = median.length % 2 !== 0 ? median[mid] : wrapInt64(median[mid - 1] + median[mid]) / 2n;
    }
    if (agg === 'mean') v = v / BigInt(n);
    dp.value = v;
  }
  return dp;
}

/** Go's math.Max / math.Min: NaN wins; +0 beats -0 for max. */
function goMax(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  return Math.max(a, b);
}
function goMin(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  return Math.min(a, b);
}

function mergeMinMax(dp: HistogramDataPoint | ExponentialHistogramDataPoint, o: HistogramDataPoint | ExponentialHistogramDataPoint): void {
  // A source without min/max must not pull the merged extremes towards 0.
  if (dp.min !== null && o.min !== null && dp.min > o.min) dp.min = o.min;
  if (dp.max !== null && o.max !== null && dp.max < o.max) dp.max = o.max;
}

function mergeHistogramGroup(dps: HistogramDataPoint[]): HistogramDataPoint {
  const dp = dps[0];
  for (let i = 1; i < dps.length; i++) {
    const o = dps[i];
    if (o.count === 0n) continue;
    dp.count = addUint64(dp.count, o.count);
    dp.sum = (dp.sum ?? 0) + (o.sum ?? 0);
    mergeMinMax(dp, o);
    const n = Math.min(o.bucketCounts.length, dp.bucketCounts.length);
    for (let b = 0; b < n; b++) dp.bucketCounts[b] = addUint64(dp.bucketCounts[b], o.bucketCounts[b]);
    dp.exemplars.push(...o.exemplars);
    if (o.startTimeUnixNano < dp.startTimeUnixNano) dp.startTimeUnixNano = o.startTimeUnixNano;
  }
  return dp;
}

function addBuckets(into: bigint[], from: readonly bigint[]): void {
  for (let b = 0; b < from.length; b++) {
    if (b < into.length) into[b] = addUint64(into[b], from[b]);
    else into.push(from[b]);
  }
}

function mergeExponentialGroup(dps: ExponentialHistogramDataPoint[]): ExponentialHistogramDataPoint {
  const dp = dps[0];
  for (let i = 1; i < dps.length; i++) {
    const o = dps[i];
    if (o.count === 0n) continue;
    dp.count = addUint64(dp.count, o.count);
    dp.sum = (dp.sum ?? 0) + (o.sum ?? 0);
    dp.zeroCount = addUint64(dp.zeroCount, o.zeroCount);
    mergeMinMax(dp, o);
    // Grouping already matched scale and offsets, so bucket i means the same range in both.
    addBuckets(dp.negative.bucketCounts, o.negative.bucketCounts);
    addBuckets(dp.positive.bucketCounts, o.positive.bucketCounts);
    dp.exemplars.push(...o.exemplars);
    if (o.startTimeUnixNano < dp.startTimeUnixNano) dp.startTimeUnixNano = o.startTimeUnixNano;
  }
  return dp;
}

/**
 * Groups and merges the points of `metric` in place. Number points use `agg`; histogram points
 * are always summed (the reference ignores the function for them). As in the reference, which
 * rebuilds the metric from its name, description, unit and type: summary points are dropped and
 * the metric's metadata is cleared.
 */
export function aggregateDataPoints(metric: Metric, agg: AggregationType): void {
  metric.metadata = new Map();
  const data = metric.data;
  if (data === null) return;
  switch (data.kind) {
    case 'gauge':
      data.dataPoints = group(data.dataPoints, (p) => pointKey(p.attributes, p.timeUnixNano, [])).map((g) =>
        mergeNumberGroup(g, agg),
      );
      break;
    case 'sum': {
      const byStart = data.aggregationTemporality === TEMPORALITY.delta;
      data.dataPoints = group(data.dataPoints, (p) =>
        pointKey(p.attributes, p.timeUnixNano, byStart ? [p.startTimeUnixNano] : []),
      ).map((g) => mergeNumberGroup(g, agg));
      break;
    }
    case 'histogram': {
      const byStart = data.aggregationTemporality === TEMPORALITY.delta;
      data.dataPoints = group(data.dataPoints, (p) =>
        pointKey(p.attributes, p.timeUnixNano, [
          p.explicitBounds.map((b) => String(b)).join(','),
          byStart ? p.startTimeUnixNano : '',
          p.min !== null,
          p.max !== null,
          p.flags,
        ]),
      ).map(mergeHistogramGroup);
      break;
    }
    case 'exponentialHistogram': {
      const byStart = data.aggregationTemporality === TEMPORALITY.delta;
      data.dataPoints = group(data.dataPoints, (p) =>
        pointKey(p.attributes, p.timeUnixNano, [
          p.scale,
          p.min !== null,
          p.max !== null,
          p.flags,
          p.negative.offset,
          p.positive.offset,
          byStart ? p.startTimeUnixNano : '',
        ]),
      ).map(mergeExponentialGroup);
      break;
    }
    case 'summary':
      data.dataPoints = [];
      break;
  }
}
