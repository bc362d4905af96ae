/** OTLP/protobuf decoding details: error offsets and paths, unknown fields, packed/unpacked, sniffing. */
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../../src/codec/otlpjson/decode.js';
import { decodeProtobuf } from '../../../src/codec/otlpproto/decode.js';
import { encodeProtobuf } from '../../../src/codec/otlpproto/encode.js';
import { detectFormat } from '../../../src/codec/otlpproto/sniff.js';
import { WireWriter } from '../../../src/codec/otlpproto/wire-writer.js';
import { newLogRecord, newResource, newScope, type TelemetryDocument } from '../../../src/core/model.js';

/** Builds bytes by hand: nested helpers write a tag and a length-delimited body. */
function bytesOf(build: (w: WireWriter) => void): Uint8Array {
  const w = new WireWriter(8);
  build(w);
  return w.finish();
}
const msg = (w: WireWriter, field: number, body: () => void): void => {
  w.tag(field, 2);
  const s = w.begin();
  body();
  w.end(s);
};

function logsWith(record: (w: WireWriter) => void): Uint8Array {
  return bytesOf((w) => msg(w, 1, () => msg(w, 2, () => msg(w, 2, () => record(w)))));
}

function decodeError(f: () => unknown): DecodeError {
  try {
    f();
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('expected a DecodeError');
}

describe('decodeProtobuf', () => {
  it('reports a trace id of the wrong size with its byte offset and field path', () => {
    const bytes = logsWith((w) => {
      w.tag(3, 2);
      w.string('INFO');
      w.tag(9, 2);
      w.bytes(new Uint8Array(5));
    });
    const err = decodeError(() => decodeProtobuf(bytes, 'logs', 'in.pb'));
    expect(err.path).toBe('resourceLogs[0].scopeLogs[0].logRecords[0].traceId');
    expect(err.detail).toBe('expected a trace id of 16 bytes, got 5');
    // The id's length prefix sits after 3 nested tag+length pairs (6 bytes) and the severity text (6 bytes), plus its tag.
    expect(err.byteOffset).toBe(13);
    expect(err.message).toBe('in.pb: byte 13: resourceLogs[0].scopeLogs[0].logRecords[0].traceId: expected a trace id of 16 bytes, got 5');
  });

  it('reports a length running past its enclosing message', () => {
    const good = logsWith((w) => {
      w.tag(3, 2);
      w.string('INFO');
    });
    const bad = good.slice();
    bad[7] = 9; // severity text claims 9 bytes; its record holds 6
    const err = decodeError(() => decodeProtobuf(bad, 'logs'));
    expect(err.path).toBe('resourceLogs[0].scopeLogs[0].logRecords[0].severityText');
    expect(err.detail).toMatch(/^truncated: length 9 goes past the end of its message/);
    expect(decodeError(() => decodeProtobuf(good.subarray(0, good.length - 2), 'logs')).detail).toMatch(/^truncated/);
  });

  it('skips unknown fields of every wire type, and known numbers with another wire type', () => {
    const bytes = logsWith((w) => {
      w.tag(99, 0);
      w.uint64(1n << 60n);
      w.tag(98, 1);
      w.fixed64(7n);
      w.tag(97, 5);
      w.fixed32(7);
      w.tag(96, 2);
      w.string('ignored');
      w.tag(95, 3); // a group holding one varint
      w.tag(1, 0);
      w.uint32(5);
      w.tag(95, 4);
      w.tag(3, 0); // severity_text as a varint: not the schema's wire type
      w.uint32(1);
      w.tag(12, 2);
      w.string('event');
    });
    const doc = decodeProtobuf(bytes, 'logs');
    const want = newLogRecord();
    want.eventName = 'event';
    expect(doc).toEqual({ signal: 'logs', data: { resourceLogs: [{ resource: newResource(), scopeLogs: [{ scope: newScope(), logRecords: [want], schemaUrl: '' }], schemaUrl: '' }] } });
  });

  it('keeps int64 extremes, -0, NaN, non-BMP text and bytes exact', () => {
    const rec = newLogRecord();
    rec.timeUnixNano = (1n << 64n) - 1n;
    rec.severityNumber = -1;
    rec.body = new Map<string, never>([['big', -(1n << 63n) as never], ['neg0', -0 as never], ['nan', NaN as never], ['emoji', '𝄞é' as never], ['raw', new Uint8Array([0, 1, 255]) as never]]);
    const doc: TelemetryDocument = { signal: 'logs', data: { resourceLogs: [{ resource: newResource(), scopeLogs: [{ scope: newScope(), logRecords: [rec], schemaUrl: '' }], schemaUrl: '' }] } };
    expect(decodeProtobuf(encodeProtobuf(doc), 'logs')).toEqual(doc);
  });

  it('accepts repeated scalars both packed and unpacked', () => {
    const bytes = bytesOf((w) =>
      msg(w, 1, () =>
        msg(w, 2, () =>
          msg(w, 2, () =>
            msg(w, 9, () =>
              msg(w, 1, () => {
                w.tag(6, 1); // bucket_counts unpacked
                w.fixed64(4n);
                w.tag(6, 2); // then packed
                w.uint32(16);
                w.fixed64(5n);
                w.fixed64(6n);
                w.tag(7, 1); // explicit_bounds unpacked
                w.double(2.5);
              }),
            ),
          ),
        ),
      ),
    );
    const doc = decodeProtobuf(bytes, 'metrics');
    if (doc.signal !== 'metrics') throw new Error('signal');
    const data = doc.data.resourceMetrics[0].scopeMetrics[0].metrics[0].data;
    if (data?.kind !== 'histogram') throw new Error('kind');
    expect(data.dataPoints[0].bucketCounts).toEqual([4n, 5n, 6n]);
    expect(data.dataPoints[0].explicitBounds).toEqual([2.5]);
  });
});

describe('detectFormat', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  it.each([
    ['JSON text', enc('\ufeff \n{"resourceLogs":[]}'), undefined, 'json'],
    ['JSON text named .pb (content wins)', enc('{}'), 'x.pb', 'json'],
    ['protobuf bytes', new Uint8Array([0x0a, 0x02, 0x12, 0x00]), 'x.json', 'protobuf'],
    ['protobuf starting with 0x0a 0x7b', new Uint8Array([0x0a, 0x7b, 0x12, 0x00]), undefined, 'protobuf'],
    ['broken JSON with a NUL byte stays JSON (for its error message)', enc('{"resourceLogs":\u0000}'), undefined, 'json'],
    ['empty input named .binpb', new Uint8Array(0), 'x.binpb', 'protobuf'],
    ['empty input without a hint', new Uint8Array(0), undefined, 'json'],
  ] as const)('%s', (_name, bytes, file, want) => {
    expect(detectFormat(bytes, file)).toBe(want);
  });
});
