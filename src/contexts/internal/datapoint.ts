/**
 * The data point block (`ctxdatapoint`). A field the current point kind lacks (e.g. `count` on a
 * number point) reads as nil and ignores writes, as in the reference; a written value of the wrong
 * type is still an error.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import type { EvalContext } from '../../core/eval-context.js';
import type {
  Buckets,
  DataPoint,
  ExponentialHistogramDataPoint,
  HistogramDataPoint,
  NumberDataPoint,
  SummaryDataPoint,
} from '../../core/model.js';
import type { Value } from '../../core/values/types.js';
import type { PathAccessor } from '../types.js';
import { defineBlock, type Block } from './block.js';
import { goTypeName, setNil, unknownSegment, wrongType } from './errors.js';
import {
  expectFloat,
  expectInt,
  expectTime,
  timeToTimestamp,
  timestampToInt,
  timestampToTime,
  toUint64,
} from './expect.js';
import { mapField } from './fields.js';
import { modelValue, unwrapModel } from './model-object.js';
import type { PathNode } from './path-node.js';

const point = (ctx: EvalContext): DataPoint => ctx.dataPoint as DataPoint;

type Maybe<T> = T | undefined;

/**
 * A field present on some point kinds: `read` returns undefined when the kind lacks it (read as
 * nil), `write` does nothing then. `check` validates the written value first.
 */
function kindField<T>(check: (v: Value) => T, read: (p: DataPoint) => Maybe<Value>, write: (p: DataPoint, v: T) => void): PathAccessor {
  return {
    get: (ctx) => read(point(ctx)) ?? null,
    set: (ctx, v) => write(point(ctx), check(v)),
  };
}

/**
 * A list field (`bucket_counts`, `explicit_bounds`): unlike scalar fields, the written value is only
 * converted, and so only rejected, when the point kind has the field.
 */
function listField(read: (p: DataPoint) => Maybe<Value>, write: (p: DataPoint, v: Value) => void): PathAccessor {
  return {
    get: (ctx) => read(point(ctx)) ?? null,
    set: (ctx, v) => write(point(ctx), v),
  };
}

const isNumber = (p: DataPoint): p is NumberDataPoint => p.kind === 'number';
const isHistogram = (p: DataPoint): p is HistogramDataPoint => p.kind === 'histogram';
const isExpHistogram = (p: DataPoint): p is ExponentialHistogramDataPoint => p.kind === 'exponentialHistogram';
const hasCount = (p: DataPoint): p is HistogramDataPoint | ExponentialHistogramDataPoint | SummaryDataPoint =>
  p.kind !== 'number';
const hasExemplars = (p: DataPoint): p is NumberDataPoint | HistogramDataPoint | ExponentialHistogramDataPoint =>
  p.kind !== 'summary';

/** `SetCommonIntSliceValues[uint64]`: a list of int64 stored as uint64; nil empties. */
function toUint64List(v: Value): bigint[] {
  if (v === null) return [];
  if (!Array.isArray(v)) throw new OttlRuntimeError(`cannot set a slice of ${goTypeName(v)} from a value type: uint64`);
  return v.map((e) => {
    if (typeof e !== 'bigint') {
      throw new OttlRuntimeError(`invalid value type provided for a slice of uint64: ${goTypeName(e)}, expected int64`);
    }
    return toUint64(e);
  });
}

/** `SetCommonTypedSliceValues[float64]`: a list of float64; nil empties. */
function toFloatList(v: Value): number[] {
  if (v === null) return [];
  if (!Array.isArray(v)) throw new OttlRuntimeError(`invalid type provided for setting a slice of ${goTypeName(v)}: float64`);
  return v.map((e) => {
    if (typeof e !== 'number') {
      throw new OttlRuntimeError(`invalid value type provided for a slice of float64: ${goTypeName(e)}`);
    }
    return e;
  });
}

const readUint64List = (l: readonly bigint[]): Value => l.map((u) => BigInt.asIntN(64, u));

function bucketsPath(node: PathNode, side: 'positive' | 'negative'): PathAccessor {
  const buckets = (p: ExponentialHistogramDataPoint): Buckets => p[side];
  const next = node.next();
  if (next === null) {
    const goType = 'pmetric.ExponentialHistogramDataPointBuckets';
    return kindField(
      (v) => {
        if (v === null) setNil();
        const b = unwrapModel(v, goType) as Buckets | undefined;
        if (b === undefined) wrongType(goType, v);
        return b;
      },
      (p) => (isExpHistogram(p) ? modelValue(goType, buckets(p)) : undefined),
      (p, b) => {
        if (!isExpHistogram(p)) return;
        const dst = buckets(p);
        dst.offset = b.offset;
        dst.bucketCounts = b.bucketCounts.slice();
      },
    );
  }
  switch (next.name) {
    case 'offset':
      return kindField(
        expectInt,
        (p) => (isExpHistogram(p) ? BigInt(buckets(p).offset) : undefined),
        (p, i) => {
          if (isExpHistogram(p)) buckets(p).offset = Number(BigInt.asIntN(32, i));
        },
      );
    case 'bucket_counts':
      return listField(
        (p) => (isExpHistogram(p) ? readUint64List(buckets(p).bucketCounts) : undefined),
        (p, v) => {
          if (isExpHistogram(p)) buckets(p).bucketCounts = toUint64List(v);
        },
      );
    default:
      throw unknownSegment(next.name, next.text, 'datapoint', next.span);
  }
}

