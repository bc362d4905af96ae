/** Protobuf readers of `ExportMetricsServiceRequest` (opentelemetry-proto `metrics/v1/metrics.proto`). */
import {
  newExemplar,
  newExponentialHistogramDataPoint,
  newHistogramDataPoint,
  newMetric,
  newNumberDataPoint,
  newSummaryDataPoint,
  type Buckets,
  type Exemplar,
  type ExponentialHistogramDataPoint,
  type HistogramDataPoint,
  type Metric,
  type MetricData,
  type MetricsData,
  type NumberDataPoint,
  type SummaryDataPoint,
} from '../../core/model.js';
import { named, readAttribute, readMessage, readRequest, readResourceEntry, readScopeEntry, tag } from './decode-common.js';
import { WIRE, type WireReader } from './wire-reader.js';

const REQUEST = [, 'resourceMetrics'];
const RESOURCE_METRICS = [, 'resource', 'scopeMetrics', 'schemaUrl'];
const SCOPE_METRICS = [, 'scope', 'metrics', 'schemaUrl'];
const METRIC = [, 'name', 'description', 'unit', , 'gauge', , 'sum', , 'histogram', 'exponentialHistogram', 'summary', 'metadata'];
const DATA = [, 'dataPoints', 'aggregationTemporality', 'isMonotonic'];
const NUMBER_POINT = [, , 'startTimeUnixNano', 'timeUnixNano', 'asDouble', 'exemplars', 'asInt', 'attributes', 'flags'];
const HISTOGRAM_POINT = [
  ,
  ,
  'startTimeUnixNano',
  'timeUnixNano',
  'count',
  'sum',
  'bucketCounts',
  'explicitBounds',
  'exemplars',
  'attributes',
  'flags',
  'min',
  'max',
];
const EXP_POINT = [
  ,
  'attributes',
  'startTimeUnixNano',
  'timeUnixNano',
  'count',
  'sum',
  'scale',
  'zeroCount',
  'positive',
  'negative',
  'flags',
  'exemplars',
  'min',
  'max',
  'zeroThreshold',
];
const BUCKETS = [, 'offset', 'bucketCounts'];
const SUMMARY_POINT = [, , 'startTimeUnixNano', 'timeUnixNano', 'count', 'sum', 'quantileValues', 'attributes', 'flags'];
const QUANTILE = [, 'quantile', 'value'];
const EXEMPLAR = [, , 'timeUnixNano', 'asDouble', 'spanId', 'traceId', 'asInt', 'filteredAttributes'];

/** Reads the whole request (the reader spans it). */
export function readMetricsRequest(r: WireReader): MetricsData {
  const resourceMetrics = readRequest(r, REQUEST, (r) => {
    const e = readResourceEntry(r, RESOURCE_METRICS, (r) => {
      const s = readScopeEntry(r, SCOPE_METRICS, readMetric);
      return { scope: s.scope, metrics: s.items, schemaUrl: s.schemaUrl };
    });
    return { resource: e.resource, scopeMetrics: e.scopes, schemaUrl: e.schemaUrl };
  });
  return { resourceMetrics };
}

type PointKind = 'gauge' | 'sum' | 'histogram' | 'exponentialHistogram' | 'summary';

function readMetric(r: WireReader): Metric {
  const m = newMetric();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 2):
          m.name = r.string();
          break;
        case tag(2, 2):
          m.description = r.string();
          break;
        case tag(3, 2):
          m.unit = r.string();
          break;
        case tag(5, 2):
          m.data = readMessage(r, -1, () => readData(r, 'gauge', m.data));
          break;
        case tag(7, 2):
          m.data = readMessage(r, -1, () => readData(r, 'sum', m.data));
          break;
        case tag(9, 2):
          m.data = readMessage(r, -1, () => readData(r, 'histogram', m.data));
          break;
        case tag(10, 2):
          m.data = readMessage(r, -1, () => readData(r, 'exponentialHistogram', m.data));
          break;
        case tag(11, 2):
          m.data = readMessage(r, -1, () => readData(r, 'summary', m.data));
          break;
        case tag(12, 2):
          readAttribute(r, m.metadata, n++);
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, METRIC);
  }
  return m;
}

