/**
 * Cutting an input into documents without holding it whole: NDJSON line by line, pretty-printed
 * JSON by top-level value, protobuf as one request; positions kept; chunk boundaries do not matter.
 */
import { describe, expect, it } from 'vitest';
import { readPieces, type InputPiece } from '../../../src/cli/stream/input.js';
import { CliError } from '../../../src/cli/main.js';

async function* chunksOf(text: string | Buffer, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function pieces(text: string | Buffer, size = 1 << 20, format: 'auto' | 'json' | 'protobuf' = 'auto', max?: number): Promise<InputPiece[]> {
  const out: InputPiece[] = [];
  for await (const p of readPieces(chunksOf(text, size), { format, inputName: 'in', maxDocumentBytes: max })) out.push(p);
  return out;
}
const shown = (ps: InputPiece[]) => ps.map((p) => `${p.line}:${p.column}${p.inLines ? 'L' : 'V'} ${p.bytes.toString()}`);

const ndjson = '{"resourceLogs":[]}\n\n{"resourceSpans":[{"x":"é}"}]}\r\n{"resourceLogs":[]}';
const pretty = '{\n  "resourceLogs": [\n    {"a": "}]{"}\n  ]\n}\n  {"resourceSpans": []}\n';

describe('readPieces', () => {
  it('cuts NDJSON into lines, skipping blank ones and keeping each line number', async () => {
    expect(shown(await pieces(ndjson))).toEqual(['1:1V {"resourceLogs":[]}', '3:1L {"resourceSpans":[{"x":"é}"}]}\r', '4:1L {"resourceLogs":[]}']);
  });

  it('cuts pretty-printed JSON into its top-level values, brackets in strings aside', async () => {
    expect(shown(await pieces(pretty))).toEqual(['1:1V {\n  "resourceLogs": [\n    {"a": "}]{"}\n  ]\n}', '6:3V {"resourceSpans": []}']);
  });

  it('reads a pretty-printed document after one-line ones across lines, as the decoder does', async () => {
    const mixed = '{"resourceLogs":[]}\n{\n  "resourceSpans": [{"a": "{"}]\n}\n{"resourceLogs":[]}\n';
    expect(shown(await pieces(mixed))).toEqual(['1:1V {"resourceLogs":[]}', '2:1V {\n  "resourceSpans": [{"a": "{"}]\n}', '5:1V {"resourceLogs":[]}']);
  });

  it('keeps a broken line to itself when the next line starts a document', async () => {
    const broken = '{"resourceLogs":[]}\n{"resourceLogs":[\n{"resourceLogs":[]}\n';
    expect(shown(await pieces(broken))).toEqual(['1:1V {"resourceLogs":[]}', '2:1L {"resourceLogs":[', '3:1L {"resourceLogs":[]}']);
  });

  it('gives the same pieces whatever the chunk size', async () => {
    for (const text of [ndjson, pretty, '{"resourceLogs":[]}\n{\n  "resourceSpans": []\n}\n{"resourceLogs":[]}\n']) {
      const whole = shown(await pieces(text));
      for (const size of [1, 2, 3, 7]) expect(shown(await pieces(text, size))).toEqual(whole);
    }
  });

  it('counts columns in code points after multi-byte characters on the same line', async () => {
    expect(shown(await pieces('{"a":"é"}\n', 1, 'json')).length).toBe(1);
    expect(shown(await pieces('\n{\n"a":"é"} {"b":1}', 2))).toEqual(['2:1V {\n"a":"é"}', '3:10V {"b":1}']);
  });

  it('skips a byte-order mark and yields nothing for blank input', async () => {
    expect(shown(await pieces('\uFEFF{"resourceLogs":[]}\n'))).toEqual(['1:1V {"resourceLogs":[]}']);
    expect(await pieces(' \n\n')).toEqual([]);
    expect(await pieces('')).toEqual([]);
  });

  it('reads protobuf whole, as one request', async () => {
    const bytes = Buffer.from([0x0a, 0x02, 0x0a, 0x00, 0x0a, 0x00]);
    const ps = await pieces(bytes, 2);
    expect(ps).toHaveLength(1);
    expect(ps[0].format).toBe('protobuf');
    expect([...ps[0].bytes]).toEqual([...bytes]);
  });

  it('refuses a document over the size limit at its line, for lines and for values', async () => {
    const long = `{"resourceLogs":[]}\n{"resourceLogs":[${'{},'.repeat(20)}{}]}\n`;
    await expect(pieces(long, 4, 'auto', 40)).rejects.toThrow(new CliError('in:2: a document longer than 40 bytes, the limit --max-document-size sets'));
    await expect(pieces(`\n{\n"resourceLogs":[${'{},'.repeat(20)}{}]}`, 4, 'auto', 40)).rejects.toThrow(/^in:2: a document longer than 40 bytes/);
  });

  it('hands out a line before the rest of the input is read', async () => {
    let pulled = 0;
    async function* slow(): AsyncGenerator<Buffer> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        // Longer than what is looked at to tell JSON from protobuf.
        yield Buffer.from(`{"resourceLogs":[],"pad":"${'x'.repeat(5000)}"}\n`);
      }
    }
    const it = readPieces(slow(), { format: 'json', inputName: 'in' });
    await it.next();
    await it.next();
    expect(pulled).toBeLessThan(5);
    await it.return(undefined);
  });
});
