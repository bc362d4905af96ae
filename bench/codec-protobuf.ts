/**
 * OTLP/protobuf codec benchmark: decode and encode of one logs request (20,000 records, 6
 * attributes each) with the hand-written codec (`src/model/otlpproto`), next to the OTLP/JSON codec
 * on the same model, and to `protobufjs` (reflection from the OTLP logs schema) decoding and
 * encoding the same bytes into its own message objects (not into the model).
 *
 *     npx tsc -p tsconfig.build.json && node dist/bench/codec-protobuf.js [--records 20000]
 *
 * Prints the median of 9 runs per operation, in ms and MB/s of the respective encoding.
 */
import protobuf from 'protobufjs';
import { decodeDocument } from '../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../src/codec/otlpjson/encode.js';
import { decodeProtobuf } from '../src/codec/otlpproto/decode.js';
import { encodeProtobuf } from '../src/codec/otlpproto/encode.js';
import { newLogRecord, newResource, newScope, type TelemetryDocument } from '../src/core/model.js';
import type { Value } from '../src/core/values/types.js';

const args = process.argv.slice(2);
const records = Number(args[args.indexOf('--records') + 1] ?? 20000) || 20000;

function makeDoc(n: number): TelemetryDocument {
  const resource = newResource();
  resource.attributes.set('service.name', 'checkout');
  resource.attributes.set('host.name', 'node-17');
  const scope = newScope();
  scope.name = 'app';
  const logRecords = [];
  for (let i = 0; i < n; i++) {
    const r = newLogRecord();
    r.timeUnixNano = 1_700_000_000_000_000_000n + BigInt(i) * 1_000_003n;
    r.observedTimeUnixNano = r.timeUnixNano + 1234n;
    r.severityNumber = 9 + (i % 4);
    r.severityText = 'INFO';
    r.body = `user ${i} checked out cart ${i * 7} with status ok`;
    r.attributes = new Map<string, Value>([
      ['http.method', 'POST'],
      ['http.route', '/api/cart/checkout'],
      ['http.status_code', BigInt(200 + (i % 5))],
      ['duration_ms', i / 7],
      ['retry', i % 3 === 0],
      ['user.email', `user${i}@example.com`],
    ]);
    for (let b = 0; b < 16; b++) r.traceId[b] = (i * 31 + b) & 0xff;
    for (let b = 0; b < 8; b++) r.spanId[b] = (i * 17 + b) & 0xff;
    logRecords.push(r);
  }
  return { signal: 'logs', data: { resourceLogs: [{ resource, scopeLogs: [{ scope, logRecords, schemaUrl: '' }], schemaUrl: '' }] } };
}

// The OTLP logs schema (opentelemetry-proto logs/v1, common/v1, resource/v1) as a protobufjs descriptor.
const kv = { fields: { key: { type: 'string', id: 1 }, value: { type: 'AnyValue', id: 2 } } };
const root = protobuf.Root.fromJSON({
  nested: {
    AnyValue: {
      oneofs: { value: { oneof: ['stringValue', 'boolValue', 'intValue', 'doubleValue', 'arrayValue', 'kvlistValue', 'bytesValue'] } },
      fields: {
        stringValue: { type: 'string', id: 1 },
        boolValue: { type: 'bool', id: 2 },
        intValue: { type: 'int64', id: 3 },
        doubleValue: { type: 'double', id: 4 },
        arrayValue: { type: 'ArrayValue', id: 5 },
        kvlistValue: { type: 'KeyValueList', id: 6 },
        bytesValue: { type: 'bytes', id: 7 },
      },
    },
    ArrayValue: { fields: { values: { rule: 'repeated', type: 'AnyValue', id: 1 } } },
    KeyValueList: { fields: { values: { rule: 'repeated', type: 'KeyValue', id: 1 } } },
    KeyValue: kv,
    Resource: { fields: { attributes: { rule: 'repeated', type: 'KeyValue', id: 1 }, droppedAttributesCount: { type: 'uint32', id: 2 } } },
    InstrumentationScope: {
      fields: {
        name: { type: 'string', id: 1 },
        version: { type: 'string', id: 2 },
        attributes: { rule: 'repeated', type: 'KeyValue', id: 3 },
        droppedAttributesCount: { type: 'uint32', id: 4 },
      },
    },
    LogRecord: {
      fields: {
        timeUnixNano: { type: 'fixed64', id: 1 },
        observedTimeUnixNano: { type: 'fixed64', id: 11 },
        severityNumber: { type: 'int32', id: 2 },
        severityText: { type: 'string', id: 3 },
        body: { type: 'AnyValue', id: 5 },
        attributes: { rule: 'repeated', type: 'KeyValue', id: 6 },
        droppedAttributesCount: { type: 'uint32', id: 7 },
        flags: { type: 'fixed32', id: 8 },
        traceId: { type: 'bytes', id: 9 },
        spanId: { type: 'bytes', id: 10 },
        eventName: { type: 'string', id: 12 },
      },
    },
    ScopeLogs: { fields: { scope: { type: 'InstrumentationScope', id: 1 }, logRecords: { rule: 'repeated', type: 'LogRecord', id: 2 }, schemaUrl: { type: 'string', id: 3 } } },
    ResourceLogs: { fields: { resource: { type: 'Resource', id: 1 }, scopeLogs: { rule: 'repeated', type: 'ScopeLogs', id: 2 }, schemaUrl: { type: 'string', id: 3 } } },
    ExportLogsServiceRequest: { fields: { resourceLogs: { rule: 'repeated', type: 'ResourceLogs', id: 1 } } },
  },
});
const Request = root.lookupType('ExportLogsServiceRequest');

function median(f: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[4];
}

const doc = makeDoc(records);
const json = encodeDocument(doc);
const pb = encodeProtobuf(doc);
const pbjsMessage = Request.decode(pb);
const jsonMB = Buffer.byteLength(json) / 1e6;
const pbMB = pb.length / 1e6;

const rows: [string, number, number][] = [
  ['OTLP/JSON decode (text → model)', median(() => decodeDocument(json, 'bench.json')), jsonMB],
  ['OTLP/JSON encode (model → text)', median(() => encodeDocument(doc)), jsonMB],
  ['OTLP/protobuf decode (bytes → model)', median(() => decodeProtobuf(pb, 'logs')), pbMB],
  ['OTLP/protobuf encode (model → bytes)', median(() => encodeProtobuf(doc)), pbMB],
  ['protobufjs decode (bytes → its messages)', median(() => Request.decode(pb)), pbMB],
  ['protobufjs encode (its messages → bytes)', median(() => Request.encode(pbjsMessage).finish()), pbMB],
];
console.log(`${records} log records: OTLP/JSON ${jsonMB.toFixed(1)} MB, OTLP/protobuf ${pbMB.toFixed(1)} MB`);
for (const [name, ms, mb] of rows) console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms  ${(mb / (ms / 1000)).toFixed(0).padStart(5)} MB/s`);
