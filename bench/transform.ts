/**
 * Benchmark: a realistic 10-statement log pipeline, compiled OTTL vs hand-written TypeScript doing
 * the same edits on the same model; and the compound condition, OTTL vs hand-written on the same
 * model vs cel-js (on its prepared plain objects, and building them from the model).
 *
 *   npm run build && node --expose-gc dist/bench/transform.js [--quick]
 */
import { createHash } from 'node:crypto';
import { parse as celParse } from '@marcbachmann/cel-js';
import { RE2JS } from 're2js';
import { newLogRecord, newResource, newScope, type LogRecord, type LogsData } from '../src/core/model.js';
import { EvalContext } from '../src/core/eval-context.js';
import { compileCondition } from '../src/engine/rules/standalone.js';
import { TransformProcessor } from '../src/engine/transform/processor.js';
import type { Value, ValueMap } from '../src/core/values/types.js';
import { canonical, compare, firstDifference, formatTable, quickMode, type BenchOptions, type Row } from './harness.js';

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

/** The condition benchmarked, as OTTL (log context) and as CEL. */
export const CONDITION = 'log.attributes["http.status_code"] >= 500 and resource.attributes["service.name"] == "checkout"';
const CEL_CONDITION = 'attributes["http.status_code"] >= 500 && resource.attributes["service.name"] == "checkout"';

