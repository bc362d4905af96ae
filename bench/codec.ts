/**
 * Codec benchmark: OTLP/JSON decode, encode and the round trip against `JSON.parse`, `JSON.stringify`
 * and both, on a generated logs file (50 MB; 1 MB and no memory figures in quick mode), as one
 * document and as NDJSON of ~4 kB documents (the shape of a stream of small batches).
 * Both sides must give the same JSON (member order aside, `intValue` as number or string alike):
 * the decoded model is encoded for that check, outside the timing.
 *
 *     npm run build && node --expose-gc dist/bench/codec.js [--quick]
 *
 * Under the table: for one pass in a fresh child process, the peak RSS growth beyond the loaded text
 * (`resourceUsage().maxRSS`) and the live heap after GC, as multiples of the file size, next to the
 * same figures for `JSON.parse`+`JSON.stringify`.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeDocuments, iterateDocuments } from '../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../src/codec/otlpjson/encode.js';
import type { TelemetryDocument } from '../src/core/model.js';
import { compare, firstDifference, formatTable, jsonCanonical, quickMode, type BenchOptions, type Row } from './harness.js';

const args = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

function hex(n: number, seed: number): string {
  let s = '';
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += ((x >>> 16) & 15).toString(16);
  }
  // An all-zero id means "no id" and is not written back; keep every id present.
  return '1' + s.slice(1);
}

function logRecord(i: number): string {
  const t = 1700000000000000000n + BigInt(i) * 1000003n;
  return JSON.stringify({
    timeUnixNano: t.toString(),
    observedTimeUnixNano: (t + 1234n).toString(),
    severityNumber: 9 + (i % 4),
    severityText: 'INFO',
    body: { stringValue: `request ${i} handled in ${i % 997} ms for user-${i % 1000}` + (i % 50 ? "" : " \u00e9\u{1F600}") },
    attributes: [
      { key: 'http.method', value: { stringValue: i % 3 ? 'GET' : 'POST' } },
      { key: 'http.status_code', value: { intValue: String(200 + (i % 5)) } },
      { key: 'duration', value: { doubleValue: (i % 1000) / 7 } },
      { key: 'cached', value: { boolValue: i % 2 === 0 } },
      { key: 'url.path', value: { stringValue: `/api/v1/items/${i}` } },
      { key: 'tags', value: { arrayValue: { values: [{ stringValue: 'a' }, { intValue: i }] } } },
    ],
    traceId: hex(32, i),
    spanId: hex(16, i + 7),
    flags: 1,
  });
}

/** Log records per document: ~4 kB documents in NDJSON, one big document otherwise. */
const NDJSON_RECORDS = 6;
const DOCUMENT_RECORDS = 2000;

/** Writes the file in pieces so the generator itself stays small; returns its size. */
function generate(path: string, targetMb: number, ndjson: boolean): number {
  const fd = openSync(path, 'w');
  const target = targetMb * 1024 * 1024;
  const perScope = ndjson ? NDJSON_RECORDS : DOCUMENT_RECORDS;
  let size = 0;
  let i = 0;
  const head = (n: number): string =>
    `{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"svc-${n}"}}]},"scopeLogs":[{"scope":{"name":"bench","version":"1.0"},"logRecords":[`;
  const tail = ']}],"schemaUrl":"https://opentelemetry.io/schemas/1.21.0"}';
  const put = (s: string): void => {
    writeSync(fd, s);
    size += Buffer.byteLength(s);
  };
  if (!ndjson) put('{"resourceLogs":[');
  for (let rl = 0; size < target; rl++) {
    if (ndjson) put('{"resourceLogs":[');
    else if (rl > 0) put(',');
    let chunk = head(rl);
    for (let k = 0; k < perScope; k++) chunk += (k ? ',' : '') + logRecord(i++);
    put(chunk + tail);
    if (ndjson) put(']}\n');
  }
  if (!ndjson) put(']}\n');
  closeSync(fd);
  return size;
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1) + ' MB';

type MemMode = 'codec' | 'stream' | 'plain';

/**
 * Child process: read the file, run one pass of `mode`, print peak RSS growth over the process's
 * state right after reading (so the text itself is not counted) and the live heap after GC.
 */
function measureMemory(mode: MemMode, file: string): void {
  const text = readFileSync(file, 'utf8');
  gc();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const out: string[] = [];
  let keep: unknown;
  if (mode === 'plain') {
    const parsed = text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
    for (const p of parsed) out.push(JSON.stringify(p));
    keep = parsed;
  } else if (mode === 'codec') {
    const docs = decodeDocuments(text, file);
    for (const d of docs) out.push(encodeDocument(d));
    keep = docs;
  } else {
    for (const d of iterateDocuments(text, file)) out.push(encodeDocument(d));
  }
  for (const o of out) o.charCodeAt(0); // flatten, as writing it out would
  gc();
  const live = process.memoryUsage().heapUsed - heap0;
  const peak = process.resourceUsage().maxRSS * 1024 - rss0;
  process.stdout.write(JSON.stringify({ peak, live, kept: keep !== undefined }));
}

function childMemory(mode: MemMode, file: string): { peak: number; live: number } {
  const res = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--measure', mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (res.status !== 0) throw new Error(`memory child failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as { peak: number; live: number };
}

