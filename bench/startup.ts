/**
 * Start-up benchmark: how long the `ottl` command takes to do almost nothing, against `node -e 0`
 * (the floor: starting Node itself). Each contender runs in its own process, alternating, and the
 * medians are compared:
 *
 * - `ottl --version` and `ottl --help` (should load no grammar, no functions, no codecs);
 * - `ottl run` of a one-statement config on a 1 kB OTLP/JSON file (a real, small job).
 *
 * Times are wall-clock; CPU (user + system, from `/usr/bin/time` when installed) is printed under
 * the table, being steadier on a busy machine. Every output is checked: the version is the
 * package's, the help lists every command, and the run's output has the statement's edit on every
 * record and nothing else changed.
 *
 *     npm run build && node dist/bench/startup.js [--quick]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, jsonCanonical, measured, quickMode, type BenchOptions, type Row } from './harness.js';

const OTTL = fileURLToPath(new URL('../../bin/ottl.js', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../package.json', import.meta.url));
const TIME = '/usr/bin/time';

/** Two log records, ~1 kB of OTLP/JSON. */
function input(): string {
  const record = (i: number) => ({
    timeUnixNano: String(1700000000000000000n + BigInt(i)),
    severityNumber: i === 0 ? 9 : 17,
    severityText: i === 0 ? 'INFO' : 'WARN',
    body: { stringValue: `payment ${i} for user-${i} with card=4111111111111111 handled in ${10 + i} ms` },
    attributes: [
      { key: 'http.method', value: { stringValue: i === 0 ? 'GET' : 'POST' } },
      { key: 'http.status_code', value: { intValue: i === 0 ? '200' : '503' } },
      { key: 'customer', value: { stringValue: i === 0 ? 'acme' : 'globex' } },
      { key: 'user_agent.original', value: { stringValue: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36' } },
    ],
  });
  const resource = { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }] };
  return JSON.stringify({ resourceLogs: [{ resource, scopeLogs: [{ scope: { name: 'bench' }, logRecords: [record(0), record(1)] }] }] });
}

const CONFIG = 'log_statements:\n  - context: log\n    statements:\n      - set(log.attributes["checked"], true) where log.severity_number >= 1\n';

/** What `ottl run` must print: the input with `checked: true` appended to every record. */
function expectedRun(text: string): string {
  const doc = JSON.parse(text) as { resourceLogs: { scopeLogs: { logRecords: { attributes: unknown[] }[] }[] }[] };
  for (const r of doc.resourceLogs[0].scopeLogs[0].logRecords) r.attributes.push({ key: 'checked', value: { boolValue: true } });
  return jsonCanonical(JSON.stringify(doc));
}

interface Run {
  readonly wallMs: number;
  /** User + system CPU, or NaN without /usr/bin/time. */
  readonly cpuMs: number;
  readonly stdout: string;
}

function runOnce(args: readonly string[], dir: string): Run {
  const withTime = existsSync(TIME);
  const timeFile = join(dir, 'time.txt');
  const [file, argv] = withTime ? [TIME, ['-f', '%U %S', '-o', timeFile, process.execPath, ...args]] : [process.execPath, [...args]];
  const t0 = performance.now();
  const res = spawnSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const wallMs = performance.now() - t0;
  if (res.status !== 0) throw new Error(`node ${args.join(' ')} failed (${res.status}): ${res.stderr.slice(0, 2000)}`);
  const cpu = withTime ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [NaN, NaN];
  return { wallMs, cpuMs: (cpu[0] + cpu[1]) * 1000, stdout: res.stdout };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The start-up benchmarks. */
export function benchmarks(opts: BenchOptions): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'ottl-startup-bench-'));
  try {
    const inputFile = join(dir, 'in.json');
    const configFile = join(dir, 'rules.yaml');
    const text = input();
    writeFileSync(inputFile, text);
    writeFileSync(configFile, CONFIG);
    const contenders = {
      node: ['-e', '0'],
      version: [OTTL, '--version'],
      help: [OTTL, '--help'],
      run: [OTTL, 'run', '-c', configFile, '-i', inputFile, '-o', '-'],
    };
    type Key = keyof typeof contenders;
    const runs: Record<Key, Run[]> = { node: [], version: [], help: [], run: [] };
    const rounds = opts.quick ? 3 : 21;
    for (let i = 0; i < rounds; i++) for (const k of Object.keys(contenders) as Key[]) runs[k].push(runOnce(contenders[k], dir));

    const version = (JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string }).version;
    const commands = ['parse', 'run', 'filter', 'check', 'functions', 'test', 'completion', 'playground', 'serve'];
    const checks: Record<Exclude<Key, 'node'>, string | null> = {
      version: runs.version.every((r) => r.stdout === `${version}\n`) ? null : `printed ${JSON.stringify(runs.version[0].stdout)}, not ${version}`,
      help: commands.filter((c) => !new RegExp(`^  ${c}\\b`, 'm').test(runs.help[0].stdout)).map((c) => `help does not list ${c}`)[0] ?? null,
      run: runs.run.every((r) => jsonCanonical(r.stdout) === expectedRun(text)) ? null : `unexpected output: ${runs.run[0].stdout.slice(0, 300)}`,
    };
    const floor = runs.node;
    const row = (key: Exclude<Key, 'node'>, name: string, target: string): Row => {
      const mine = runs[key];
      return measured({
        group: 'startup',
        name,
        unit: 'one start',
        subject: { label: `ottl ${key}`, times: mine.map((r) => r.wallMs) },
        baseline: { label: 'node -e 0', times: floor.map((r) => r.wallMs) },
        target,
        note: 'wall ms',
        same: checks[key] === null,
        ...(checks[key] === null ? {} : { mismatch: checks[key] }),
        extras: {
          'CPU ms ottl': median(mine.map((r) => r.cpuMs)),
          'CPU ms node -e 0': median(floor.map((r) => r.cpuMs)),
          'CPU ratio': median(mine.map((r) => r.cpuMs)) / median(floor.map((r) => r.cpuMs)),
        },
      });
    };
    return [
      row('version', 'ottl --version', '<= 2x'),
      row('help', 'ottl --help', '<= 2x'),
      row('run', 'ottl run, 1 statement, 1 kB input', '<= 3x'),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('/bench/startup.js')) console.log(formatTable(benchmarks({ quick: quickMode() })));