function emptyData(kind: PointKind): MetricData {
  switch (kind) {
    case 'gauge':
      return { kind, dataPoints: [] };
    case 'sum':
      return { kind, dataPoints: [], aggregationTemporality: 0, isMonotonic: false };
    case 'histogram':
    case 'exponentialHistogram':
      return { kind, dataPoints: [], aggregationTemporality: 0 } as MetricData;
    case 'summary':
      return { kind, dataPoints: [] };
  }
}

/** One of the data messages; a repeat of the same kind merges into it, as protobuf merges messages. */
function readData(r: WireReader, kind: PointKind, prev: MetricData | null): MetricData {
  const data = prev !== null && prev.kind === kind ? prev : emptyData(kind);
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      if (t === tag(1, 2)) {
        const points = data.dataPoints as unknown[];
        points.push(readMessage(r, points.length, (r) => readPoint(r, kind)));
      } else if (t === tag(2, 0) && 'aggregationTemporality' in data) {
        data.aggregationTemporality = r.int32();
      } else if (t === tag(3, 0) && data.kind === 'sum') {
        data.isMonotonic = r.bool();
      } else r.skip(t);
    }
  } catch (e) {
    throw named(e, t, DATA);
  }
  return data;
}

function readPoint(r: WireReader, kind: PointKind): unknown {
  switch (kind) {
    case 'gauge':
    case 'sum':
      return readNumberPoint(r);
    case 'histogram':
      return readHistogramPoint(r);
    case 'exponentialHistogram':
      return readExpPoint(r);
    case 'summary':
      return readSummaryPoint(r);
  }
}

function readNumberPoint(r: WireReader): NumberDataPoint {
  const p = newNumberDataPoint();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(7, 2):
          readAttribute(r, p.attributes, n++);
          break;
        case tag(2, 1):
          p.startTimeUnixNano = r.fixed64();
          break;
        case tag(3, 1):
          p.timeUnixNano = r.fixed64();
          break;
        case tag(4, 1):
          p.value = r.double();
          break;
        case tag(6, 1):
          p.value = r.sfixed64();
          break;
        case tag(5, 2):
          p.exemplars.push(readMessage(r, p.exemplars.length, readExemplar));
          break;
        case tag(8, 0):
          p.flags = r.uint32();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, NUMBER_POINT);
  }
  return p;
}

/** A repeated fixed64 field, packed or not. */
function readFixed64s(r: WireReader, t: number, into: bigint[]): void {
  if ((t & 7) === WIRE.i64) {
    into.push(r.fixed64());
    return;
  }
  const end = r.lenEnd();
  if ((end - r.pos) % 8 !== 0) r.fail(`packed fixed64 of ${end - r.pos} bytes (not a multiple of 8)`);
  while (r.pos < end) into.push(r.fixed64());
}

/** A repeated double field, packed or not. */
function readDoubles(r: WireReader, t: number, into: number[]): void {
  if ((t & 7) === WIRE.i64) {
    into.push(r.double());
    return;
  }
  const end = r.lenEnd();
  if ((end - r.pos) % 8 !== 0) r.fail(`packed double of ${end - r.pos} bytes (not a multiple of 8)`);
  while (r.pos < end) into.push(r.double());
}

/** A repeated uint64 varint field, packed or not. */
function readUint64s(r: WireReader, t: number, into: bigint[]): void {
  if ((t & 7) === WIRE.varint) {
    into.push(r.uint64());
    return;
  }
  const end = r.lenEnd();
  const saved = r.limit;
  r.limit = end;
  while (r.pos < end) into.push(r.uint64());
  r.limit = saved;
}

function readHistogramPoint(r: WireReader): HistogramDataPoint {
  const p = newHistogramDataPoint();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(9, 2):
          readAttribute(r, p.attributes, n++);
          break;
        case tag(2, 1):
          p.startTimeUnixNano = r.fixed64();
          break;
        case tag(3, 1):
          p.timeUnixNano = r.fixed64();
          break;
        case tag(4, 1):
          p.count = r.fixed64();
          break;
        case tag(5, 1):
          p.sum = r.double();
          break;
        case tag(6, 1):
        case tag(6, 2):
          readFixed64s(r, t, p.bucketCounts);
          break;
        case tag(7, 1):
        case tag(7, 2):
          readDoubles(r, t, p.explicitBounds);
          break;
        case tag(8, 2):
          p.exemplars.push(readMessage(r, p.exemplars.length, readExemplar));
          break;
        case tag(10, 0):
          p.flags = r.uint32();
          break;
        case tag(11, 1):
          p.min = r.double();
          break;
        case tag(12, 1):
          p.max = r.double();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, HISTOGRAM_POINT);
  }
  return p;
}

