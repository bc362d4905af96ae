/**
 * CLI benchmark: `ottl run` on an NDJSON logs file (127,000 records of ~790 bytes, ten to a line:
 * about 100 MB; 3,000 records in quick mode), each contender in its own process:
 *
 * - `ottl run --jobs 1` with an empty config (decode + encode) against `JSON.parse`+`JSON.stringify`
 *   of every line in a plain `node` process: the floor; and with `--jobs 2` against that floor
 *   (the outputs of the two ottl runs must be identical);
 * - `ottl run --jobs 1` with six typical statements against `jq` doing the same edits (skipped with
 *   a note when jq is not installed);
 * - the same statements with `--jobs 2` against `--jobs 1` (the outputs must be identical, in order),
 *   against jq, and against the floor (one core's `JSON.parse`+`JSON.stringify`).
 *
 * Start-up alone (`ottl --version`, `--help`, a 1 kB run against `node -e 0`) is bench/startup.ts.
 *
 * Times are wall-clock (the CLI may use several threads). In full mode, peak RSS (streaming keeps
 * it near one line's worth whatever the file's size) comes from `/usr/bin/time`, or else from
 * `process.resourceUsage().maxRSS` of the node processes. Outputs are compared line by line
 * (attribute order and member order aside, except between the two --jobs runs).
 *
 *     npm run build && node dist/bench/cli.js [--quick]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { firstDifference, formatTable, measured, quickMode, type BenchOptions, type Row } from './harness.js';

const OTTL = fileURLToPath(new URL('../../bin/ottl.js', import.meta.url));

/** The six statements: a conditional set, delete_key, replace_pattern, conditional sets on attributes. */
const STATEMENTS = [
  'set(log.severity_text, "ERROR") where log.severity_number >= SEVERITY_NUMBER_ERROR',
  'delete_key(log.attributes, "password")',
  'replace_pattern(log.body, "card=\\\\d+", "card=****")',
  'set(log.attributes["tier"], "gold") where log.attributes["customer"] == "acme"',
  'set(log.attributes["error"], true) where log.attributes["http.status_code"] >= 500',
  'set(resource.attributes["deployment.environment"], "prod") where resource.attributes["service.name"] == "checkout"',
];

const CONFIG = ['log_statements:', '  - context: log', '    statements:', ...STATEMENTS.map((s) => `      - '${s}'`)].join('\n') + '\n';

/** The same edits in jq, over the same OTLP/JSON. */
const JQ_PROGRAM = `
def attr($k; $v): . + [{key: $k, value: $v}];
def has_string($k; $s): any(.[]; .key == $k and .value.stringValue == $s);
.resourceLogs |= map(
  (if (.resource.attributes // []) | has_string("service.name"; "checkout")
   then .resource.attributes |= attr("deployment.environment"; {stringValue: "prod"}) else . end)
  | .scopeLogs |= map(.logRecords |= map(
      (if (.severityNumber // 0) >= 17 then .severityText = "ERROR" else . end)
      | .attributes |= map(select(.key != "password"))
      | (if .body.stringValue then .body.stringValue |= gsub("card=[0-9]+"; "card=****") else . end)
      | (if .attributes | has_string("customer"; "acme") then .attributes |= attr("tier"; {stringValue: "gold"}) else . end)
      | (if any(.attributes[]; .key == "http.status_code" and ((.value.intValue // "0") | tonumber) >= 500)
         then .attributes |= attr("error"; {boolValue: true}) else . end)
  ))
)`;

/** `JSON.parse`+`JSON.stringify` of every line, streamed as a plain node program would. */
const PLAIN_SCRIPT = `
const fs = require('fs');
const out = fs.openSync(process.argv[2], 'w');
const rl = require('readline').createInterface({ input: fs.createReadStream(process.argv[1]), crlfDelay: Infinity });
rl.on('line', (l) => { if (l !== '') fs.writeSync(out, JSON.stringify(JSON.parse(l)) + '\\n'); });
rl.on('close', () => fs.closeSync(out));
`;

function hex(n: number, seed: number): string {
  let s = '';
  let x = seed + 1;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += ((x >>> 16) & 15).toString(16);
  }
  return '1' + s.slice(1);
}

