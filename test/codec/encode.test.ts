/** The encoder writes canonical OTLP/JSON: exact values, defaults omitted, protobuf JSON spellings. */
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument, encodeDocuments } from '../../src/codec/otlpjson/encode.js';
import {
  newHistogramDataPoint,
  newLogRecord,
  newMetric,
  newResource,
  newScope,
  newSpan,
  newSummaryDataPoint,
  type LogRecord,
  type Metric,
  type Span,
  type TelemetryDocument,
} from '../../src/core/model.js';
import { OttlTime, type Value } from '../../src/core/values/types.js';

const logsDoc = (rec: LogRecord): TelemetryDocument => ({
  signal: 'logs',
  data: { resourceLogs: [{ resource: newResource(), schemaUrl: '', scopeLogs: [{ scope: newScope(), schemaUrl: '', logRecords: [rec] }] }] },
});
/** The encoded log record object alone. */
function recordJson(rec: LogRecord): string {
  const s = encodeDocument(logsDoc(rec));
  const prefix = '{"resourceLogs":[{"scopeLogs":[{"logRecords":[';
  expect(s.startsWith(prefix)).toBe(true);
  return s.slice(prefix.length, -6);
}
const withBody = (body: Value): string => {
  const rec = newLogRecord();
  rec.body = body;
  return recordJson(rec);
};