/** `n` log records of the kind a service emits, under one resource and scope. */
export function makeLogs(n: number): LogsData {
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

/** Passes over the records per timed condition run. */
const PASSES = 5;

const KEEP = new Set(['http.method', 'http.status_code', 'user.id', 'customer', 'tier', 'message', 'session']);

/**
 * The same edits written by hand against the model. The regex runs on RE2 (re2js) as in OTTL: user
 * patterns never go to JS RegExp, so a hand-written processor would pay for the same engine (the
 * engine's own cost against RegExp shows in bench/functions.ts).
 */
export function handWritten(data: LogsData): void {
  const card = RE2JS.compile('card=\\d+');
  for (const rl of data.resourceLogs) {
    for (const sl of rl.scopeLogs) {
      for (const r of sl.logRecords) {
        const ra = rl.resource.attributes;
        if (ra.get('service.name') === 'checkout') ra.set('deployment.environment', 'prod');
        const a = r.attributes;
        if (a.get('customer') === 'acme') a.set('tier', 'gold');
        if (r.severityNumber >= 17) r.severityText = 'ERROR';
        a.delete('password');
        for (const k of a.keys()) if (!KEEP.has(k)) a.delete(k);
        const m = a.get('message');
        if (typeof m === 'string') a.set('message', card.matcher(m).replaceAll('card=****'));
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

/** Every record and resource of `data` as canonical text, maps compared without their order. */
export function logsText(data: LogsData): string[] {
  const out: string[] = [];
  for (const rl of data.resourceLogs) {
    out.push(canonical(rl.resource));
    for (const sl of rl.scopeLogs) for (const r of sl.logRecords) out.push(canonical(r));
  }
  return out;
}

/** The hand-written condition on the model: an Int or Double status and a string service name. */
function handCondition(r: LogRecord, resourceAttributes: ValueMap): boolean {
  const s = r.attributes.get('http.status_code');
  const high = typeof s === 'bigint' ? s >= 500n : typeof s === 'number' && s >= 500;
  return high && resourceAttributes.get('service.name') === 'checkout';
}

function pipeline(records: number, rounds: number): Row {
  const processor = TransformProcessor.fromText(PIPELINE, 'bench.yaml');
  return compare<LogsData, LogsData>(
    {
      group: 'transform',
      name: '10-statement log pipeline',
      unit: `${records.toLocaleString('en-US')} records`,
      subject: { label: 'ottl', prepare: () => makeLogs(records), run: (d) => processor.processLogs(d) },
      baseline: { label: 'hand-written TS', prepare: () => makeLogs(records), run: handWritten },
      check: (a, b) => firstDifference(logsText(a.input), logsText(b.input)),
      target: '<= 1.25x',
    },
    rounds,
  );
}

function conditions(records: number, rounds: number): Row[] {
  const data = makeLogs(records);
  const rl = data.resourceLogs[0];
  const sl = rl.scopeLogs[0];
  const test = compileCondition(CONDITION, { context: 'log' });
  const ctx = new EvalContext();
  ctx.resource = rl.resource;
  ctx.scope = sl.scope;
  const celExpr = celParse(CEL_CONDITION);
  const toObject = (m: ValueMap): Record<string, Value> => Object.fromEntries([...m].map(([k, v]) => [k, v]));
  const resource = { attributes: toObject(rl.resource.attributes) };
  // cel-js's best case: its activations built beforehand (not timed), plain objects.
  const activations = sl.logRecords.map((r) => ({ attributes: toObject(r.attributes), resource }));
  // Several passes per timed run, so that each run lasts long enough for the CPU clock.
  const ottl = {
    label: 'ottl',
    prepare: () => sl.logRecords,
    run: (records: LogRecord[]): number => {
      let hits = 0;
      for (let p = 0; p < PASSES; p++) {
        for (const r of records) {
          ctx.log = r;
          if (test(ctx)) hits++;
        }
      }
      return hits;
    },
  };
  const handOnModel = {
    label: 'hand-written TS',
    prepare: () => sl.logRecords,
    run: (records: LogRecord[]): number => {
      let hits = 0;
      const ra = rl.resource.attributes;
      for (let p = 0; p < PASSES; p++) for (const r of records) if (handCondition(r, ra)) hits++;
      return hits;
    },
  };
  const celPrepared = {
    label: 'cel-js (prepared)',
    prepare: () => activations,
    run: (acts: typeof activations): number => {
      let hits = 0;
      for (let p = 0; p < PASSES; p++) for (const act of acts) if (celExpr(act) === true) hits++;
      return hits;
    },
  };
  const sameCount = (a: { output: unknown }, b: { output: unknown }): string | null =>
    a.output === b.output ? null : `hit counts differ: ${String(a.output)} vs ${String(b.output)}`;
  const unit = `${PASSES} x ${records.toLocaleString('en-US')} records`;
  return [
    compare(
      {
        group: 'condition',
        name: 'status >= 500 and service == "checkout"',
        unit,
        subject: ottl,
        baseline: handOnModel,
        check: sameCount,
        gcBefore: false,
        target: '<= 1.3x',
      },
      rounds,
    ),
    compare(
      {
        group: 'condition',
        name: 'same, vs cel-js on prepared objects',
        unit,
        subject: ottl,
        baseline: celPrepared,
        check: sameCount,
        gcBefore: false,
        target: '<= 0.1x',
      },
      rounds,
    ),
    // What any compiler on this model can reach: the hand-written code against the same cel-js run.
    compare(
      {
        group: 'condition',
        name: 'bound: hand-written TS on the model vs cel-js on prepared objects',
        unit,
        subject: handOnModel,
        baseline: celPrepared,
        check: sameCount,
        gcBefore: false,
      },
      rounds,
    ),
    compare(
      {
        group: 'condition',
        name: 'same, vs cel-js building its input from the model',
        unit,
        subject: ottl,
        baseline: {
          label: 'cel-js (from model)',
          prepare: () => sl.logRecords,
          run: (records: LogRecord[]) => {
            let hits = 0;
            for (let p = 0; p < PASSES; p++) {
              for (const r of records) if (celExpr({ attributes: toObject(r.attributes), resource }) === true) hits++;
            }
            return hits;
          },
        },
        check: sameCount,
        gcBefore: false,
      },
      rounds,
    ),
  ];
}

/** The transform benchmarks: the pipeline and the condition. */
export function benchmarks(opts: BenchOptions): Row[] {
  const records = opts.quick ? 1_000 : 100_000;
  return [pipeline(records, opts.quick ? 2 : 9), ...conditions(records, opts.quick ? 3 : 15)];
}

if (process.argv[1]?.endsWith('/bench/transform.js')) console.log(formatTable(benchmarks({ quick: quickMode() })));
