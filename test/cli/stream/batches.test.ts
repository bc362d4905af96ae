/**
 * `--jobs` batches: the reader hands out runs of NDJSON lines that, cut into lines again, are
 * exactly the pieces it hands out one by one; their bytes are moved to a worker only when nothing
 * else reads the buffer; a batch is processed line by line as in one thread.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TelemetryDocument } from '../../../src/api/index.js';
import { releaseOutput, runBatch, type BatchRequest } from '../../../src/cli/stream/batch.js';
import type { PieceContext } from '../../../src/cli/stream/documents.js';
import { CHUNK_BYTES, isLineBatch, openInput, readPieces, recycle, type InputPiece, type LineBatch } from '../../../src/cli/stream/input.js';
import { WarningTally, type WarningEvent } from '../../../src/cli/stream/warnings.js';
import { CliError } from '../../../src/cli/main.js';

async function* chunksOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Every piece as `line:column mode text`, batches cut into their non-blank lines. */
async function lines(source: AsyncIterable<Buffer>, batchBytes?: number, max?: number): Promise<{ shown: string[]; batches: LineBatch[] }> {
  const shown: string[] = [];
  const batches: LineBatch[] = [];
  for await (const p of readPieces(source, { format: 'auto', inputName: 'in', batchBytes, maxDocumentBytes: max })) {
    if (!isLineBatch(p)) {
      const piece: InputPiece = p;
      shown.push(`${piece.line}:${piece.column}${piece.inLines ? 'L' : 'V'} ${piece.bytes.toString()}`);
      continue;
    }
    batches.push(p);
    const text = p.bytes.toString();
    expect(text.endsWith('\n')).toBe(true);
    const all = text.slice(0, -1).split('\n');
    expect(all).toHaveLength(p.lines);
    const kept = all.map((l, i) => [p.line + i, l] as const).filter(([, l]) => l.trim() !== '');
    expect(kept).toHaveLength(p.documents);
    for (const [n, l] of kept) shown.push(`${n}:1L ${l}`);
  }
  return { shown, batches };
}

const record = (i: number) => `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"line ${i} é"}}]}]}]}`;
const inputs = [
  Array.from({ length: 40 }, (_, i) => record(i)).join('\n') + '\n',
  // Blank lines, a CR, no newline at the end.
  `${record(0)}\n\n${record(1)}\r\n  \n${record(2)}\n${record(3)}`,
  // A pretty-printed document after one-line ones, then lines again.
  `${record(0)}\n${record(1)}\n{\n  "resourceSpans": [{"a": "{"}]\n}\n${record(2)}\n${record(3)}\n`,
  // A broken line before a line that starts a document.
  `${record(0)}\n${record(1)}\n{"resourceLogs":[\n${record(2)}\n`,
  // The rest of the first document's line.
  `${record(0)} ${record(1)}\n${record(2)}\n`,
];

describe('readPieces with batches', () => {
  it('hands out lines that, cut again, are the pieces it hands out one by one, whatever the chunk and batch sizes', async () => {
    for (const text of inputs) {
      const { shown: one } = await lines(chunksOf(text, 1 << 20));
      for (const chunk of [7, 64, 300, 1 << 20]) {
        for (const batch of [1, 200, 1 << 20]) expect((await lines(chunksOf(text, chunk), batch)).shown).toEqual(one);
      }
    }
  });

  it('gathers many lines into one batch', async () => {
    const { batches } = await lines(chunksOf(inputs[0], 1 << 20), 1 << 20);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ line: 2, lines: 39, documents: 39 });
  });

  it('leaves a line over --max-document-size to fail at its line', async () => {
    const text = `${record(0)}\n${record(1)}\n{"resourceLogs":[${'{},'.repeat(40)}{}]}\n${record(2)}\n`;
    await expect(lines(chunksOf(text, 50), 1 << 20, 100)).rejects.toThrow(new CliError('in:3: a document longer than 100 bytes, the limit --max-document-size sets'));
  });

  it('moves only buffers read from a file by this module, and only the last batch of one', async () => {
    const text = inputs[0];
    expect((await lines(chunksOf(text, 1 << 20), 1 << 20)).batches.map((b) => b.movable)).toEqual([false]);
    const file = join(mkdtempSync(join(tmpdir(), 'ottl-batch-')), 'in.ndjson');
    writeFileSync(file, text);
    const whole = await lines(await openInput(file), 1 << 20);
    expect(whole.batches.map((b) => b.movable)).toEqual([true]);
    // Batches smaller than a chunk: those followed by more lines of the chunk are copied.
    const small = await lines(await openInput(file), 1000);
    expect(small.batches.length).toBeGreaterThan(2);
    expect(small.batches.map((b) => b.movable)).toEqual([...small.batches.slice(1).map(() => false), true]);
    expect(small.shown).toEqual(whole.shown);
    // Chunks smaller than the file: lines across two chunks come alone, each chunk's batch moves.
    const chunked = await lines(await openInput(file, 700), 1 << 20);
    expect(chunked.batches.every((b) => b.movable)).toBe(true);
    expect(chunked.shown).toEqual(whole.shown);
  });
});

