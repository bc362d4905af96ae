/**
 * Benchmark: a realistic 10-statement log pipeline, compiled OTTL vs hand-written TypeScript doing
 * the same edits on the same model, in one run; and a compound condition, OTTL vs cel-js.
 *
 *   npx tsc -p tsconfig.build.json && node dist/bench/transform.js [records]
 */
import { createHash } from 'node:crypto';
import { evaluate as _unused, parse as celParse } from '@marcbachmann/cel-js';
import { newLogRecord, newResource, newScope, type LogsData } from '../src/model/types.js';
import { EvalContext } from '../src/runtime/eval-context.js';
import { compileCondition } from '../src/runtime/rules/standalone.js';
import { TransformProcessor } from '../src/runtime/transform/processor.js';
import type { Value, ValueMap } from '../src/values/types.js';

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

function best(rounds: number, setup: () => LogsData, run: (d: LogsData) => void): number {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const d = setup();
    min = Math.min(min, time(() => run(d)));
  }
  return min;
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
  const ottl = best(5, () => makeLogs(RECORDS), (d) => processor.processLogs(d));
  const hand = best(5, () => makeLogs(RECORDS), handWritten);
  return { ottl, hand };
}

function conditionBench(): { ottl: number; cel: number } {
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
  // cel-js gets its activations prepared beforehand (not timed): plain objects, its natural input.
  const activations = sl.logRecords.map((r) => ({ attributes: toObject(r.attributes), resource }));
  let hitsA = 0;
  let hitsB = 0;
  const ottl = Math.min(
    ...[0, 1, 2, 3, 4].map(() =>
      time(() => {
        hitsA = 0;
        for (const r of sl.logRecords) {
          ctx.log = r;
          if (test(ctx)) hitsA++;
        }
      }),
    ),
  );
  const cel = Math.min(
    ...[0, 1, 2].map(() =>
      time(() => {
        hitsB = 0;
        for (const act of activations) if (celExpr(act) === true) hitsB++;
      }),
    ),
  );
  if (hitsA !== hitsB) throw new Error(`condition results differ: ${hitsA} vs ${hitsB}`);
  return { ottl, cel };
}

const p = pipelineBench();
console.log(
  `pipeline (10 statements, ${RECORDS} log records): ottl ${p.ottl.toFixed(1)} ms, hand-written ${p.hand.toFixed(1)} ms, ratio ${(p.ottl / p.hand).toFixed(2)}x`,
);
const c = conditionBench();
console.log(
  `condition (${RECORDS} records): ottl ${c.ottl.toFixed(1)} ms, cel-js ${c.cel.toFixed(1)} ms, ottl is ${(c.cel / c.ottl).toFixed(1)}x faster`,
);