function readBuckets(r: WireReader, b: Buckets): Buckets {
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      if (t === tag(1, 0)) b.offset = r.sint32();
      else if (t === tag(2, 0) || t === tag(2, 2)) readUint64s(r, t, b.bucketCounts);
      else r.skip(t);
    }
  } catch (e) {
    throw named(e, t, BUCKETS);
  }
  return b;
}

function readExpPoint(r: WireReader): ExponentialHistogramDataPoint {
  const p = newExponentialHistogramDataPoint();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(1, 2):
          readAttribute(r, p.attributes, n++);
          break;
        case tag(2, 1):
          p.startTimeUnixNano = r.fixed64();
          break;
        case tag(3, 1):
          p.timeUnixNano = r.fixed64();
          break;
        case tag(4, 1):
          p.count = r.fixed64();
          break;
        case tag(5, 1):
          p.sum = r.double();
          break;
        case tag(6, 0):
          p.scale = r.sint32();
          break;
        case tag(7, 1):
          p.zeroCount = r.fixed64();
          break;
        case tag(8, 2):
          readMessage(r, -1, () => readBuckets(r, p.positive));
          break;
        case tag(9, 2):
          readMessage(r, -1, () => readBuckets(r, p.negative));
          break;
        case tag(10, 0):
          p.flags = r.uint32();
          break;
        case tag(11, 2):
          p.exemplars.push(readMessage(r, p.exemplars.length, readExemplar));
          break;
        case tag(12, 1):
          p.min = r.double();
          break;
        case tag(13, 1):
          p.max = r.double();
          break;
        case tag(14, 1):
          p.zeroThreshold = r.double();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, EXP_POINT);
  }
  return p;
}

function readSummaryPoint(r: WireReader): SummaryDataPoint {
  const p = newSummaryDataPoint();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(7, 2):
          readAttribute(r, p.attributes, n++);
          break;
        case tag(2, 1):
          p.startTimeUnixNano = r.fixed64();
          break;
        case tag(3, 1):
          p.timeUnixNano = r.fixed64();
          break;
        case tag(4, 1):
          p.count = r.fixed64();
          break;
        case tag(5, 1):
          p.sum = r.double();
          break;
        case tag(6, 2):
          p.quantileValues.push(
            readMessage(r, p.quantileValues.length, (r) => {
              const q = { quantile: 0, value: 0 };
              let qt = 0;
              try {
                while (r.pos < r.limit) {
                  qt = 0;
                  qt = r.tag();
                  if (qt === tag(1, 1)) q.quantile = r.double();
                  else if (qt === tag(2, 1)) q.value = r.double();
                  else r.skip(qt);
                }
              } catch (e) {
                throw named(e, qt, QUANTILE);
              }
              return q;
            }),
          );
          break;
        case tag(8, 0):
          p.flags = r.uint32();
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, SUMMARY_POINT);
  }
  return p;
}

function readExemplar(r: WireReader): Exemplar {
  const x = newExemplar();
  let n = 0;
  let t = 0;
  try {
    while (r.pos < r.limit) {
      t = 0;
      t = r.tag();
      switch (t) {
        case tag(7, 2):
          readAttribute(r, x.filteredAttributes, n++);
          break;
        case tag(2, 1):
          x.timeUnixNano = r.fixed64();
          break;
        case tag(3, 1):
          x.value = r.double();
          break;
        case tag(6, 1):
          x.value = r.sfixed64();
          break;
        case tag(4, 2):
          r.id(x.spanId, 'span id');
          break;
        case tag(5, 2):
          r.id(x.traceId, 'trace id');
          break;
        default:
          r.skip(t);
      }
    }
  } catch (e) {
    throw named(e, t, EXEMPLAR);
  }
  return x;
}