/** One log record of ~790 bytes of OTLP/JSON, only non-default fields (so it encodes back the same). */
function logRecord(i: number): string {
  const t = 1700000000000000000n + BigInt(i) * 1000003n;
  return JSON.stringify({
    timeUnixNano: t.toString(),
    observedTimeUnixNano: (t + 1234n).toString(),
    severityNumber: i % 4 === 0 ? 17 : 9,
    severityText: i % 4 === 0 ? 'WARN' : 'INFO',
    body: { stringValue: `payment ${i} for user-${i % 1000} with card=4111111111111111 handled in ${i % 997} ms` },
    attributes: [
      { key: 'http.method', value: { stringValue: i % 3 ? 'GET' : 'POST' } },
      { key: 'http.status_code', value: { intValue: String(i % 10 === 0 ? 503 : 200) } },
      { key: 'http.route', value: { stringValue: '/api/v1/orders/{id}/items' } },
      { key: 'url.full', value: { stringValue: `https://shop.example.com/api/v1/orders/${i}/items?expand=true` } },
      { key: 'customer', value: { stringValue: i % 3 === 0 ? 'acme' : 'globex' } },
      { key: 'password', value: { stringValue: 'hunter2' } },
      { key: 'duration', value: { doubleValue: (i % 1000) / 8 } },
      { key: 'cached', value: { boolValue: i % 2 === 0 } },
      { key: 'user_agent.original', value: { stringValue: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36' } },
    ],
    traceId: hex(32, i),
    spanId: hex(16, i + 7),
    flags: 1,
  });
}

/** Writes `records` records in `documents` NDJSON lines; returns the file's size. */
function generate(path: string, records: number, documents: number): number {
  const fd = openSync(path, 'w');
  const perDoc = Math.ceil(records / documents);
  let i = 0;
  for (let d = 0; d < documents && i < records; d++) {
    const logs: string[] = [];
    for (let k = 0; k < perDoc && i < records; k++) logs.push(logRecord(i++));
    const service = d % 2 === 0 ? 'checkout' : 'cart';
    writeSync(
      fd,
      `{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"${service}"}}]},` +
        `"scopeLogs":[{"scope":{"name":"bench","version":"1.0"},"logRecords":[${logs.join(',')}]}]}]}\n`,
    );
  }
  closeSync(fd);
  return statSync(path).size;
}

interface RunResult {
  readonly wallMs: number;
  /** Peak resident set in bytes, or NaN when /usr/bin/time is not installed. */
  readonly peakRss: number;
}

const TIME = '/usr/bin/time';

/** Loaded into node contenders when /usr/bin/time is missing: writes the peak RSS (KiB) at exit. */
const RSS_PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.OTTL_BENCH_RSS, String(process.resourceUsage().maxRSS)));
`;

/** Runs a command once; its wall time and peak RSS. Throws when it fails. */
function runOnce(cmd: string, args: readonly string[], dir: string, stdoutFile?: string): RunResult {
  const withTime = existsSync(TIME);
  const rssFile = join(dir, 'rss.txt');
  rmSync(rssFile, { force: true });
  const preload = join(dir, 'rss-preload.mjs');
  if (!withTime && cmd === process.execPath && !existsSync(preload)) writeFileSync(preload, RSS_PRELOAD);
  const [file, argv] = withTime
    ? [TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]]
    : cmd === process.execPath
      ? [cmd, ['--import', pathToFileURL(preload).href, ...args]]
      : [cmd, [...args]];
  const out = stdoutFile === undefined ? 'pipe' : openSync(stdoutFile, 'w');
  const t0 = performance.now();
  const res = spawnSync(file, argv, { stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 26, env: { ...process.env, OTTL_BENCH_RSS: rssFile } });
  const wallMs = performance.now() - t0;
  if (typeof out === 'number') closeSync(out);
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${res.status}): ${String(res.stderr).slice(0, 2000)}`);
  const peakRss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) * 1024 : NaN;
  return { wallMs, peakRss };
}

/** Canonical text of an OTLP/JSON line: attribute lists by key, members by name, intValue as string. */
function canonicalLine(line: string): string {
  const norm = (v: unknown, key: string): unknown => {
    if (Array.isArray(v)) {
      const items = v.map((x) => norm(x, ''));
      if (key === 'attributes') items.sort((a, b) => ((a as { key: string }).key < (b as { key: string }).key ? -1 : 1));
      return items;
    }
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, norm(o[k], k)]));
    }
    return key === 'intValue' && typeof v === 'number' ? String(v) : v;
  };
  return JSON.stringify(norm(JSON.parse(line), ''));
}