const timeOf = (which: 'startTimeUnixNano' | 'timeUnixNano', asTime: boolean): PathAccessor =>
  asTime
    ? kindField(
        (v) => timeToTimestamp(expectTime(v)),
        (p) => timestampToTime(p[which]),
        (p, t) => {
          p[which] = t;
        },
      )
    : kindField(
        (v) => toUint64(expectInt(v)),
        (p) => timestampToInt(p[which]),
        (p, t) => {
          p[which] = t;
        },
      );

const EXEMPLARS = 'pmetric.ExemplarSlice';
const QUANTILES = 'pmetric.SummaryDataPointValueAtQuantileSlice';

/** Checks a written model list: a list of `goType`, deep-copied; nil is an error (PR #49728). */
function modelList(goType: string): (v: Value) => unknown[] {
  return (v) => {
    if (v === null) setNil();
    const src = unwrapModel(v, goType) as unknown[] | undefined;
    if (src === undefined) wrongType(goType, v);
    return structuredClone(src);
  };
}

/** The `datapoint.*` paths. */
export const DATAPOINT_BLOCK: Block = defineBlock(
  'datapoint',
  {
    attributes: (node) => {
      return mapField((ctx) => point(ctx).attributes, node.keys());
    },
    start_time_unix_nano: () => {
      return timeOf('startTimeUnixNano', false);
    },
    time_unix_nano: () => {
      return timeOf('timeUnixNano', false);
    },
    start_time: () => {
      return timeOf('startTimeUnixNano', true);
    },
    time: () => {
      return timeOf('timeUnixNano', true);
    },
    value_double: () => {
      // pdata's DoubleValue() is 0 unless the point holds a double.
      return kindField(
        expectFloat,
        (p) => (isNumber(p) ? (typeof p.value === 'number' ? p.value : 0) : undefined),
        (p, f) => {
          if (isNumber(p)) p.value = f;
        },
      );
    },
    value_int: () => {
      return kindField(
        expectInt,
        (p) => (isNumber(p) ? (typeof p.value === 'bigint' ? p.value : 0n) : undefined),
        (p, i) => {
          if (isNumber(p)) p.value = i;
        },
      );
    },
    exemplars: () => {
      return kindField(
        modelList(EXEMPLARS),
        (p) => (hasExemplars(p) ? modelValue(EXEMPLARS, p.exemplars) : undefined),
        (p, l) => {
          if (hasExemplars(p)) p.exemplars.splice(0, p.exemplars.length, ...(l as typeof p.exemplars));
        },
      );
    },
    flags: () => {
      return kindField(
        expectInt,
        (p) => BigInt(p.flags),
        (p, i) => {
          p.flags = Number(BigInt.asUintN(32, i));
        },
      );
    },
    count: () => {
      return kindField(
        expectInt,
        (p) => (hasCount(p) ? BigInt.asIntN(64, p.count) : undefined),
        (p, i) => {
          if (hasCount(p)) p.count = toUint64(i);
        },
      );
    },
    sum: () => {
      return kindField(
        expectFloat,
        (p) => (hasCount(p) ? (p.sum ?? 0) : undefined),
        (p, f) => {
          if (hasCount(p)) p.sum = f;
        },
      );
    },
    bucket_counts: () => {
      return listField(
        (p) => (isHistogram(p) ? readUint64List(p.bucketCounts) : undefined),
        (p, v) => {
          if (isHistogram(p)) p.bucketCounts = toUint64List(v);
        },
      );
    },
    explicit_bounds: () => {
      return listField(
        (p) => (isHistogram(p) ? p.explicitBounds.slice() : undefined),
        (p, v) => {
          if (isHistogram(p)) p.explicitBounds = toFloatList(v);
        },
      );
    },
    scale: () => {
      return kindField(
        expectInt,
        (p) => (isExpHistogram(p) ? BigInt(p.scale) : undefined),
        (p, i) => {
          if (isExpHistogram(p)) p.scale = Number(BigInt.asIntN(32, i));
        },
      );
    },
    zero_count: () => {
      return kindField(
        expectInt,
        (p) => (isExpHistogram(p) ? BigInt.asIntN(64, p.zeroCount) : undefined),
        (p, i) => {
          if (isExpHistogram(p)) p.zeroCount = toUint64(i);
        },
      );
    },
    positive: (node) => {
      return bucketsPath(node, 'positive');
    },
    negative: (node) => {
      return bucketsPath(node, 'negative');
    },
    quantile_values: () => {
      return kindField(
        modelList(QUANTILES),
        (p) => (p.kind === 'summary' ? modelValue(QUANTILES, p.quantileValues) : undefined),
        (p, l) => {
          if (p.kind === 'summary') p.quantileValues.splice(0, p.quantileValues.length, ...(l as typeof p.quantileValues));
        },
      );
    },
  },
  { attributes: ['[]'], positive: ['.offset', '.bucket_counts'], negative: ['.offset', '.bucket_counts'] },
);

