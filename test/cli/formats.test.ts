/** `ottl run` / `ottl filter` with OTLP/protobuf input and output (`--input-format`, `--output-format`). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFilter } from '../../src/cli/commands/filter.js';
import { runTransform } from '../../src/cli/commands/run.js';
import { checkWatchFormats } from '../../src/cli/formats.js';
import { CliError } from '../../src/cli/main.js';
import { decodeDocument } from '../../src/codec/otlpjson/decode.js';
import { decodeProtobuf } from '../../src/codec/otlpproto/decode.js';
import { encodeProtobuf } from '../../src/codec/otlpproto/encode.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-formats-'));
const file = (name: string, data: string | Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

const logsJson = JSON.stringify({
  resourceLogs: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }] },
      scopeLogs: [
        {
          logRecords: [
            { timeUnixNano: '18446744073709551615', body: { stringValue: 'keep' }, attributes: [{ key: 'n', value: { intValue: '-9223372036854775808' } }] },
            { body: { stringValue: 'drop me' }, traceId: '0102030405060708090a0b0c0d0e0f10' },
          ],
        },
      ],
    },
  ],
});
const transform = file('t.yaml', 'log_statements:\n  - set(log.attributes["env"], "prod")\n');
const filter = file('f.yaml', 'logs:\n  log_record:\n    - body == "drop me"\n');

describe('OTLP/protobuf in the CLI', () => {
  it('ottl run: protobuf in (auto, any file name) → JSON out by default', async () => {
    const input = file('in.bin', encodeProtobuf(decodeDocument(logsJson, 'x')));
    const output = path.join(dir, 'out.json');
    await runTransform({ config: transform, input, output });
    const doc = decodeDocument(readFileSync(output, 'utf8'), 'out');
    const expected = decodeDocument(logsJson, 'x');
    if (expected.signal !== 'logs') throw new Error('signal');
    for (const r of expected.data.resourceLogs[0].scopeLogs[0].logRecords) r.attributes.set('env', 'prod');
    expect(doc).toEqual(expected);
  });

  it('ottl run: JSON in → protobuf out for a .pb output name, exact int64 and ids', async () => {
    const output = path.join(dir, 'out.pb');
    await runTransform({ config: transform, input: file('in.json', logsJson), output });
    const doc = decodeProtobuf(readFileSync(output), 'logs');
    if (doc.signal !== 'logs') throw new Error('signal');
    const [a, b] = doc.data.resourceLogs[0].scopeLogs[0].logRecords;
    expect(a.timeUnixNano).toBe(18446744073709551615n);
    expect(a.attributes.get('n')).toBe(-9223372036854775808n);
    expect(Buffer.from(b.traceId).toString('hex')).toBe('0102030405060708090a0b0c0d0e0f10');
  });

  it('ottl filter: --input-format protobuf --output-format protobuf drops what matches', async () => {
    const output = path.join(dir, 'kept.out');
    await runFilter({ config: filter, input: file('in2.dat', encodeProtobuf(decodeDocument(logsJson, 'x'))), output, inputFormat: 'protobuf', outputFormat: 'protobuf' });
    const doc = decodeProtobuf(readFileSync(output), 'logs');
    if (doc.signal !== 'logs') throw new Error('signal');
    expect(doc.data.resourceLogs[0].scopeLogs[0].logRecords.map((r) => r.body)).toEqual(['keep']);
  });

  it('a protobuf decode error names the file and byte offset; bad format names are usage errors', async () => {
    const bytes = encodeProtobuf(decodeDocument(logsJson, 'x'));
    const input = file('cut.pb', bytes.subarray(0, bytes.length - 3));
    await expect(runTransform({ config: transform, input, output: path.join(dir, 'never.json') })).rejects.toThrow(/cut\.pb: byte \d+: /);
    await expect(runTransform({ config: transform, input, output: '-', inputFormat: 'xml' })).rejects.toThrow(CliError);
    expect(() => checkWatchFormats({ inputFormat: 'protobuf' })).toThrow(CliError);
  });
});
