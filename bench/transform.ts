/**
 * Benchmark: a realistic 10-statement log pipeline, compiled OTTL vs hand-written TypeScript doing
 * the same edits on the same model, in one run; and a compound condition, OTTL vs cel-js.
 *
 *   npx tsc -p tsconfig.build.json && node dist/bench/transform.js [records]
 */
import { createHash } from 'node:crypto';
import { evaluate as _unused, parse as celParse } from '@marcbachmann/cel-js';
import { newLogRecord, newResource, newScope, type LogsData } from '../src/core/model.js';
import { EvalContext } from '../src/core/eval-context.js';
import { compileCondition } from '../src/engine/rules/standalone.js';
import { TransformProcessor } from '../src/engine/transform/processor.js';
import type { Value, ValueMap } from '../src/core/values/types.js';

void _unused;
const RECORDS = Number(process.argv[2] ?? 100_000);

export const PIPELINE = `
error_mode: propagate
log_statements:
  - context: log
    statements:
      - set(resource.attributes["deployment.environment"], "prod") where resource.attributes["service.name"] == "checkout"
      - set(log.attributes["tier"], "gold") where log.attributes["customer"] == "acme"
      - set(log.severity_text, "ERROR") where log.severity_number >= SEVERITY_NUMBER_ERROR
      - delete_key(log.attributes, "password")
      - keep_keys(log.attributes, ["http.method", "http.status_code", "user.id", "customer", "tier", "message", "session"])
      - replace_pattern(log.attributes["message"], "card=\\\\d+", "card=****")
      - set(log.attributes["user.hash"], SHA256(log.attributes["user.id"])) where log.attributes["user.id"] != nil
      - delete_key(log.attributes, "user.id")
      - truncate_all(log.attributes, 64)
      - set(log.attributes["error"], true) where log.attributes["http.status_code"] >= 500
`;

function makeLogs(n: number): LogsData {
  const resource = newResource();
  resource.attributes.set('service.name', 'checkout');
  const scope = newScope();
  scope.name = 'bench';
  const records = [];
  for (let i = 0; i < n; i++) {
    const r = newLogRecord();
    r.timeUnixNano = 1700000000000000000n + BigInt(i);
    r.severityNumber = i % 4 === 0 ? 17 : 9;
    r.body = `request ${i} handled`;
    const a = r.attributes;
    a.set('http.method', i % 2 ? 'GET' : 'POST');
    a.set('http.status_code', BigInt(i % 10 === 0 ? 503 : 200));
    a.set('user.id', `user-${i % 1000}`);
    a.set('customer', i % 3 === 0 ? 'acme' : 'globex');
    a.set('password', 'hunter2');
    a.set('message', `payment for order ${i} with card=4111111111111111 accepted, session details follow in a long trailing text`);
    a.set('session', `s-${i}`);
    a.set('internal.debug', 'x');
    records.push(r);
  }
  return { resourceLogs: [{ resource, schemaUrl: '', scopeLogs: [{ scope, schemaUrl: '', logRecords: records }] }] };
}

