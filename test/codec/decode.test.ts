/** Decoding OTLP/JSON into the model: the protobuf JSON mapping's accepted spellings, kept exact. */
import { describe, expect, it } from 'vitest';
import { decodeDocument, decodeDocuments } from '../../src/codec/otlpjson/decode.js';
import type { LogRecord, Span, TelemetryDocument } from '../../src/core/model.js';

const logs = (rec: string): string => `{"resourceLogs":[{"scopeLogs":[{"logRecords":[${rec}]}]}]}`;

function firstLog(doc: TelemetryDocument): LogRecord {
  if (doc.signal !== 'logs') throw new Error('not logs');
  return doc.data.resourceLogs[0].scopeLogs[0].logRecords[0];
}
const log = (rec: string): LogRecord => firstLog(decodeDocument(logs(rec), 't.json'));

function firstSpan(text: string): Span {
  const doc = decodeDocument(text, 't.json');
  if (doc.signal !== 'traces') throw new Error('not traces');
  return doc.data.resourceSpans[0].scopeSpans[0].spans[0];
}
const span = (s: string): Span => firstSpan(`{"resourceSpans":[{"scopeSpans":[{"spans":[${s}]}]}]}`);

const body = (anyValue: string) => log(`{"body":${anyValue}}`).body;

describe('scalars', () => {
  it.each([
    ['string', '"1581452772000000321"', 1581452772000000321n],
    ['bare number beyond 2^53 stays exact', '1581452772000000321', 1581452772000000321n],
    ['uint64 max', '"18446744073709551615"', 18446744073709551615n],
    ['exponent form', '1e3', 1000n],
    ['quoted exponent form', '"2.50e1"', 25n],
    ['null is the default', 'null', 0n],
  ])('uint64 timestamp as %s', (_name, json, want) => {
    expect(log(`{"timeUnixNano":${json}}`).timeUnixNano).toBe(want);
  });

  it.each([
    ['int64 min as a bare number', '-9223372036854775808', -9223372036854775808n],
    ['int64 max as a string', '"9223372036854775807"', 9223372036854775807n],
    ['zero', '0', 0n],
  ])('intValue: %s', (_name, json, want) => {
    expect(body(`{"intValue":${json}}`)).toBe(want);
  });

  it.each([
    ['NaN', '"NaN"', NaN],
    ['Infinity', '"Infinity"', Infinity],
    ['-Infinity', '"-Infinity"', -Infinity],
    ['a quoted number', '"1.25"', 1.25],
    ['negative zero', '-0', -0],
    ['an integer', '3', 3],
  ])('doubleValue %s', (_name, json, want) => {
    expect(Object.is(body(`{"doubleValue":${json}}`), want)).toBe(true);
  });

  it.each([
    ['standard base64', '"+/8="', [0xfb, 0xff]],
    ['URL-safe base64', '"-_8="', [0xfb, 0xff]],
    ['unpadded', '"-_8"', [0xfb, 0xff]],
    ['empty', '""', []],
  ])('bytesValue: %s', (_name, json, want) => {
    const v = body(`{"bytesValue":${json}}`);
    expect(v).toBeInstanceOf(Uint8Array);
    expect([...(v as Uint8Array)]).toEqual(want);
  });

  it('hex ids are case-insensitive; empty means zeros', () => {
    const rec = log('{"traceId":"0102030405060708090A0B0C0D0E0F10","spanId":""}');
    expect([...rec.traceId]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(rec.spanId).toEqual(new Uint8Array(8));
  });

  it.each([
    ['SPAN_KIND_SERVER', '"SPAN_KIND_SERVER"', 2],
    ['a number', '3', 3],
    ['an unknown number (protobuf keeps it)', '9', 9],
  ])('span kind as %s', (_name, json, want) => {
    expect(span(`{"kind":${json}}`).kind).toBe(want);
  });

  it('severity and status enums by name', () => {
    expect(log('{"severityNumber":"SEVERITY_NUMBER_INFO"}').severityNumber).toBe(9);
    expect(log('{"severityNumber":"SEVERITY_NUMBER_FATAL4"}').severityNumber).toBe(24);
    expect(span('{"status":{"code":"STATUS_CODE_ERROR","message":"m"}}').status).toEqual({ code: 2, message: 'm' });
  });
});

describe('AnyValue', () => {
  it('decodes every kind', () => {
    const v = body(
      '{"kvlistValue":{"values":[' +
        '{"key":"s","value":{"stringValue":"😀"}},{"key":"b","value":{"boolValue":true}},' +
        '{"key":"e","value":{}},{"key":"arr","value":{"arrayValue":{"values":[{"intValue":"1"},{"doubleValue":1.5},{}]}}},' +
        '{"key":"empty","value":{"kvlistValue":{}}},{"key":"none"}]}}',
    );
    expect(v).toEqual(
      new Map<string, unknown>([
        ['s', '😀'],
        ['b', true],
        ['e', null],
        ['arr', [1n, 1.5, null]],
        ['empty', new Map()],
        ['none', null],
      ]),
    );
  });

  it('keeps __proto__ as an ordinary key', () => {
    const rec = log('{"attributes":[{"key":"__proto__","value":{"stringValue":"x"}},{"key":"constructor","value":{}}]}');
    expect([...rec.attributes]).toEqual([
      ['__proto__', 'x'],
      ['constructor', null],
    ]);
    expect(Object.getPrototypeOf(rec.attributes)).toBe(Map.prototype);
  });

  it('decodes escapes and non-BMP characters', () => {
    expect(body('{"stringValue":"a\\"b\\\\c\\u00e9\\ud83d\\ude00\\n"}')).toBe('a"b\\cé😀\n');
  });
});

describe('documents', () => {
  it('accepts snake_case names like the camelCase ones', () => {
    const camel = decodeDocument(
      logs('{"timeUnixNano":"5","observedTimeUnixNano":"6","severityNumber":9,"severityText":"I","droppedAttributesCount":1,"traceId":"0102030405060708090a0b0c0d0e0f10","spanId":"0102030405060708","eventName":"e","body":{"intValue":"1"}}'),
      'c',
    );
    const snake = decodeDocument(
      '{"resource_logs":[{"scope_logs":[{"log_records":[{"time_unix_nano":"5","observed_time_unix_nano":"6","severity_number":9,"severity_text":"I","dropped_attributes_count":1,"trace_id":"0102030405060708090a0b0c0d0e0f10","span_id":"0102030405060708","event_name":"e","body":{"int_value":"1"}}]}]}]}',
      's',
    );
    expect(snake).toEqual(camel);
  });

  it('ignores unknown fields, however nested', () => {
    const rec = log('{"future":{"x":[1,{"y":null}],"z":"w"},"severityText":"kept"}');
    expect(rec.severityText).toBe('kept');
  });

  it('reads newline-delimited documents of every signal', () => {
    const docs = decodeDocuments('{"resourceLogs":[{}]}\n{"resourceSpans":[]}\n\n{"resource_metrics":[]}\n{}\n', 'x.ndjson');
    expect(docs.map((d) => d.signal)).toEqual(['logs', 'traces', 'metrics', 'logs']);
    expect(docs[3]).toEqual({ signal: 'logs', data: { resourceLogs: [] } });
  });

  it('reads a pretty-printed document with a byte-order mark', () => {
    const docs = decodeDocuments('\ufeff{\n  "resourceSpans": [\n    {}\n  ]\n}\n', 'p.json');
    expect(docs).toHaveLength(1);
    expect(docs[0].signal).toBe('traces');
  });

  it('blank input has no documents', () => {
    expect(decodeDocuments(' \n', 'e.json')).toEqual([]);
  });

  it('decodes metric data kinds with optional fields', () => {
    const doc = decodeDocument(
      '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[' +
        '{"name":"h","histogram":{"aggregationTemporality":"AGGREGATION_TEMPORALITY_DELTA","dataPoints":[{"count":"3","sum":0,"bucketCounts":["1",2],"explicitBounds":[1.5],"min":0}]}},' +
        '{"name":"s","sum":{"isMonotonic":true,"dataPoints":[{"asInt":"9223372036854775807","exemplars":[{"asDouble":2,"spanId":"0102030405060708"}]}]}},' +
        '{"name":"e","exponentialHistogram":{"dataPoints":[{"scale":-3,"positive":{"offset":-2,"bucketCounts":["4"]},"zeroThreshold":"1e-9"}]}},' +
        '{"name":"q","summary":{"dataPoints":[{"quantileValues":[{"quantile":0.5,"value":"NaN"}]}]}},' +
        '{"name":"none"}]}]}]}',
      'm.json',
    );
    if (doc.signal !== 'metrics') throw new Error('signal');
    const [h, s, e, q, none] = doc.data.resourceMetrics[0].scopeMetrics[0].metrics;
    expect(h.data).toMatchObject({ kind: 'histogram', aggregationTemporality: 1 });
    expect(h.data?.dataPoints[0]).toMatchObject({ count: 3n, sum: 0, min: 0, max: null, bucketCounts: [1n, 2n], explicitBounds: [1.5] });
    expect(s.data).toMatchObject({ kind: 'sum', isMonotonic: true });
    expect(s.data?.dataPoints[0]).toMatchObject({ value: 9223372036854775807n, exemplars: [{ value: 2 }] });
    expect(e.data?.dataPoints[0]).toMatchObject({ scale: -3, positive: { offset: -2, bucketCounts: [4n] }, zeroThreshold: 1e-9, sum: null });
    expect(Number.isNaN((q.data?.dataPoints[0] as { quantileValues: { value: number }[] }).quantileValues[0].value)).toBe(true);
    expect(none.data).toBeNull();
  });

  it('decodes span events, links and status', () => {
    const s = span(
      '{"name":"op","events":[{"timeUnixNano":"7","name":"ev","droppedAttributesCount":2}],' +
        '"links":[{"traceId":"0102030405060708090a0b0c0d0e0f10","spanId":"0102030405060708","traceState":"k=v","flags":256}],' +
        '"droppedLinksCount":3,"droppedEventsCount":4,"flags":1}',
    );
    expect(s.events[0]).toMatchObject({ timeUnixNano: 7n, name: 'ev', droppedAttributesCount: 2 });
    expect(s.links[0]).toMatchObject({ traceState: 'k=v', flags: 256 });
    expect([s.droppedLinksCount, s.droppedEventsCount, s.flags]).toEqual([3, 4, 1]);
  });
});
