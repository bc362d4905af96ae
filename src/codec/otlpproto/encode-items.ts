/** Protobuf writers of log records, spans and metrics (the items of the three requests). */
import type { Buckets, Exemplar, LogRecord, Metric, MetricData, NumberDataPoint, Span } from '../../core/model.js';
import {
  writeAnyValueBody,
  writeDouble,
  writeFixed32,
  writeFixed64,
  writeId,
  writeInt32,
  writeKeyValues,
  writeMessage,
  writeString,
  writeUint32,
} from './encode-common.js';
import type { WireWriter } from './wire-writer.js';

export function writeLogRecord(w: WireWriter, rec: LogRecord): void {
  writeFixed64(w, 1, rec.timeUnixNano);
  writeInt32(w, 2, rec.severityNumber);
  writeString(w, 3, rec.severityText);
  if (rec.body !== null) writeMessage(w, 5, () => writeAnyValueBody(w, rec.body));
  writeKeyValues(w, 6, rec.attributes);
  writeUint32(w, 7, rec.droppedAttributesCount);
  writeFixed32(w, 8, rec.flags);
  writeId(w, 9, rec.traceId);
  writeId(w, 10, rec.spanId);
  writeFixed64(w, 11, rec.observedTimeUnixNano);
  writeString(w, 12, rec.eventName);
}

export function writeSpan(w: WireWriter, s: Span): void {
  writeId(w, 1, s.traceId);
  writeId(w, 2, s.spanId);
  writeString(w, 3, s.traceState);
  writeId(w, 4, s.parentSpanId);
  writeString(w, 5, s.name);
  writeInt32(w, 6, s.kind);
  writeFixed64(w, 7, s.startTimeUnixNano);
  writeFixed64(w, 8, s.endTimeUnixNano);
  writeKeyValues(w, 9, s.attributes);
  writeUint32(w, 10, s.droppedAttributesCount);
  for (const e of s.events) {
    writeMessage(w, 11, () => {
      writeFixed64(w, 1, e.timeUnixNano);
      writeString(w, 2, e.name);
      writeKeyValues(w, 3, e.attributes);
      writeUint32(w, 4, e.droppedAttributesCount);
    });
  }
  writeUint32(w, 12, s.droppedEventsCount);
  for (const l of s.links) {
    writeMessage(w, 13, () => {
      writeId(w, 1, l.traceId);
      writeId(w, 2, l.spanId);
      writeString(w, 3, l.traceState);
      writeKeyValues(w, 4, l.attributes);
      writeUint32(w, 5, l.droppedAttributesCount);
      writeFixed32(w, 6, l.flags);
    });
  }
  writeUint32(w, 14, s.droppedLinksCount);
  if (s.status.message !== '' || s.status.code !== 0) {
    writeMessage(w, 15, () => {
      writeString(w, 2, s.status.message);
      writeInt32(w, 3, s.status.code);
    });
  }
  writeFixed32(w, 16, s.flags);
}

export function writeMetric(w: WireWriter, m: Metric): void {
  writeString(w, 1, m.name);
  writeString(w, 2, m.description);
  writeString(w, 3, m.unit);
  if (m.data !== null) writeData(w, m.data);
  writeKeyValues(w, 12, m.metadata);
}

const DATA_FIELD = { gauge: 5, sum: 7, histogram: 9, exponentialHistogram: 10, summary: 11 } as const;

