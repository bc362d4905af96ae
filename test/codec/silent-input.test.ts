/**
 * Input that used to be accepted in silence (issue 14, items 7 and 8): each case is now an error,
 * or is accepted under a documented rule with a notice.
 */
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeDocument, decodeDocuments, type DecodeNotice } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../../src/codec/otlpjson/encode.js';
import type { TelemetryDocument } from '../../src/core/model.js';

const logs = (rec: string): string => `{"resourceLogs":[{"scopeLogs":[{"logRecords":[${rec}]}]}]}`;
const firstRecord = (doc: TelemetryDocument) => (doc.signal === 'logs' ? doc.data.resourceLogs[0].scopeLogs[0].logRecords[0] : undefined);

function decodeError(input: string | Uint8Array, name = 'in.json'): DecodeError {
  try {
    decodeDocuments(input, name);
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return e as DecodeError;
  }
  throw new Error('expected a DecodeError');
}

describe('invalid UTF-8 is an error, not U+FFFD', () => {
  it('reports the first invalid byte at its line and column', () => {
    const bytes = Buffer.concat([Buffer.from('{"resourceLogs":[]}\n' + logs('{"body":{"stringValue":"aé')), Buffer.from([0xff]), Buffer.from('"}}') ]);
    const err = decodeError(bytes);
    expect(err.message).toMatch(/^in\.json:2:\d+: invalid UTF-8: byte 0xff at byte offset \d+$/);
    expect(err.column).toBe(logs('{"body":{"stringValue":"aé').length + 1);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence', [0xe2, 0x82]],
  ])('rejects %s', (_name, bad) => {
    const bytes = Buffer.concat([Buffer.from(logs('{"body":{"stringValue":"')), Buffer.from(bad), Buffer.from('"}}')]);
    expect(decodeError(bytes).detail).toContain('invalid UTF-8');
  });

  it('decodes valid UTF-8 bytes exactly like the same text', () => {
    const text = logs('{"body":{"stringValue":"héllo 🌍"}}');
    expect(decodeDocuments(Buffer.from(text), 'in.json')).toEqual(decodeDocuments(text, 'in.json'));
  });
});

describe('a document with none of the signal keys', () => {
  it('is an error naming the key it found (a misspelt resourceLogs is not empty data)', () => {
    const err = decodeError('{"resourceLogs":[]}\n{"resourceLog":[{"scopeLogs":[]}]}\n');
    expect(err.message).toBe('in.json:2: not an OTLP document: expected resourceLogs, resourceSpans or resourceMetrics, got "resourceLog"');
  });

  it('keeps `{}` (what the encoder writes for an empty document) and `"resourceLogs": null` (pdata reads null as an empty list)', () => {
    const docs = decodeDocuments('{}\n{"resourceLogs":null}\n{"resourceSpans":null}\n', 'in.json');
    expect(docs.map((d) => d.signal)).toEqual(['logs', 'logs', 'traces']);
    expect(docs.map(encodeDocument)).toEqual(['{}', '{}', '{}']);
  });

  it('accepts unknown members beside a signal key', () => {
    expect(decodeDocument('{"resourceSpans":[],"extra":1}', 'in.json').signal).toBe('traces');
  });
});

describe('NDJSON errors are reported at their own line', () => {
  it('an incomplete line 2 is reported at line 2, not where line 4 stops making sense', () => {
    const text = '{"resourceLogs":[]}\n{"resourceLogs":[\n{"resourceLogs":[]}\n{"resourceLogs":[]}\n';
    const err = decodeError(text);
    expect(err.line).toBe(2);
    expect(err.message).toBe('in.json:2:18: invalid JSON: unexpected end of input');
  });

  it('a data error on line 3 carries line 3 and its path', () => {
    const text = '{"resourceLogs":[]}\n\n' + logs('{"timeUnixNano":"x"}') + '\n{}\n';
    expect(decodeError(text).message).toBe('in.json:3: resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano: expected a uint64, got "x"');
  });

  it('a pretty-printed document still spans lines, and several per line still decode', () => {
    expect(decodeDocuments('{\n"resourceLogs":\n[]\n}\n{}', 'in.json')).toHaveLength(2);
    expect(decodeDocuments('{} {}\n{"resourceLogs":[]} {}\r\n{}', 'in.json')).toHaveLength(5);
  });
});

describe('-0.0 keeps its sign', () => {
  it('in bodies, attributes and metric values through decode and encode', () => {
    const text =
      '{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"gauge":{"dataPoints":[{"asDouble":-0.0,' +
      '"attributes":[{"key":"a","value":{"doubleValue":-0.0}}]}]}},' +
      '{"histogram":{"dataPoints":[{"sum":-0.0,"min":-0.0,"max":-0.0,"explicitBounds":[-0.0]}]}}]}]}]}';
    const out = encodeDocument(decodeDocument(text, 'in.json'));
    expect(out.match(/-0(?![.\d])/g)).toHaveLength(6);
    const body = firstRecord(decodeDocument(logs('{"body":{"doubleValue":"-0.0"}}'), 'in.json'))?.body;
    expect(Object.is(body, -0)).toBe(true);
  });
});

describe('repeated attribute keys (pdata keeps every entry and reads the first)', () => {
  const text = '{"resourceLogs":[]}\n' + logs('{"attributes":[{"key":"k","value":{"stringValue":"first"}},{"key":"j","value":{}},{"key":"k","value":{"stringValue":"second"}}]}');

  it('keep the first entry at its position and report each dropped one through onNotice', () => {
    const notices: DecodeNotice[] = [];
    const [, doc] = decodeDocuments(text, 'in.json', { onNotice: (n) => notices.push(n) });
    expect([...(firstRecord(doc)?.attributes ?? [])]).toEqual([
      ['k', 'first'],
      ['j', null],
    ]);
    expect(notices).toEqual([
      { fileName: 'in.json', line: 2, message: 'in.json:2: attribute key "k" repeated: the first entry is kept, later ones are dropped' },
    ]);
  });
});
