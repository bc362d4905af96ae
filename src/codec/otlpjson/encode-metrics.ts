/** Encoder for the metrics signal. See `encode-common.ts` for conventions. */
import type {
  Buckets,
  Exemplar,
  ExponentialHistogramDataPoint,
  HistogramDataPoint,
  Metric,
  MetricData,
  NumberDataPoint,
  ResourceMetrics,
  ScopeMetrics,
  SummaryDataPoint,
  ValueAtQuantile,
} from '../../core/model.js';
import {
  attributesField,
  container,
  double,
  doubleField,
  idField,
  int64Field,
  intField,
  listField,
  obj,
  optionalDoubleField,
  resourceField,
  scopeField,
  strField,
} from './encode-common.js';

/** One `ResourceMetrics` object. */
export function resourceMetricsJson(rm: ResourceMetrics): string {
  return container(resourceField(rm.resource), ',"scopeMetrics":', rm.scopeMetrics, scopeMetricsJson, rm.schemaUrl);
}

function scopeMetricsJson(sm: ScopeMetrics): string {
  return container(scopeField(sm.scope), ',"metrics":', sm.metrics, metricJson, sm.schemaUrl);
}

function metricJson(m: Metric): string {
  return obj(
    strField(',"name":', m.name) +
      strField(',"description":', m.description) +
      strField(',"unit":', m.unit) +
      (m.data === null ? '' : dataField(m.data)) +
      attributesField(',"metadata":', m.metadata),
  );
}

// The data oneof is written even when empty: `"gauge":{}` is a gauge with no points, not "no data".
function dataField(d: MetricData): string {
  switch (d.kind) {
    case 'gauge':
      return ',"gauge":' + obj(listField(',"dataPoints":', d.dataPoints, numberPointJson));
    case 'sum':
      return (
        ',"sum":' +
        obj(
          listField(',"dataPoints":', d.dataPoints, numberPointJson) +
            intField(',"aggregationTemporality":', d.aggregationTemporality) +
            (d.isMonotonic ? ',"isMonotonic":true' : ''),
        )
      );
    case 'histogram':
      return (
        ',"histogram":' +
        obj(listField(',"dataPoints":', d.dataPoints, histogramPointJson) + intField(',"aggregationTemporality":', d.aggregationTemporality))
      );
    case 'exponentialHistogram':
      return (
        ',"exponentialHistogram":' +
        obj(listField(',"dataPoints":', d.dataPoints, expHistogramPointJson) + intField(',"aggregationTemporality":', d.aggregationTemporality))
      );
    case 'summary':
      return ',"summary":' + obj(listField(',"dataPoints":', d.dataPoints, summaryPointJson));
  }
}

/** `asDouble`/`asInt` are a oneof: written whenever set, 0 included. */
function pointValueField(v: number | bigint | null): string {
  if (v === null) return '';
  return typeof v === 'bigint' ? ',"asInt":"' + v.toString() + '"' : ',"asDouble":' + double(v);
}

function numberPointJson(p: NumberDataPoint): string {
  return obj(
    attributesField(',"attributes":', p.attributes) +
      int64Field(',"startTimeUnixNano":', p.startTimeUnixNano) +
      int64Field(',"timeUnixNano":', p.timeUnixNano) +
      pointValueField(p.value) +
      listField(',"exemplars":', p.exemplars, exemplarJson) +
      intField(',"flags":', p.flags),
  );
}

const uint64Json = (v: bigint): string => '"' + v.toString() + '"';

function histogramPointJson(p: HistogramDataPoint): string {
  return obj(
    attributesField(',"attributes":', p.attributes) +
      int64Field(',"startTimeUnixNano":', p.startTimeUnixNano) +
      int64Field(',"timeUnixNano":', p.timeUnixNano) +
      int64Field(',"count":', p.count) +
      optionalDoubleField(',"sum":', p.sum) +
      listField(',"bucketCounts":', p.bucketCounts, uint64Json) +
      listField(',"explicitBounds":', p.explicitBounds, double) +
      listField(',"exemplars":', p.exemplars, exemplarJson) +
      intField(',"flags":', p.flags) +
      optionalDoubleField(',"min":', p.min) +
      optionalDoubleField(',"max":', p.max),
  );
}

function bucketsField(name: string, b: Buckets): string {
  const f = intField(',"offset":', b.offset) + listField(',"bucketCounts":', b.bucketCounts, uint64Json);
  return f === '' ? '' : ',"' + name + '":' + obj(f);
}

function expHistogramPointJson(p: ExponentialHistogramDataPoint): string {
  return obj(
    attributesField(',"attributes":', p.attributes) +
      int64Field(',"startTimeUnixNano":', p.startTimeUnixNano) +
      int64Field(',"timeUnixNano":', p.timeUnixNano) +
      int64Field(',"count":', p.count) +
      optionalDoubleField(',"sum":', p.sum) +
      intField(',"scale":', p.scale) +
      int64Field(',"zeroCount":', p.zeroCount) +
      bucketsField('positive', p.positive) +
      bucketsField('negative', p.negative) +
      intField(',"flags":', p.flags) +
      listField(',"exemplars":', p.exemplars, exemplarJson) +
      optionalDoubleField(',"min":', p.min) +
      optionalDoubleField(',"max":', p.max) +
      doubleField(',"zeroThreshold":', p.zeroThreshold),
  );
}

function quantileJson(q: ValueAtQuantile): string {
  return obj(doubleField(',"quantile":', q.quantile) + doubleField(',"value":', q.value));
}

function summaryPointJson(p: SummaryDataPoint): string {
  return obj(
    attributesField(',"attributes":', p.attributes) +
      int64Field(',"startTimeUnixNano":', p.startTimeUnixNano) +
      int64Field(',"timeUnixNano":', p.timeUnixNano) +
      int64Field(',"count":', p.count) +
      doubleField(',"sum":', p.sum) +
      listField(',"quantileValues":', p.quantileValues, quantileJson) +
      intField(',"flags":', p.flags),
  );
}

function exemplarJson(x: Exemplar): string {
  return obj(
    attributesField(',"filteredAttributes":', x.filteredAttributes) +
      int64Field(',"timeUnixNano":', x.timeUnixNano) +
      pointValueField(x.value) +
      idField(',"spanId":', x.spanId) +
      idField(',"traceId":', x.traceId),
  );
}