function writeData(w: WireWriter, data: MetricData): void {
  writeMessage(w, DATA_FIELD[data.kind], () => {
    switch (data.kind) {
      case 'gauge':
        for (const p of data.dataPoints) writeMessage(w, 1, () => writeNumberPoint(w, p));
        return;
      case 'sum':
        for (const p of data.dataPoints) writeMessage(w, 1, () => writeNumberPoint(w, p));
        writeInt32(w, 2, data.aggregationTemporality);
        if (data.isMonotonic) {
          w.tag(3, 0);
          w.uint32(1);
        }
        return;
      case 'histogram':
        for (const p of data.dataPoints) {
          writeMessage(w, 1, () => {
            writeFixed64(w, 2, p.startTimeUnixNano);
            writeFixed64(w, 3, p.timeUnixNano);
            writeFixed64(w, 4, p.count);
            if (p.sum !== null) writeDouble(w, 5, p.sum, true);
            if (p.bucketCounts.length > 0) {
              w.tag(6, 2);
              w.uint32(p.bucketCounts.length * 8);
              for (const c of p.bucketCounts) w.fixed64(c);
            }
            if (p.explicitBounds.length > 0) {
              w.tag(7, 2);
              w.uint32(p.explicitBounds.length * 8);
              for (const b of p.explicitBounds) w.double(b);
            }
            for (const x of p.exemplars) writeMessage(w, 8, () => writeExemplar(w, x));
            writeKeyValues(w, 9, p.attributes);
            writeUint32(w, 10, p.flags);
            if (p.min !== null) writeDouble(w, 11, p.min, true);
            if (p.max !== null) writeDouble(w, 12, p.max, true);
          });
        }
        writeInt32(w, 2, data.aggregationTemporality);
        return;
      case 'exponentialHistogram':
        for (const p of data.dataPoints) {
          writeMessage(w, 1, () => {
            writeKeyValues(w, 1, p.attributes);
            writeFixed64(w, 2, p.startTimeUnixNano);
            writeFixed64(w, 3, p.timeUnixNano);
            writeFixed64(w, 4, p.count);
            if (p.sum !== null) writeDouble(w, 5, p.sum, true);
            if (p.scale !== 0) {
              w.tag(6, 0);
              w.sint32(p.scale);
            }
            writeFixed64(w, 7, p.zeroCount);
            writeBuckets(w, 8, p.positive);
            writeBuckets(w, 9, p.negative);
            writeUint32(w, 10, p.flags);
            for (const x of p.exemplars) writeMessage(w, 11, () => writeExemplar(w, x));
            if (p.min !== null) writeDouble(w, 12, p.min, true);
            if (p.max !== null) writeDouble(w, 13, p.max, true);
            writeDouble(w, 14, p.zeroThreshold);
          });
        }
        writeInt32(w, 2, data.aggregationTemporality);
        return;
      case 'summary':
        for (const p of data.dataPoints) {
          writeMessage(w, 1, () => {
            writeFixed64(w, 2, p.startTimeUnixNano);
            writeFixed64(w, 3, p.timeUnixNano);
            writeFixed64(w, 4, p.count);
            writeDouble(w, 5, p.sum);
            for (const q of p.quantileValues) {
              writeMessage(w, 6, () => {
                writeDouble(w, 1, q.quantile);
                writeDouble(w, 2, q.value);
              });
            }
            writeKeyValues(w, 7, p.attributes);
            writeUint32(w, 8, p.flags);
          });
        }
        return;
    }
  });
}

function writeNumberPoint(w: WireWriter, p: NumberDataPoint): void {
  writeFixed64(w, 2, p.startTimeUnixNano);
  writeFixed64(w, 3, p.timeUnixNano);
  if (typeof p.value === 'number') writeDouble(w, 4, p.value, true);
  for (const x of p.exemplars) writeMessage(w, 5, () => writeExemplar(w, x));
  if (typeof p.value === 'bigint') {
    w.tag(6, 1);
    w.fixed64(p.value);
  }
  writeKeyValues(w, 7, p.attributes);
  writeUint32(w, 8, p.flags);
}

function writeBuckets(w: WireWriter, field: number, b: Buckets): void {
  if (b.offset === 0 && b.bucketCounts.length === 0) return;
  writeMessage(w, field, () => {
    if (b.offset !== 0) {
      w.tag(1, 0);
      w.sint32(b.offset);
    }
    if (b.bucketCounts.length > 0) {
      w.tag(2, 2);
      const start = w.begin();
      for (const c of b.bucketCounts) w.uint64(c);
      w.end(start);
    }
  });
}

function writeExemplar(w: WireWriter, x: Exemplar): void {
  writeFixed64(w, 2, x.timeUnixNano);
  if (typeof x.value === 'number') writeDouble(w, 3, x.value, true);
  writeId(w, 4, x.spanId);
  writeId(w, 5, x.traceId);
  if (typeof x.value === 'bigint') {
    w.tag(6, 1);
    w.fixed64(x.value);
  }
  writeKeyValues(w, 7, x.filteredAttributes);
}
