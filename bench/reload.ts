/**
 * Benchmark: hot reload of a 200-statement transform config.
 *
 * 1. Reload latency: `update()` from config text to swapped reference (YAML parse, compile, swap),
 *    and the same through `updateSync()`; µs per statement of parse + compile.
 * 2. The longest event-loop block during `update()` (`monitorEventLoopDelay`), the figure a server
 *    embedding the engine feels.
 * 3. Throughput (records per CPU second) of a batch loop while reloading every 100 ms, against the
 *    same loop with no reloads.
 *
 *   npm run build && node dist/bench/reload.js [--quick]
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { newLogRecord, newResource, newScope, type TelemetryDocument } from '../src/core/model.js';
import { ReloadableProcessor } from '../src/reload/index.js';
import { formatTable, measured, quickMode, type BenchOptions, type Row } from './harness.js';

/** Statements in the reloaded config. */
export const STATEMENTS = 200;
const BATCH = 100;

/**
 * A realistic mix of statement shapes; `variant` changes literals so each reload differs: in one
 * statement of five (a typical edit), or with `allNew` in every statement and every pattern, so
 * that nothing parsed or compiled before can be reused.
 */
export function config(variant: number, allNew = false): string {
  const v = allNew ? `_${variant}` : '';
  const templates = [
    (i: number) => `set(log.attributes["k${i}"], "v${variant}") where log.attributes["customer"] == "acme"`,
    (i: number) => `replace_pattern(log.attributes["message"], "x${i}${v}=\\\\d+", "x${i}=****")`,
    (i: number) => `delete_key(log.attributes, "tmp${i}${v}")`,
    (i: number) => `set(log.severity_text, "ERROR") where log.severity_number >= SEVERITY_NUMBER_ERROR and log.attributes["f${i}${v}"] != nil`,
    (i: number) => `set(log.attributes["len${i}"], Len(log.body)) where IsMatch(log.body, "handled ${i}${v}$")`,
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

/** CPU milliseconds (user + system) used by this process so far. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const turn = (): Promise<void> => new Promise<void>((ok) => setImmediate(ok));

/**
 * The longest stretch of CPU time between two turns of the event loop while it runs: the block
 * `monitorEventLoopDelay` reports, without the time the process waited for a core (which on a
 * busy machine can dwarf it).
 */
function longestCpuSlice(): { stop: () => number } {
  let longest = 0;
  let last = cpuMs();
  let running = true;
  const tick = (): void => {
    const now = cpuMs();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      running = false;
      return longest;
    },
  };
}

/**
 * Reload latency per mode, and the longest event-loop block while `update()` runs; each mode with a
 * typical edit (one statement in five changed) and with every statement new (nothing reusable).
 */
async function latency(runs: number): Promise<Row[]> {
  const c0 = cpuMs();
  const r = ReloadableProcessor.create(config(0), { name: 'bench.yaml' });
  const cold = cpuMs() - c0;
  // Warm up the compiler in both modes (a reused and a new statement take different paths), so
  // that neither mode pays for the JIT.
  for (let i = 0; i < Math.min(20, runs); i++) r.updateSync(config(1000 + i, i % 2 === 0));
  const modes = ['updateSync', 'updateSync, all new', 'update', 'update, all new'] as const;
  type Mode = (typeof modes)[number];
  const times = Object.fromEntries(modes.map((m) => [m, [] as number[]])) as Record<Mode, number[]>;
  const blocks = Object.fromEntries(modes.map((m) => [m, monitorEventLoopDelay({ resolution: 1 })])) as Record<Mode, ReturnType<typeof monitorEventLoopDelay>>;
  const slices = { update: 0, 'update, all new': 0 };
  let variant = 2000;
  for (const mode of modes) {
    const sync = mode.startsWith('updateSync');
    const allNew = mode.endsWith('all new');
    const slice = sync ? null : longestCpuSlice();
    if (!sync) blocks[mode].enable();
    for (let i = 1; i <= runs; i++) {
      const text = config(++variant, allNew);
      const c = cpuMs();
      const result = sync ? r.updateSync(text) : await r.update(text);
      times[mode].push(cpuMs() - c);
      if (result.status !== 'applied') throw new Error(`reload ${i} was ${result.status}`);
      await turn();
    }
    if (!sync) blocks[mode].disable();
    if (slice !== null) slices[mode as keyof typeof slices] = slice.stop();
  }
  const perStatement = (ms: number[]): string => (([...ms].sort((a, b) => a - b)[ms.length >> 1] / STATEMENTS) * 1000).toFixed(1);
  return [
    ...(['updateSync', 'updateSync, all new'] as const).map((mode) =>
      measured({
        group: 'reload',
        name: `parse + compile + swap, ${STATEMENTS}-statement config (${mode === 'updateSync' ? 'updateSync, 1 statement in 5 edited' : mode})`,
        unit: 'config',
        subject: { label: 'ottl', times: times[mode] },
        baseline: null,
        same: true,
        target: '<= 20 µs/statement',
        extras: {
          'µs per statement, warm': perStatement(times[mode]),
          ...(mode === 'updateSync' ? { 'µs per statement, cold (first compile in the process)': ((cold / STATEMENTS) * 1000).toFixed(0) } : {}),
        },
      }),
    ),
    ...(['update', 'update, all new'] as const).map((mode) =>
      measured({
        group: 'reload',
        name: `${mode === 'update' ? 'update(), 1 statement in 5 edited' : 'update(), all new'}, ${STATEMENTS}-statement config`,
        unit: 'config',
        subject: { label: 'ottl', times: times[mode] },
        baseline: null,
        same: true,
        target: 'block <= 5 ms',
        extras: {
          'longest event-loop block (ms)': blocks[mode].max / 1e6,
          'longest CPU slice between turns (ms)': slices[mode],
          'mean event-loop delay (ms)': blocks[mode].mean / 1e6,
        },
      }),
    ),
  ];
}

/** Records processed per CPU second by a batch loop, with a reload every `reloadEveryMs` or none. */
async function throughput(seconds: number, reloadEveryMs: number | null): Promise<{ cpuMsPerBatch: number[]; applied: number }> {
  const r = ReloadableProcessor.create(config(0));
  const doc = makeDoc(BATCH);
  let variant = 0;
  let applied = 0;
  const timer =
    reloadEveryMs === null
      ? undefined
      : setInterval(() => void r.update(config(++variant)).then((x) => (applied += x.status === 'applied' ? 1 : 0)), reloadEveryMs);
  for (let i = 0; i < 5; i++) r.process(doc);
  // CPU per slice of 20 batches (reload work included), so the spread shows the reload's cost.
  const slices: number[] = [];
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    const c = cpuMs();
    for (let k = 0; k < 20; k++) {
      r.current.ruleSet.process(doc);
      // Let timers and reloads run between batches, as a server's event loop would.
      await turn();
    }
    slices.push(cpuMs() - c);
  }
  clearInterval(timer);
  await r.idle();
  return { cpuMsPerBatch: slices, applied };
}

/** The reload benchmarks. */
export async function benchmarks(opts: BenchOptions): Promise<Row[]> {
  const rows = await latency(opts.quick ? 2 : 30);
  const seconds = opts.quick ? 0.3 : 3;
  const base = await throughput(seconds, null);
  const reloading = await throughput(seconds, 100);
  rows.push(
    measured({
      group: 'reload',
      name: `processing while reloading every 100 ms (${reloading.applied} applied)`,
      unit: `${20 * BATCH} records`,
      subject: { label: 'reloading', times: reloading.cpuMsPerBatch },
      baseline: { label: 'no reloads', times: base.cpuMsPerBatch },
      same: true,
    }),
  );
  return rows;
}

if (process.argv[1]?.endsWith('/bench/reload.js')) console.log(formatTable(await benchmarks({ quick: quickMode() })));
