/**
 * Micro-benchmarks of the hottest built-ins, called directly (no statement around them): each
 * function's per-call cost after its compile-time work, against the same work hand-written with
 * Node's own facilities (crypto, String, JSON, RegExp on this fixed pattern).
 *
 *     npm run build && node dist/bench/functions.js [--quick]
 */
import { createHash } from 'node:crypto';
import { Concat } from '../src/functions/concat.js';
import { ExtractPatterns } from '../src/functions/extract_patterns.js';
import { FNV } from '../src/functions/fnv.js';
import { MD5 } from '../src/functions/md5.js';
import { ParseJSON } from '../src/functions/parse_json.js';
import { replace_pattern } from '../src/functions/replace_pattern.js';
import { SHA256 } from '../src/functions/sha256.js';
import type { AnyFunctionDefinition } from '../src/functions/signature.js';
import { Split } from '../src/functions/split.js';
import { XXH3 } from '../src/functions/xxh3.js';
import { EvalContext } from '../src/core/eval-context.js';
import { compileFunction, pathBox, type ArgInputs } from '../src/testing/index.js';
import type { Value } from '../src/core/values/types.js';
import { canonical, compare, formatTable, quickMode, type BenchOptions, type Row } from './harness.js';

/** ~100 bytes of log-like text. */
const TEXT_100 = 'GET /api/v1/orders/12345?user=alice&session=9f8e7d6c status=200 duration=23ms bytes=5120 cache=hit ok';

/** A ~1 kB JSON object of the kind found in log bodies (numbers are Doubles, as ParseJSON gives them). */
const JSON_1K = JSON.stringify({
  timestamp: '2024-05-01T12:34:56.789Z',
  level: 'info',
  message: 'request completed',
  http: { method: 'POST', route: '/api/v1/orders/{id}', status_code: 201, duration_ms: 12.5, user_agent: 'Mozilla/5.0 (X11; Linux x86_64)' },
  user: { id: 'u-1234567', roles: ['admin', 'billing', 'support'], email: 'alice@example.com' },
  order: { id: 987654321, items: [{ sku: 'A-1', qty: 2, price: 9.99 }, { sku: 'B-22', qty: 1, price: 149.5 }, { sku: 'C-333', qty: 10, price: 0.5 }] },
  trace: { trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7', sampled: true },
  tags: ['checkout', 'eu-west-1', 'canary', 'v2.3.1'],
  extra: { retries: 0, cache_hit: false, region: 'eu-west-1', az: 'eu-west-1b', pod: 'checkout-7d9f8b6c5-xk2lp', notes: null },
  padding: 'x'.repeat(300),
});

interface FunctionBench {
  readonly name: string;
  readonly def: AnyFunctionDefinition;
  readonly args: ArgInputs;
  /** Runs before each call (e.g. restores an editor's target); returns what the call produced. */
  readonly reset?: () => void;
  /** What the call produced, when it edits a target instead of returning. */
  readonly produced?: (returned: Value) => Value;
  /** The same work by hand; `null` when Node has no ready equivalent. */
  readonly hand: (() => Value) | null;
}

/** A getter that is not a literal, so no work can be done at compile time. */
const perRecord = (v: Value) => (): Value => v;

/** JSON as OTTL values: objects become Maps, numbers Doubles. */
function jsonValue(v: unknown): Value {
  if (Array.isArray(v)) return v.map(jsonValue);
  if (v !== null && typeof v === 'object') {
    const m = new Map<string, Value>();
    for (const k of Object.keys(v)) m.set(k, jsonValue((v as Record<string, unknown>)[k]));
    return m;
  }
  return v as Value;
}

/** FNV-1a 64 as an int64, the obvious way. */
function fnvByHand(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(s)) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return BigInt.asIntN(64, h);
}

const target = pathBox(TEXT_100);

const benches: FunctionBench[] = [
  {
    name: 'replace_pattern (capture-group template, 6 matches)',
    def: replace_pattern,
    args: { target, regex_pattern: '(\\w+)=(\\w+)', replacement: '$2<-$1' },
    reset: () => (target.value = TEXT_100),
    produced: () => target.value,
    hand: () => TEXT_100.replace(/(\w+)=(\w+)/g, '$2<-$1'),
  },
  // The literal prefilter's case: " action=" is required and absent, so the regex is not run.
  {
    name: `ExtractPatterns (no match, ${JSON_1K.length}-byte text)`,
    def: ExtractPatterns,
    args: { target: perRecord(JSON_1K), pattern: 'user=(?P<user>\\w+) action=(?P<action>\\w+)' },
    hand: () => new Map(),
  },
  { name: `ParseJSON (${JSON_1K.length}-byte object)`, def: ParseJSON, args: { target: perRecord(JSON_1K) }, hand: () => jsonValue(JSON.parse(JSON_1K)) },
  { name: `SHA256 (${TEXT_100.length}-byte string)`, def: SHA256, args: { target: perRecord(TEXT_100) }, hand: () => createHash('sha256').update(TEXT_100).digest('hex') },
  { name: `MD5 (${TEXT_100.length}-byte string)`, def: MD5, args: { target: perRecord(TEXT_100) }, hand: () => createHash('md5').update(TEXT_100).digest('hex') },
  { name: `FNV (${TEXT_100.length}-byte string)`, def: FNV, args: { target: perRecord(TEXT_100) }, hand: () => fnvByHand(TEXT_100) },
  { name: `XXH3 (${TEXT_100.length}-byte string)`, def: XXH3, args: { target: perRecord(TEXT_100) }, hand: null },
  { name: 'Split (on " ", 7 fields)', def: Split, args: { target: perRecord(TEXT_100), delimiter: ' ' }, hand: () => TEXT_100.split(' ') },
  {
    name: 'Concat (5 values)',
    def: Concat,
    args: { vals: (['order', 12345n, 'eu-west-1', true, 12.5] as Value[]).map(perRecord), delimiter: '|' },
    hand: () => ['order', 12345n, 'eu-west-1', true, 12.5].map(String).join('|'),
  },
];

function row(b: FunctionBench, calls: number, rounds: number): Row {
  const invoke = compileFunction(b.def, b.args).invoke;
  const ctx = new EvalContext();
  const reset = b.reset ?? ((): void => undefined);
  const produced = b.produced ?? ((v: Value): Value => v);
  const hand = b.hand;
  return compare(
    {
      group: 'function',
      name: b.name,
      unit: `${calls.toLocaleString('en-US')} calls`,
      subject: {
        label: 'ottl',
        prepare: () => calls,
        run: (n: number) => {
          let last: Value = null;
          for (let i = 0; i < n; i++) {
            reset();
            last = produced(invoke(ctx));
          }
          return last;
        },
      },
      baseline:
        hand === null
          ? null
          : {
              label: 'hand-written TS',
              prepare: () => calls,
              run: (n: number) => {
                let last: Value = null;
                for (let i = 0; i < n; i++) last = hand();
                return last;
              },
            },
      ...(hand === null ? { skipNote: 'no equivalent in Node' } : {}),
      check: (a, h) => (canonical(a.output, true) === canonical(h.output, true) ? null : `${canonical(a.output, true)} vs ${canonical(h.output, true)}`),
    },
    rounds,
  );
}

/** The built-in function benchmarks. */
export function benchmarks(opts: BenchOptions): Row[] {
  return benches.map((b) => row(b, opts.quick ? 200 : 20_000, opts.quick ? 2 : 9));
}

if (process.argv[1]?.endsWith('/bench/functions.js')) console.log(formatTable(benchmarks({ quick: quickMode() })));
