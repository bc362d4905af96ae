/**
 * Benchmark: hot reload of a 200-statement transform config.
 *
 * 1. Reload latency: `update()` from config text to swapped reference (YAML parse, compile, swap),
 *    and the same through `updateSync()`.
 * 2. Throughput (records/s) of a batch loop with no reloads, then while reloading every 100 ms.
 *
 * Each figure is given per wall-clock second and per CPU second of this process (user + system),
 * so that runs on a busy machine stay comparable.
 *
 *   npx tsc -p tsconfig.build.json && node dist/bench/reload.js [seconds-per-throughput-run]
 */
import { newLogRecord, newResource, newScope, type TelemetryDocument } from '../src/core/model.js';
import { ReloadableProcessor } from '../src/reload/index.js';

const SECONDS = Number(process.argv[2] ?? 3);
const STATEMENTS = 200;
const BATCH = 100;

/** A realistic mix of statement shapes; `variant` changes literals so each reload differs. */
export function config(variant: number): string {
  const templates = [
    (i: number) => `set(log.attributes["k${i}"], "v${variant}") where log.attributes["customer"] == "acme"`,
    (i: number) => `replace_pattern(log.attributes["message"], "x${i}=\\\\d+", "x${i}=****")`,
    (i: number) => `delete_key(log.attributes, "tmp${i}")`,
    (i: number) => `set(log.severity_text, "ERROR") where log.severity_number >= SEVERITY_NUMBER_ERROR and log.attributes["f${i}"] != nil`,
    (i: number) => `set(log.attributes["len${i}"], Len(log.body)) where IsMatch(log.body, "handled ${i}$")`,
  ];
  const lines = ['error_mode: ignore', 'log_statements:', '  - context: log', '    statements:'];
  for (let i = 0; i < STATEMENTS; i++) lines.push(`      - '${templates[i % templates.length](i)}'`);
  return lines.join('\n') + '\n';
}

function makeDoc(n: number): TelemetryDocument {
  const resource = newResource();
  resource.attributes.set('service.name', 'checkout');
  const logRecords = [];
  for (let i = 0; i < n; i++) {
    const r = newLogRecord();
    r.severityNumber = i % 4 === 0 ? 17 : 9;
    r.body = `request ${i} handled ${i % 200}`;
    r.attributes.set('customer', i % 3 === 0 ? 'acme' : 'globex');
    r.attributes.set('message', `x${i % 200}=12345 and more text`);
    r.attributes.set(`tmp${i % 200}`, 'gone');
    logRecords.push(r);
  }
  return { signal: 'logs', data: { resourceLogs: [{ resource, schemaUrl: '', scopeLogs: [{ scope: newScope(), schemaUrl: '', logRecords }] }] } };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
/** CPU milliseconds (user + system) used by this process so far. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const turn = () => new Promise<void>((ok) => setImmediate(ok));

async function latency(): Promise<void> {
  const t0 = performance.now();
  const r = ReloadableProcessor.create(config(0), { name: 'bench.yaml' });
  console.log(`first compile (${STATEMENTS} statements, cold): ${fmt(performance.now() - t0)}`);
  const runs = 30;
  // Warm up the compiler so that neither mode pays for the JIT.
  for (let i = 0; i < 10; i++) r.updateSync(config(1000 + i));
  for (const mode of ['update', 'updateSync'] as const) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const text = config(mode === 'update' ? i : -i);
      const t = performance.now();
      const c = cpuMs();
      const result = mode === 'update' ? await r.update(text) : r.updateSync(text);
      times.push(performance.now() - t);
      cpu.push(cpuMs() - c);
      if (result.status !== 'applied') throw new Error(`reload ${i} was ${result.status}`);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    console.log(
      `reload via ${mode} (parse + compile + swap), ${runs} runs: median ${fmt(percentile(times, 0.5))}, p95 ${fmt(percentile(times, 0.95))}, max ${fmt(times[times.length - 1])}; CPU median ${fmt(percentile(cpu, 0.5))}`,
    );
  }
}

async function throughput(reloadEveryMs: number | null): Promise<number> {
  const r = ReloadableProcessor.create(config(0));
  const doc = makeDoc(BATCH);
  let variant = 0;
  let applied = 0;
  const timer = reloadEveryMs === null ? undefined : setInterval(() => void r.update(config(++variant)).then((x) => (applied += x.status === 'applied' ? 1 : 0)), reloadEveryMs);
  // Warm up.
  for (let i = 0; i < 5; i++) r.process(doc);
  let records = 0;
  const start = performance.now();
  const cpuStart = cpuMs();
  while (performance.now() - start < SECONDS * 1000) {
    const { ruleSet } = r.current;
    ruleSet.process(doc);
    records += BATCH;
    // Let timers and reloads run between batches, as a server's event loop would.
    await turn();
  }
  const elapsed = (performance.now() - start) / 1000;
  const cpuSeconds = (cpuMs() - cpuStart) / 1000;
  clearInterval(timer);
  await r.idle();
  const rate = records / elapsed;
  const cpuRate = records / cpuSeconds;
  const label = reloadEveryMs === null ? 'no reloads' : `reload every ${reloadEveryMs} ms (${applied} applied)`;
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  console.log(`throughput, ${label}: ${n(rate)} records/s wall, ${n(cpuRate)} records per CPU second`);
  return rate;
}

await latency();
const base = await throughput(null);
const reloading = await throughput(100);
console.log(`throughput while reloading: ${((reloading / base) * 100).toFixed(1)} % of no reloads`);
