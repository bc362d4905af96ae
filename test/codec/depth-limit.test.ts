/**
 * One nesting bound for values (MAX_VALUE_DEPTH) across the codec and ParseJSON: a value at exactly
 * the bound survives every step (encode → decode, ParseJSON → encode → decode); one level more is
 * a positioned error of the library's own type, never a RangeError from the JS stack.
 */
import { describe, expect, it } from 'vitest';
import { ParseJSON } from '../../src/functions/parse_json.js';
import { decodeDocument, DecodeError } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument, EncodeError } from '../../src/codec/otlpjson/encode.js';
import { newLogRecord, newResource, newScope, type TelemetryDocument } from '../../src/core/model.js';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { callFunction } from '../../src/testing/index.js';
import { MAX_VALUE_DEPTH } from '../../src/core/values/limits.js';
import { OttlDuration, type Value } from '../../src/core/values/types.js';

/** `depth` levels of alternating maps and lists around the string "leaf". */
function nested(depth: number): Value {
  let v: Value = 'leaf';
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : new Map([['k', v]]);
  return v;
}

/** The same value as OTLP/JSON AnyValue text, built without recursion. */
function nestedAnyValueJson(depth: number): string {
  let open = '';
  let close = '';
  for (let i = depth - 1; i >= 0; i--) {
    if (i % 2 === 0) {
      open += '{"arrayValue":{"values":[';
      close = ']}}' + close;
    } else {
      open += '{"kvlistValue":{"values":[{"key":"k","value":';
      close = '}]}}' + close;
    }
  }
  return open + '{"stringValue":"leaf"}' + close;
}

const logsDoc = (body: Value): TelemetryDocument => {
  const rec = newLogRecord();
  rec.body = body;
  return {
    signal: 'logs',
    data: { resourceLogs: [{ resource: newResource(), schemaUrl: '', scopeLogs: [{ scope: newScope(), schemaUrl: '', logRecords: [rec] }] }] },
  };
};
const bodyOf = (doc: TelemetryDocument): Value => (doc.signal === 'logs' ? doc.data.resourceLogs[0].scopeLogs[0].logRecords[0].body : null);
const docWithBodyJson = (body: string): string =>
  `{"resourceLogs":[{"scopeLogs":[{"logRecords":[\n{"severityText":"x",\n"body":${body}}]}]}]}`;

describe('MAX_VALUE_DEPTH in the codec', () => {
  it('a body at exactly the maximum depth round-trips through encode and decode', () => {
    const body = nested(MAX_VALUE_DEPTH);
    const again = decodeDocument(encodeDocument(logsDoc(body)), 'out.json');
    expect(bodyOf(again)).toEqual(body);
  });

  it('a ParseJSON result at exactly the maximum depth is encoded and decoded back', () => {
    const text = '['.repeat(MAX_VALUE_DEPTH) + '1' + ']'.repeat(MAX_VALUE_DEPTH);
    const parsed = callFunction(ParseJSON, { target: text });
    const again = decodeDocument(encodeDocument(logsDoc(parsed)), 'out.json');
    expect(bodyOf(again)).toEqual(parsed);
  });

  it('ParseJSON refuses one level more with a runtime error naming the limit', () => {
    const text = '['.repeat(MAX_VALUE_DEPTH + 1) + ']'.repeat(MAX_VALUE_DEPTH + 1);
    expect(() => callFunction(ParseJSON, { target: text })).toThrow(OttlRuntimeError);
    expect(() => callFunction(ParseJSON, { target: text })).toThrow(`nested deeper than ${MAX_VALUE_DEPTH} levels`);
  });

  it('the decoder rejects one level more with a DecodeError at file:line and path', () => {
    const text = docWithBodyJson(nestedAnyValueJson(MAX_VALUE_DEPTH + 1));
    expect(() => decodeDocument(text, 'deep.json')).toThrow(DecodeError);
    try {
      decodeDocument(text, 'deep.json');
    } catch (e) {
      const err = e as DecodeError;
      expect(err.line).toBe(3);
      expect(err.path.startsWith('resourceLogs[0].scopeLogs[0].logRecords[0].body.arrayValue.values[0]')).toBe(true);
      expect(err.message).toMatch(/^deep\.json:3: resourceLogs\[0\]\..*: value nested deeper than 1000 levels/);
      expect(err.message.length).toBeLessThan(500);
    }
  });

  it('the decoder reports a 100,000-level body as a DecodeError, not a stack overflow', () => {
    const text = docWithBodyJson(nestedAnyValueJson(100_000));
    expect(() => decodeDocument(text, 'deep.json')).toThrow(DecodeError);
  });

  it('the decoder skips an unknown field nested 100,000 levels deep without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const doc = decodeDocument(`{"extra":${deep},"resourceLogs":[]}`, 'in.json');
    expect(doc.signal).toBe('logs');
    expect(() => decodeDocument(`{"extra":${deep.slice(0, -1)},"resourceLogs":[]}`, 'in.json')).toThrow(DecodeError);
  });

  it('the encoder rejects a body one level deeper than the maximum with an EncodeError naming the record', () => {
    expect(() => encodeDocument(logsDoc(nested(MAX_VALUE_DEPTH + 1)))).toThrow(EncodeError);
    expect(() => encodeDocument(logsDoc(nested(MAX_VALUE_DEPTH + 1)))).toThrow(
      /^resourceLogs\[0\]\.scopeLogs\[0\]\.logRecords\[0\]\.body: value nested deeper than 1000 levels/,
    );
  });

  it('the encoder names the attribute holding a runtime-only value', () => {
    const doc = logsDoc(null);
    if (doc.signal === 'logs') doc.data.resourceLogs[0].scopeLogs[0].logRecords[0].attributes.set('d', new Map<string, Value>([['x', new OttlDuration(1n)]]));
    expect(() => encodeDocument(doc)).toThrow(EncodeError);
    expect(() => encodeDocument(doc)).toThrow(/^resourceLogs\[0\]\.scopeLogs\[0\]\.logRecords\[0\]\.attributes: /);
  });
});
