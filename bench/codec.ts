/**
 * Codec benchmark: OTLP/JSON decode+encode against plain `JSON.parse`+`JSON.stringify` of the same
 * bytes, on a generated logs file of at least 50 MB (a single document, or NDJSON with `--ndjson`).
 *
 *     npx tsc -p tsconfig.build.json && node --expose-gc dist/bench/codec.js [--mb 50] [--ndjson]
 *
 * Prints the time ratio (target ≤ 2×), and for one pass in a fresh child process the peak RSS growth
 * beyond the loaded text (`resourceUsage().maxRSS`) and the live heap after GC (model + output), as
 * multiples of the file size (target ≤ 3×), next to the same figures for `JSON.parse`+`JSON.stringify`.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeDocuments, iterateDocuments } from '../src/codec/otlpjson/decode.js';
import { encodeDocument } from '../src/codec/otlpjson/encode.js';

const args = process.argv.slice(2);
const targetMb = Number(args[args.indexOf('--mb') + 1] ?? 50) || 50;
const ndjson = args.includes('--ndjson');
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

function hex(n: number, seed: number): string {
  let s = '';
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += (x & 15).toString(16);
  }
  return s;
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

/** Writes the file in pieces so the generator itself stays small; returns its size. */
function generate(path: string): number {
  const fd = openSync(path, 'w');
  const target = targetMb * 1024 * 1024;
  const perScope = 2000;
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

/** Wall and CPU milliseconds of `fn` (CPU time, all threads, is steadier on a shared machine). */
function time(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const best = (a: { wall: number; cpu: number }, b: { wall: number; cpu: number }) => ({
  wall: Math.min(a.wall, b.wall),
  cpu: Math.min(a.cpu, b.cpu),
});

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

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'ottl-codec-bench-'));
  try {
    const file = join(dir, ndjson ? 'logs.ndjson' : 'logs.json');
    const size = generate(file);
    console.log(`file: ${mb(statSync(file).size)} of logs (${ndjson ? 'NDJSON, one document per line' : 'one document'})`);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').filter((l) => l !== '');

    // Interleaved runs, best of each: the fairest comparison on a busy machine.
    const runs = 3;
    let codec = { wall: Infinity, cpu: Infinity };
    let plain = { wall: Infinity, cpu: Infinity };
    for (let k = 0; k < runs; k++) {
      gc();
      codec = best(codec, time(() => {
        for (const d of iterateDocuments(text, file)) encodeDocument(d).charCodeAt(0);
      }));
      gc();
      plain = best(plain, time(() => {
        for (const l of lines) JSON.stringify(JSON.parse(l)).charCodeAt(0);
      }));
    }
    const ms = (t: { wall: number; cpu: number }): string => `${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU`;
    console.log(`decode+encode:             ${ms(codec)} (best of ${runs})`);
    console.log(`JSON.parse+JSON.stringify: ${ms(plain)} (best of ${runs}; rounds big integers)`);
    console.log(
      `time ratio: ${(codec.cpu / plain.cpu).toFixed(2)}x CPU, ${(codec.wall / plain.wall).toFixed(2)}x wall (target <= 2x)`,
    );

    const modes: [MemMode, string][] = [
      ['codec', 'decodeDocuments + encodeDocument (all documents held)'],
      ...(ndjson ? [['stream', 'iterateDocuments + encodeDocument (one document at a time)'] as [MemMode, string]] : []),
      ['plain', 'JSON.parse + JSON.stringify (for comparison)'],
    ];
    console.log('peak RSS growth beyond the loaded text, in a fresh process (target <= 3x file size):');
    for (const [mode, label] of modes) {
      const m = childMemory(mode, file);
      console.log(`  ${label}: ${mb(m.peak)} = ${(m.peak / size).toFixed(2)}x; live heap after GC ${mb(m.live)} = ${(m.live / size).toFixed(2)}x`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const measureAt = args.indexOf('--measure');
if (measureAt >= 0) measureMemory(args[measureAt + 1] as MemMode, args[measureAt + 2]);
else main();