const lines = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The CLI benchmarks. */
export function benchmarks(opts: BenchOptions): Row[] {
  const dir = mkdtempSync(join(tmpdir(), 'ottl-cli-bench-'));
  try {
    const records = opts.quick ? 3_000 : 127_000;
    const input = join(dir, 'logs.ndjson');
    // Ten records to a line: enough lines for --jobs to hand most of them to its workers.
    const size = generate(input, records, records / 10);
    const empty = join(dir, 'empty.yaml');
    const config = join(dir, 'rules.yaml');
    const jqFile = join(dir, 'edits.jq');
    writeFileSync(empty, 'log_statements: []\n');
    writeFileSync(config, CONFIG);
    writeFileSync(jqFile, JQ_PROGRAM);
    const out = (name: string): string => join(dir, name);
    const node = process.execPath;
    const rounds = opts.quick ? 1 : 3;
    const hasJq = spawnSync('jq', ['--version'], { stdio: 'ignore' }).status === 0;

    const contenders = {
      passThrough: () => runOnce(node, [OTTL, 'run', '-c', empty, '-i', input, '-o', out('pass.ndjson'), '--jobs', '1'], dir),
      plain: () => runOnce(node, ['-e', PLAIN_SCRIPT, input, out('plain.ndjson')], dir),
      passJobs2: () => runOnce(node, [OTTL, 'run', '-c', empty, '-i', input, '-o', out('pass2.ndjson'), '--jobs', '2'], dir),
      rules: () => runOnce(node, [OTTL, 'run', '-c', config, '-i', input, '-o', out('rules.ndjson'), '--jobs', '1'], dir),
      rulesJobs2: () => runOnce(node, [OTTL, 'run', '-c', config, '-i', input, '-o', out('rules2.ndjson'), '--jobs', '2'], dir),
      jq: () => runOnce('jq', ['-c', '-f', jqFile, input], dir, out('jq.ndjson')),
    };
    const times: Record<keyof typeof contenders, RunResult[]> = { passThrough: [], plain: [], passJobs2: [], rules: [], rulesJobs2: [], jq: [] };
    for (let i = 0; i < rounds; i++) {
      for (const key of Object.keys(contenders) as (keyof typeof contenders)[]) {
        if (key === 'jq' && !hasJq) continue;
        times[key].push(contenders[key]());
      }
    }
    const wall = (r: RunResult[]): number[] => r.map((x) => x.wallMs);
    // Peak RSS is reported for the ~100 MB input of full mode only.
    const peak = (r: RunResult[]): string => (opts.quick || r.length === 0 || Number.isNaN(r[0].peakRss) ? 'n/a' : mb(Math.max(...r.map((x) => x.peakRss))));
    const perSecond = (r: RunResult[]): string => {
      const sorted = wall(r).sort((a, b) => a - b);
      return Math.round(records / (sorted[sorted.length >> 1] / 1000)).toLocaleString('en-US');
    };
    const unit = `${records.toLocaleString('en-US')} records, ${mb(size)}`;
    const note = 'wall ms';
    const passSame = firstDifference(lines(out('pass.ndjson')).map(canonicalLine), lines(out('plain.ndjson')).map(canonicalLine));
    const rows: Row[] = [
      measured({
        group: 'cli',
        name: 'ottl run, empty config (decode + encode)',
        unit,
        subject: { label: 'ottl run', times: wall(times.passThrough) },
        baseline: { label: 'JSON.parse+stringify', times: wall(times.plain) },
        target: '<= 1.3x',
        note,
        same: passSame === null,
        ...(passSame === null ? {} : { mismatch: passSame }),
        extras: { 'peak RSS ottl': peak(times.passThrough), 'peak RSS JSON.parse+stringify': peak(times.plain), 'records/s ottl': perSecond(times.passThrough) },
      }),
    ];
    // The reading: pass-through with `--jobs 2` faster than one core's floor.
    const passJobsSame = firstDifference(lines(out('pass2.ndjson')), lines(out('pass.ndjson')));
    rows.push(
      measured({
        group: 'cli',
        name: 'ottl run, empty config, --jobs 2, against the one-core floor',
        unit,
        subject: { label: '--jobs 2', times: wall(times.passJobs2) },
        baseline: { label: 'JSON.parse+stringify', times: wall(times.plain) },
        target: '< 1x on 2 idle cores',
        // The floor writes its input back: `same` checks the subject against --jobs 1 instead.
        note: `${note}; same = as --jobs 1`,
        same: passJobsSame === null,
        ...(passJobsSame === null ? {} : { mismatch: passJobsSame }),
        extras: { 'peak RSS --jobs 2': peak(times.passJobs2), 'records/s --jobs 2': perSecond(times.passJobs2) },
      }),
    );
    if (hasJq) {
      const rulesSame = firstDifference(lines(out('rules.ndjson')).map(canonicalLine), lines(out('jq.ndjson')).map(canonicalLine));
      rows.push(
        measured({
          group: 'cli',
          name: `ottl run, ${STATEMENTS.length} statements`,
          unit,
          subject: { label: 'ottl run', times: wall(times.rules) },
          baseline: { label: 'jq', times: wall(times.jq) },
          target: '<= 0.1x',
          note,
          same: rulesSame === null,
          ...(rulesSame === null ? {} : { mismatch: rulesSame }),
          extras: { 'peak RSS ottl': peak(times.rules), 'peak RSS jq': peak(times.jq), 'records/s ottl': perSecond(times.rules), 'records/s jq': perSecond(times.jq) },
        }),
      );
    } else {
      rows.push(
        measured({
          group: 'cli',
          name: `ottl run, ${STATEMENTS.length} statements`,
          unit,
          subject: { label: 'ottl run', times: wall(times.rules) },
          baseline: null,
          note: 'jq not installed: baseline skipped',
          same: true,
          extras: { 'peak RSS ottl': peak(times.rules), 'records/s ottl': perSecond(times.rules) },
        }),
      );
    }
    const jobsSame = firstDifference(lines(out('rules2.ndjson')), lines(out('rules.ndjson')));
    rows.push(
      measured({
        group: 'cli',
        name: `ottl run, ${STATEMENTS.length} statements, --jobs 2`,
        unit,
        subject: { label: '--jobs 2', times: wall(times.rulesJobs2) },
        baseline: { label: '--jobs 1', times: wall(times.rules) },
        target: '<= 0.7x on 2 idle cores',
        note,
        same: jobsSame === null,
        ...(jobsSame === null ? {} : { mismatch: jobsSame }),
        extras: { 'peak RSS --jobs 2': peak(times.rulesJobs2), 'records/s --jobs 2': perSecond(times.rulesJobs2) },
      }),
    );
    // `--jobs 2` (what `ottl run` does by default on two cores) against one-core contenders.
    const jobsRulesSame = hasJq ? firstDifference(lines(out('rules2.ndjson')).map(canonicalLine), lines(out('jq.ndjson')).map(canonicalLine)) : null;
    if (hasJq) {
      rows.push(
        measured({
          group: 'cli',
          name: `ottl run, ${STATEMENTS.length} statements, --jobs 2, against jq`,
          unit,
          subject: { label: '--jobs 2', times: wall(times.rulesJobs2) },
          baseline: { label: 'jq', times: wall(times.jq) },
          target: '<= 0.1x on 2 idle cores',
          note,
          same: jobsRulesSame === null,
          ...(jobsRulesSame === null ? {} : { mismatch: jobsRulesSame }),
          extras: { 'records/s --jobs 2': perSecond(times.rulesJobs2), 'records/s jq': perSecond(times.jq) },
        }),
      );
    }
    rows.push(
      measured({
        group: 'cli',
        name: `ottl run, ${STATEMENTS.length} statements, --jobs 2, against the one-core floor`,
        unit,
        subject: { label: '--jobs 2', times: wall(times.rulesJobs2) },
        baseline: { label: 'JSON.parse+stringify', times: wall(times.plain) },
        target: '< 1x on 2 idle cores',
        // The floor writes its input back: `same` checks the subject against --jobs 1 instead.
        note: `${note}; same = as --jobs 1`,
        same: jobsSame === null,
        ...(jobsSame === null ? {} : { mismatch: jobsSame }),
        extras: {},
      }),
    );
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('/bench/cli.js')) console.log(formatTable(benchmarks({ quick: quickMode() })));