describe('recycle', () => {
  it('reads into a buffer given back instead of a fresh one, and drops one of another size', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ottl-recycle-')), 'in.bin');
    writeFileSync(file, Buffer.alloc(5 * CHUNK_BYTES, 1));
    const chunks = (await openInput(file))[Symbol.asyncIterator]();
    const first = (await chunks.next()).value as Buffer;
    recycle(first.buffer as ArrayBuffer);
    recycle(new ArrayBuffer(CHUNK_BYTES - 1));
    // The second was being read already (one chunk ahead); the third reuses the first's buffer.
    const second = (await chunks.next()).value as Buffer;
    const third = (await chunks.next()).value as Buffer;
    expect(second.buffer).not.toBe(first.buffer);
    expect(third.buffer).toBe(first.buffer);
    expect(third.every((b) => b === 1)).toBe(true);
    await chunks.return?.(undefined);
  });

  it('joins a line across two chunks in a spare buffer and gives the chunk back: batches given back keep reading in a few buffers', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ottl-recycle-')), 'in.ndjson');
    // 3 MB of lines that do not end where 64 kB chunks do.
    const text = Array.from({ length: 30_000 }, (_, i) => record(i)).join('\n') + '\n';
    writeFileSync(file, text);
    const seen = new Set<ArrayBufferLike>();
    const got: string[] = [];
    let batches = 0;
    for await (const p of readPieces(await openInput(file, 64 << 10), { format: 'auto', inputName: 'in', batchBytes: 64 << 10 })) {
      got.push(p.bytes.toString());
      if (!isLineBatch(p)) continue;
      batches++;
      seen.add(p.bytes.buffer);
      // What a run does once a batch is processed: its bytes are not read any more.
      if (p.movable) recycle(p.bytes.buffer as ArrayBuffer);
    }
    // Every record, once, in order (the first comes alone, before lines are batched).
    expect([...got.join('\n').matchAll(/"line (\d+) é"/g)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 30_000 }, (_, i) => i));
    expect(batches).toBeGreaterThan(40);
    // A fresh buffer per join would make one per batch.
    expect(seen.size).toBeLessThan(6);
  });
});

describe('runBatch', () => {
  const tally = new WarningTally(() => {});
  const warnings: WarningEvent[] = [];
  tally.forward = (w) => warnings.push(w);
  const take = () => warnings.splice(0);
  const ctx: PieceContext<unknown> = {
    inputName: 'in',
    outputFormat: 'json',
    tally,
    job: {
      run(_doc: TelemetryDocument, at) {
        if (at.line === 12) tally.warn('odd', { line: String(at.line) });
        return { text: `#${at.index} ${at.where}`, report: at.line };
      },
    },
  };
  const request = (text: string, line: number, firstIndex: number): BatchRequest => {
    const bytes = Buffer.from(`xx${text}`);
    return { id: 7, buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), offset: 2, length: bytes.length - 2, line, firstIndex };
  };

  it('processes each non-blank line at its line and number, output bytes one after another', () => {
    const result = runBatch(ctx, request(`${record(1)}\n\n${record(2)}\n${record(3)}\n`, 10, 4), take);
    expect(result.internal).toBeUndefined();
    const output = Buffer.from(result.output);
    let at = 0;
    const texts = result.lines.flatMap((l) => l.documents.map((d) => output.subarray(at, (at += d.bytes)).toString()));
    expect(texts).toEqual(['#4 in:10\n', '#5 in:12\n', '#6 in:13\n']);
    expect(result.lines.map((l) => l.documents.map((d) => d.report))).toEqual([[10], [12], [13]]);
    expect(result.lines.map((l) => l.warnings.map((w) => w.place.where))).toEqual([[], ['in:12'], []]);
  });

  it('encodes into an output buffer given back once written instead of a fresh one', () => {
    const text = `${record(1)}\n${record(2)}\n`;
    const first = runBatch(ctx, request(text, 1, 0), take);
    const expected = Buffer.from(first.output).toString('latin1');
    const kept = runBatch(ctx, request(text, 1, 0), take);
    expect(kept.output).not.toBe(first.output);
    releaseOutput(first.output);
    const again = runBatch(ctx, request(text, 1, 0), take);
    expect(again.output).toBe(first.output);
    expect(Buffer.from(again.output).toString('latin1').slice(0, 40)).toBe(expected.slice(0, 40));
  });

  it('stops at the first line that fails, reporting it at its line', () => {
    const result = runBatch(ctx, request(`${record(1)}\n{"x":1}\n${record(3)}\n`, 5, 0), take);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1].documents).toEqual([]);
    expect(result.lines[1].failure).toMatch(/^in:6:/);
  });
});