/** The same edits written by hand against the model. */
function handWritten(data: LogsData): void {
  const keep = new Set(['http.method', 'http.status_code', 'user.id', 'customer', 'tier', 'message', 'session']);
  const card = /card=\d+/g;
  for (const rl of data.resourceLogs) {
    for (const sl of rl.scopeLogs) {
      for (const r of sl.logRecords) {
        const ra = rl.resource.attributes;
        if (ra.get('service.name') === 'checkout') ra.set('deployment.environment', 'prod');
        const a = r.attributes;
        if (a.get('customer') === 'acme') a.set('tier', 'gold');
        if (r.severityNumber >= 17) r.severityText = 'ERROR';
        a.delete('password');
        for (const k of [...a.keys()]) if (!keep.has(k)) a.delete(k);
        const m = a.get('message');
        if (typeof m === 'string') a.set('message', m.replace(card, 'card=****'));
        const u = a.get('user.id');
        if (u !== undefined && u !== null) a.set('user.hash', createHash('sha256').update(String(u)).digest('hex'));
        a.delete('user.id');
        for (const [k, v] of a) {
          if (typeof v === 'string' && Buffer.byteLength(v) > 64) a.set(k, Buffer.from(v).subarray(0, 64).toString());
        }
        const s = a.get('http.status_code');
        if (typeof s === 'bigint' && s >= 500n) a.set('error', true);
      }
    }
  }
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Median of `rounds` timings of each contender, interleaved, each on fresh data after a GC. */
function medians(rounds: number, setup: () => LogsData, runs: ((d: LogsData) => void)[]): number[] {
  const times: number[][] = runs.map(() => []);
  for (let i = 0; i < rounds; i++) {
    runs.forEach((run, j) => {
      const d = setup();
      gc();
      times[j].push(time(() => run(d)));
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}

function pipelineBench(): { ottl: number; hand: number } {
  const processor = TransformProcessor.fromText(PIPELINE, 'bench.yaml');
  // Same result first: both must do the same work.
  const a = makeLogs(1000);
  const b = makeLogs(1000);
  processor.processLogs(a);
  handWritten(b);
  const ra = a.resourceLogs[0].scopeLogs[0].logRecords;
  const rb = b.resourceLogs[0].scopeLogs[0].logRecords;
  for (let i = 0; i < ra.length; i++) {
    const x = JSON.stringify([...ra[i].attributes], (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    const y = JSON.stringify([...rb[i].attributes], (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    if (x !== y) throw new Error(`results differ at record ${i}:\n${x}\n${y}`);
  }
  const [ottl, hand] = medians(7, () => makeLogs(RECORDS), [(d) => processor.processLogs(d), handWritten]);
  return { ottl, hand };
}

function conditionBench(): { ottl: number; celPrepared: number; celFromModel: number } {
  const data = makeLogs(RECORDS);
  const sl = data.resourceLogs[0].scopeLogs[0];
  const test = compileCondition(
    'log.attributes["http.status_code"] >= 500 and resource.attributes["service.name"] == "checkout"',
    { context: 'log' },
  );
  const ctx = new EvalContext();
  ctx.resource = data.resourceLogs[0].resource;
  ctx.scope = sl.scope;
  const celExpr = celParse('attributes["http.status_code"] >= 500 && resource.attributes["service.name"] == "checkout"');
  const toObject = (m: ValueMap) => Object.fromEntries([...m].map(([k, v]) => [k, v as Value]));
  const resource = { attributes: toObject(ctx.resource.attributes) };
  // cel-js's best case: its activations built beforehand (not timed), plain objects.
  const activations = sl.logRecords.map((r) => ({ attributes: toObject(r.attributes), resource }));
  const counts = [0, 0, 0];
  const rounds = (f: () => number, i: number) => {
    const t: number[] = [];
    for (let k = 0; k < 7; k++) {
      gc();
      t.push(time(() => (counts[i] = f())));
    }
    return t.sort((a, b) => a - b)[3];
  };
  const ottl = rounds(() => {
    let hits = 0;
    for (const r of sl.logRecords) {
      ctx.log = r;
      if (test(ctx)) hits++;
    }
    return hits;
  }, 0);
  const celPrepared = rounds(() => {
    let hits = 0;
    for (const act of activations) if (celExpr(act) === true) hits++;
    return hits;
  }, 1);
  // What an embedder evaluating cel-js over the same telemetry model pays: building its input.
  const celFromModel = rounds(() => {
    let hits = 0;
    for (const r of sl.logRecords) if (celExpr({ attributes: toObject(r.attributes), resource }) === true) hits++;
    return hits;
  }, 2);
  if (counts[0] !== counts[1] || counts[1] !== counts[2]) throw new Error(`condition results differ: ${counts.join(', ')}`);
  return { ottl, celPrepared, celFromModel };
}

const p = pipelineBench();
console.log(
  `pipeline (10 statements, ${RECORDS} log records): ottl ${p.ottl.toFixed(1)} ms, hand-written ${p.hand.toFixed(1)} ms, ratio ${(p.ottl / p.hand).toFixed(2)}x`,
);
const c = conditionBench();
console.log(
  `condition (${RECORDS} records): ottl ${c.ottl.toFixed(1)} ms; cel-js on prepared objects ${c.celPrepared.toFixed(1)} ms ` +
    `(ottl ${(c.celPrepared / c.ottl).toFixed(1)}x faster); cel-js building its input from the model ${c.celFromModel.toFixed(1)} ms ` +
    `(ottl ${(c.celFromModel / c.ottl).toFixed(1)}x faster)`,
);