describe('encode', () => {
  it('omits every default value', () => {
    expect(recordJson(newLogRecord())).toBe('{}');
    expect(encodeDocument({ signal: 'traces', data: { resourceSpans: [] } })).toBe('{}');
  });

  it('writes a full log record in canonical form', () => {
    const rec = newLogRecord();
    Object.assign(rec, {
      timeUnixNano: 18446744073709551615n,
      observedTimeUnixNano: 1n,
      severityNumber: 9,
      severityText: 'INFO',
      attributes: new Map<string, Value>([['__proto__', 'p']]),
      droppedAttributesCount: 2,
      flags: 1,
      eventName: 'ev',
    });
    rec.traceId.set([0xab, 0xcd], 14);
    rec.spanId[0] = 0xff;
    expect(recordJson(rec)).toBe(
      '{"timeUnixNano":"18446744073709551615","observedTimeUnixNano":"1","severityNumber":9,"severityText":"INFO",' +
        '"attributes":[{"key":"__proto__","value":{"stringValue":"p"}}],"droppedAttributesCount":2,"flags":1,' +
        '"traceId":"0000000000000000000000000000abcd","spanId":"ff00000000000000","eventName":"ev"}',
    );
  });

  it.each<[string, Value, string]>([
    ['empty value', null, '{}'],
    ['empty string is still a value', '', '{"body":{"stringValue":""}}'],
    ['int64 min', -9223372036854775808n, '{"body":{"intValue":"-9223372036854775808"}}'],
    ['zero int', 0n, '{"body":{"intValue":"0"}}'],
    ['double', 1.5, '{"body":{"doubleValue":1.5}}'],
    ['negative zero', -0, '{"body":{"doubleValue":-0}}'],
    ['NaN', NaN, '{"body":{"doubleValue":"NaN"}}'],
    ['-Infinity', -Infinity, '{"body":{"doubleValue":"-Infinity"}}'],
    ['false', false, '{"body":{"boolValue":false}}'],
    ['bytes as standard base64', new Uint8Array([0xfb, 0xff]), '{"body":{"bytesValue":"+/8="}}'],
    ['empty slice', [], '{"body":{"arrayValue":{}}}'],
    ['slice', ['😀', null], '{"body":{"arrayValue":{"values":[{"stringValue":"😀"},{}]}}}'],
    ['empty map', new Map(), '{"body":{"kvlistValue":{}}}'],
    ['map', new Map([['k', 1n]]), '{"body":{"kvlistValue":{"values":[{"key":"k","value":{"intValue":"1"}}]}}}'],
    ['escapes and lone surrogates', 'a"\n\ud800', '{"body":{"stringValue":"a\\"\\n\\ud800"}}'],
    // One row per kind of character that needs escaping: the encoder skips JSON.stringify for strings without any.
    ['a backslash alone', 'a\\b', '{"body":{"stringValue":"a\\\\b"}}'],
    ['a control character alone', 'a\u001f', '{"body":{"stringValue":"a\\u001f"}}'],
    ['a lone low surrogate', 'a\udc00b', '{"body":{"stringValue":"a\\udc00b"}}'],
    ['what needs no escape: U+2028, DEL, é', 'a\u2028\u007fé', '{"body":{"stringValue":"a\u2028\u007fé"}}'],
    ['a key with a quote', new Map([['k"', null]]), '{"body":{"kvlistValue":{"values":[{"key":"k\\"","value":{}}]}}}'],
  ])('body: %s', (_name, body, want) => {
    expect(withBody(body)).toBe(want);
  });

  it('rejects runtime-only values', () => {
    expect(() => withBody(new OttlTime(0n))).toThrow('a time value cannot be written to OTLP');
  });

  it('writes spans with events, links and status; enums as numbers', () => {
    const span: Span = newSpan();
    span.name = 'op';
    span.kind = 2;
    span.status = { code: 2, message: '' };
    span.events.push({ timeUnixNano: 5n, name: '', attributes: new Map(), droppedAttributesCount: 0 });
    const doc: TelemetryDocument = {
      signal: 'traces',
      data: { resourceSpans: [{ resource: newResource(), schemaUrl: 's', scopeSpans: [{ scope: { ...newScope(), name: 'sc' }, schemaUrl: '', spans: [span] }] }] },
    };
    expect(encodeDocument(doc)).toBe(
      '{"resourceSpans":[{"scopeSpans":[{"scope":{"name":"sc"},"spans":[{"name":"op","kind":2,"events":[{"timeUnixNano":"5"}],"status":{"code":2}}]}],"schemaUrl":"s"}]}',
    );
  });

  it('keeps optional doubles when 0, omits a summary sum of 0, keeps empty metric data', () => {
    const h = newHistogramDataPoint();
    h.sum = 0;
    h.min = -0;
    const q = newSummaryDataPoint();
    q.quantileValues.push({ quantile: 0, value: 1 });
    const metrics: Metric[] = [
      { ...newMetric(), name: 'h', data: { kind: 'histogram', aggregationTemporality: 2, dataPoints: [h] } },
      { ...newMetric(), name: 'q', data: { kind: 'summary', dataPoints: [q] } },
      { ...newMetric(), name: 'g', data: { kind: 'gauge', dataPoints: [] } },
      { ...newMetric(), name: 'n' },
    ];
    const doc: TelemetryDocument = {
      signal: 'metrics',
      data: { resourceMetrics: [{ resource: newResource(), schemaUrl: '', scopeMetrics: [{ scope: newScope(), schemaUrl: '', metrics }] }] },
    };
    expect(encodeDocument(doc)).toBe(
      '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[' +
        '{"name":"h","histogram":{"dataPoints":[{"sum":0,"min":-0}],"aggregationTemporality":2}},' +
        '{"name":"q","summary":{"dataPoints":[{"quantileValues":[{"value":1}]}]}},' +
        '{"name":"g","gauge":{}},{"name":"n"}]}]}]}',
    );
  });

  it('writes NDJSON, one document per line', () => {
    const docs: TelemetryDocument[] = [logsDoc(newLogRecord()), { signal: 'metrics', data: { resourceMetrics: [] } }];
    expect(encodeDocuments(docs)).toBe('{"resourceLogs":[{"scopeLogs":[{"logRecords":[{}]}]}]}\n{}\n');
  });

  it('round-trips deeply nested values', () => {
    let v: Value = 'leaf';
    for (let i = 0; i < 500; i++) v = i % 2 ? [v] : new Map([['k', v]]);
    const doc = logsDoc({ ...newLogRecord(), body: v });
    expect(decodeDocument(encodeDocument(doc), 'deep')).toEqual(doc);
  });
});