const canonicalAll = (texts: readonly string[]): string[] => texts.map(jsonCanonical);
const encodeAll = (docs: readonly TelemetryDocument[]): string[] => docs.map((d) => encodeDocument(d));

/** Decode, encode and round-trip rows for one shape of the file. */
function codecRows(dir: string, targetMb: number, ndjson: boolean, rounds: number, memory: boolean): Row[] {
  const file = join(dir, ndjson ? 'logs.ndjson' : 'logs.json');
  const size = generate(file, targetMb, ndjson);
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').filter((l) => l !== '');
  const shape = ndjson ? `NDJSON (${lines.length} documents of ~${Math.round(size / lines.length / 1024)} kB)` : 'one document';
  const unit = mb(statSync(file).size);
  // The round trip runs first, before the decode and encode rows keep 50 MB of models and parsed
  // trees alive: a big old generation makes every collection slower, on both sides but unevenly.
  const roundTrip = compare<string, string[]>(
    {
      group: 'codec',
      name: `decode+encode, ${shape}`,
      unit,
      subject: {
        label: 'ottl codec',
        prepare: () => text,
        run: (t) => {
          const out: string[] = [];
          for (const d of iterateDocuments(t, file)) out.push(encodeDocument(d));
          return out;
        },
      },
      baseline: {
        label: 'JSON.parse+stringify',
        prepare: () => lines,
        run: (ls) => ls.map((l) => JSON.stringify(JSON.parse(l))),
      },
      check: (a, b) => firstDifference(canonicalAll(a.output as string[]), canonicalAll(b.output as string[])),
      target: '<= 1.3x',
    },
    rounds,
  );
  // What both sides agree on: the JSON of the result (a decoded model is encoded for the check).
  const sameAs = (out: string[]): string | null => firstDifference(canonicalAll(out), canonicalAll(lines.map((l) => JSON.stringify(JSON.parse(l)))));
  const decode = compare<string, string[]>(
    {
      group: 'codec',
      name: `decode, ${shape}`,
      unit,
      subject: { label: 'ottl codec', prepare: () => text, run: (t) => decodeDocuments(t, file) },
      baseline: { label: 'JSON.parse', prepare: () => lines, run: (ls) => ls.map((l) => JSON.parse(l) as unknown) },
      check: (a) => sameAs(encodeAll(a.output as TelemetryDocument[])),
      target: '<= 1.3x',
    },
    rounds,
  );
  const docs = decodeDocuments(text, file);
  const parsed = lines.map((l) => JSON.parse(l) as unknown);
  const encode = compare<TelemetryDocument[], unknown[]>(
    {
      group: 'codec',
      name: `encode, ${shape}`,
      unit,
      subject: { label: 'ottl codec', prepare: () => docs, run: encodeAll },
      baseline: { label: 'JSON.stringify', prepare: () => parsed, run: (ps) => ps.map((p) => JSON.stringify(p)) },
      check: (a) => sameAs(a.output as string[]),
      target: '<= 1.3x',
    },
    rounds,
  );
  if (!memory) return [decode, encode, roundTrip];
  const extras: Record<string, string> = {};
  const modes: [MemMode, string][] = [
    ['codec', 'all documents held'],
    ...(ndjson ? [['stream', 'one document at a time'] as [MemMode, string]] : []),
    ['plain', 'JSON.parse+stringify'],
  ];
  for (const [mode, label] of modes) {
    const m = childMemory(mode, file);
    extras[`peak RSS growth (${label})`] = `${mb(m.peak)} = ${(m.peak / size).toFixed(2)}x file`;
  }
  return [decode, encode, { ...roundTrip, extras }];
}

/**
 * One shape's rows, timed in a fresh child process: run after the other shape in the same process,
 * the NDJSON round trip measured 2.1x instead of 1.4–1.5x (the heap and compiled code that one
 * shape leaves behind weigh on the side that allocates more), so neither shape runs after the other.
 */
function childRows(dir: string, targetMb: number, ndjson: boolean, rounds: number, memory: boolean): Row[] {
  const params = JSON.stringify({ dir, targetMb, ndjson, rounds, memory });
  const res = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--rows', params], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (res.status !== 0) throw new Error(`codec benchmark child failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as Row[];
}

/** The codec benchmarks: decode, encode and both, on one large document and on NDJSON. */
export function benchmarks(opts: BenchOptions): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'ottl-codec-bench-'));
  try {
    const targetMb = opts.quick ? 1 : 50;
    const rounds = opts.quick ? 1 : 5;
    return [...childRows(dir, targetMb, false, rounds, !opts.quick), ...childRows(dir, targetMb, true, rounds, !opts.quick)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const measureAt = args.indexOf('--measure');
const rowsAt = args.indexOf('--rows');
if (measureAt >= 0) measureMemory(args[measureAt + 1] as MemMode, args[measureAt + 2]);
else if (rowsAt >= 0) {
  const p = JSON.parse(args[rowsAt + 1]) as { dir: string; targetMb: number; ndjson: boolean; rounds: number; memory: boolean };
  process.stdout.write(JSON.stringify(codecRows(p.dir, p.targetMb, p.ndjson, p.rounds, p.memory)));
} else if (process.argv[1]?.endsWith('/bench/codec.js')) console.log(formatTable(benchmarks({ quick: quickMode() })));
