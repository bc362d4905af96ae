/** Every class of bad input yields a DecodeError naming the file, the line and the JSON path (or line:column). */
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeDocuments } from '../../src/codec/otlpjson/decode.js';

/** Wraps log-record JSON into a one-line logs document. */
const logs = (rec: string): string => `{"resourceLogs":[{"scopeLogs":[{"logRecords":[${rec}]}]}]}`;
const REC = 'resourceLogs[0].scopeLogs[0].logRecords[0]';

const cases: { name: string; input: string; message: string }[] = [
  // wrong types
  {
    name: 'int64 field given a non-number string',
    input: '{"resourceLogs":[{"scopeLogs":[{},{"logRecords":[{},{},{},{"timeUnixNano":"abc"}]}]}]}',
    message: 'input.json:1: resourceLogs[0].scopeLogs[1].logRecords[3].timeUnixNano: expected a uint64, got "abc"',
  },
  {
    name: 'int64 field given a fraction',
    input: logs('{"timeUnixNano":1.5}'),
    message: `input.json:1: ${REC}.timeUnixNano: expected a uint64, got 1.5`,
  },
  {
    name: 'intValue given a bool',
    input: logs('{"attributes":[{"key":"k","value":{"intValue":true}}]}'),
    message: `input.json:1: ${REC}.attributes[0].value.intValue: expected an int64, got true`,
  },
  {
    name: 'bool given a string, deep in a kvlist',
    input: logs('{"body":{"kvlistValue":{"values":[{"key":"b","value":{"boolValue":"yes"}}]}}}'),
    message: `input.json:1: ${REC}.body.kvlistValue.values[0].value.boolValue: expected a bool, got "yes"`,
  },
  {
    name: 'list given an object',
    input: '{"resourceLogs":[]}\n{"resourceLogs":[]}\n{"resourceLogs":[{"resource":{"attributes":{}}}]}\n',
    message: 'input.json:3: resourceLogs[0].resource.attributes: expected an array, got an object',
  },
  {
    name: 'string given a number',
    input: logs('{"severityText":42}'),
    message: `input.json:1: ${REC}.severityText: expected a string, got 42`,
  },
  {
    name: 'double given a word',
    input: '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"gauge":{"dataPoints":[{"asDouble":"x"}]}}]}]}]}',
    message: 'input.json:1: resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0].asDouble: expected a double, got "x"',
  },
  {
    name: 'document that is not an object',
    input: '[]',
    message: 'input.json:1: expected an object (an OTLP document), got an array',
  },
  {
    name: 'document with two signals',
    input: '{"resourceLogs":[],"resourceSpans":[]}',
    message: 'input.json:1: resourceSpans: a document holds exactly one signal, got both resourceLogs and resourceSpans',
  },
  {
    name: 'AnyValue with two values',
    input: logs('{"body":{"stringValue":"x","intValue":1}}'),
    message: `input.json:1: ${REC}.body.intValue: an AnyValue holds one value, got both stringValue and intValue`,
  },
  {
    name: 'stringValue given a number, in resource attributes',
    input: '{"resourceLogs":[{"resource":{"attributes":[{"key":"a","value":{"stringValue":1}}]}}]}',
    message: 'input.json:1: resourceLogs[0].resource.attributes[0].value.stringValue: expected a string, got 1',
  },
  // bad hex ids
  {
    name: 'trace id of the wrong length, on line 3 of a pretty document',
    input: '{"resourceLogs":[{"scopeLogs":[{"logRecords":[\n{"timeUnixNano":"1"},\n{"traceId":"abc"}]}]}]}',
    message:
      'input.json:3: resourceLogs[0].scopeLogs[0].logRecords[1].traceId: expected a trace id of 32 hex digits, got "abc" (3 characters)',
  },
  {
    name: 'span id with a non-hex digit',
    input: logs('{"spanId":"zz02030405060708"}'),
    message: `input.json:1: ${REC}.spanId: expected a span id of 16 hex digits, got "zz02030405060708" ("z" is not hex)`,
  },
  {
    name: 'parent span id given a number',
    input: '{"resourceSpans":[{"scopeSpans":[{"spans":[{"parentSpanId":1}]}]}]}',
    message: 'input.json:1: resourceSpans[0].scopeSpans[0].spans[0].parentSpanId: expected a hex span id, got 1',
  },
  // out of range
  {
    name: 'uint32 too big',
    input: logs('{"flags":4294967296}'),
    message: `input.json:1: ${REC}.flags: uint32 out of range: 4294967296`,
  },
  {
    name: 'uint64 negative',
    input: logs('{"timeUnixNano":-1}'),
    message: `input.json:1: ${REC}.timeUnixNano: uint64 out of range: -1`,
  },
  {
    name: 'uint64 too big',
    input: logs('{"observedTimeUnixNano":"18446744073709551616"}'),
    message: `input.json:1: ${REC}.observedTimeUnixNano: uint64 out of range: "18446744073709551616"`,
  },
  {
    name: 'int64 too big',
    input: logs('{"body":{"intValue":"9223372036854775808"}}'),
    message: `input.json:1: ${REC}.body.intValue: int64 out of range: "9223372036854775808"`,
  },
  {
    name: 'int64 too small, as a bare number',
    input: logs('{"body":{"intValue":-9223372036854775809}}'),
    message: `input.json:1: ${REC}.body.intValue: int64 out of range: -9223372036854775809`,
  },
  {
    name: 'int32 scale too big',
    input:
      '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"exponentialHistogram":{"dataPoints":[{"scale":2147483648}]}}]}]}]}',
    message:
      'input.json:1: resourceMetrics[0].scopeMetrics[0].metrics[0].exponentialHistogram.dataPoints[0].scale: int32 out of range: 2147483648',
  },
  // invalid base64
  {
    name: 'base64 with bad characters',
    input: logs('{"body":{"bytesValue":"@@"}}'),
    message: `input.json:1: ${REC}.body.bytesValue: invalid base64: "@@"`,
  },
  {
    name: 'base64 of impossible length',
    input: logs('{"body":{"bytesValue":"AAAAA"}}'),
    message: `input.json:1: ${REC}.body.bytesValue: invalid base64: "AAAAA"`,
  },
  // unknown enum names
  {
    name: 'unknown span kind',
    input: '{"resourceSpans":[{"scopeSpans":[{"spans":[{"kind":"SPAN_KIND_FOO"}]}]}]}',
    message: 'input.json:1: resourceSpans[0].scopeSpans[0].spans[0].kind: unknown SpanKind name "SPAN_KIND_FOO"',
  },
  {
    name: 'unknown severity number',
    input: logs('{"severityNumber":"SEVERITY_NUMBER_NOPE"}'),
    message: `input.json:1: ${REC}.severityNumber: unknown SeverityNumber name "SEVERITY_NUMBER_NOPE"`,
  },
  {
    name: 'unknown status code',
    input: '{"resourceSpans":[{"scopeSpans":[{"spans":[{"status":{"code":"OK"}}]}]}]}',
    message: 'input.json:1: resourceSpans[0].scopeSpans[0].spans[0].status.code: unknown StatusCode name "OK"',
  },
  {
    name: 'unknown aggregation temporality',
    input: '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"sum":{"aggregationTemporality":"DELTA"}}]}]}]}',
    message:
      'input.json:1: resourceMetrics[0].scopeMetrics[0].metrics[0].sum.aggregationTemporality: unknown AggregationTemporality name "DELTA"',
  },
  // truncated or invalid JSON: line and column
  {
    name: 'truncated document',
    input: logs('{"timeUnixNano":"1"').slice(0, -6),
    message: 'input.json:1:66: invalid JSON: unexpected end of input',
  },
  {
    name: 'stray bracket on line 2',
    input: '{"resourceLogs":[{"scopeLogs":[\n  {"logRecords":[}]}]}',
    message: 'input.json:2:18: invalid JSON: unexpected character "}"',
  },
  {
    name: 'bad escape',
    input: logs('{"severityText":"a\\qb"}'),
    message: 'input.json:1:65: invalid JSON: invalid escape in string',
  },
  {
    name: 'raw control character in a string',
    input: logs('{"severityText":"a\u0001b"}'),
    message: 'input.json:1:65: invalid JSON: control character in string',
  },
  {
    name: 'leading zero in a skipped unknown field',
    input: '{"a": 01}',
    message: 'input.json:1:8: invalid JSON: unexpected character "1"',
  },
  {
    name: 'unterminated string',
    input: '{"resourceLogs":[{"schemaUrl":"abc',
    message: 'input.json:1:35: invalid JSON: unterminated string',
  },
  {
    name: 'missing comma in NDJSON line 2, column counted in code points',
    input: '{}\n{"a":"😀" "b":1}',
    message: 'input.json:2:10: invalid JSON: unexpected character "\\""',
  },
];

describe('decode errors', () => {
  it.each(cases)('$name', ({ input, message }) => {
    let caught: unknown;
    try {
      decodeDocuments(input, 'input.json');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DecodeError);
    expect((caught as DecodeError).message).toBe(message);
  });

  it('exposes the parts of the message', () => {
    try {
      decodeDocuments(logs('{"flags":-1}'), 'f.ndjson');
      expect.unreachable();
    } catch (e) {
      const err = e as DecodeError;
      expect([err.fileName, err.line, err.column, err.path, err.detail]).toEqual([
        'f.ndjson',
        1,
        undefined,
        `${REC}.flags`,
        'uint32 out of range: -1',
      ]);
    }
  });
});
