/**
 * Micro-benchmarks of the hottest built-ins, called directly (no statement around them): the
 * per-record cost of each function's invocation, after its compile-time work. Prints calls per
 * second for each.
 *
 *     npx tsc -p tsconfig.build.json && node dist/bench/functions.js [milliseconds per function]
 */
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

const MS = Number(process.argv[2] ?? 1000);

/** ~100 bytes of log-like text. */
const TEXT_100 = 'GET /api/v1/orders/12345?user=alice&session=9f8e7d6c status=200 duration=23ms bytes=5120 cache=hit ok';

/** A ~1 kB JSON object of the kind found in log bodies. */
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

interface Bench {
  readonly name: string;
  readonly def: AnyFunctionDefinition;
  readonly args: ArgInputs;
  /** Runs before each call (e.g. restores an editor's target). */
  readonly reset?: () => void;
}

/** A getter that is not a literal, so no work can be done at compile time. */
const perRecord = (v: Value) => (): Value => v;

const target = pathBox(TEXT_100);

const benches: Bench[] = [
  {
    name: 'replace_pattern (capture-group template, 6 matches)',
    def: replace_pattern,
    args: { target, regex_pattern: '(\\w+)=(\\w+)', replacement: '$2<-$1' },
    reset: () => (target.value = TEXT_100),
  },
  // The literal prefilter's case: " action=" is required and absent, so the regex is not run.
  {
    name: `ExtractPatterns (no match, ${JSON_1K.length}-byte text)`,
    def: ExtractPatterns,
    args: { target: perRecord(JSON_1K), pattern: 'user=(?P<user>\\w+) action=(?P<action>\\w+)' },
  },
  { name: `ParseJSON (${JSON_1K.length}-byte object)`, def: ParseJSON, args: { target: perRecord(JSON_1K) } },
  { name: `SHA256 (${TEXT_100.length}-byte string)`, def: SHA256, args: { target: perRecord(TEXT_100) } },
  { name: `MD5 (${TEXT_100.length}-byte string)`, def: MD5, args: { target: perRecord(TEXT_100) } },
  { name: `FNV (${TEXT_100.length}-byte string)`, def: FNV, args: { target: perRecord(TEXT_100) } },
  { name: `XXH3 (${TEXT_100.length}-byte string)`, def: XXH3, args: { target: perRecord(TEXT_100) } },
  { name: 'Split (on " ", 7 fields)', def: Split, args: { target: perRecord(TEXT_100), delimiter: ' ' } },
  { name: 'Concat (5 values)', def: Concat, args: { vals: perRecord(['order', 12345n, 'eu-west-1', true, 12.5]), delimiter: '|' } },
];

let sink = 0;

function consume(v: Value): void {
  sink += typeof v === 'string' ? v.length : v instanceof Map || Array.isArray(v) ? 1 : 0;
}

function run(b: Bench): number {
  const invoke = compileFunction(b.def, b.args).invoke;
  const ctx = new EvalContext();
  const reset = b.reset ?? (() => undefined);
  const step = (n: number) => {
    for (let i = 0; i < n; i++) {
      reset();
      consume(invoke(ctx));
    }
  };
  const warmupEnd = performance.now() + Math.min(300, MS / 2);
  while (performance.now() < warmupEnd) step(100);
  let calls = 0;
  const start = performance.now();
  const end = start + MS;
  while (performance.now() < end) {
    step(100);
    calls += 100;
  }
  return calls / ((performance.now() - start) / 1000);
}

const width = Math.max(...benches.map((b) => b.name.length));
for (const b of benches) {
  const perSecond = Math.round(run(b));
  process.stdout.write(`${b.name.padEnd(width)}  ${perSecond.toLocaleString('en-US').padStart(12)} calls/s\n`);
}
if (sink < 0) process.stdout.write('unreachable\n');
