/**
 * The model's layout, measured: alternatives for attribute maps and int64 that keep exactness and
 * key order, each run on the compound condition and on a pipeline-like workload (conditional sets,
 * deletes, keep-keys, Int arithmetic, a string edit). Nothing in src/ uses these layouts; this file
 * only measures them.
 *
 * Each variant runs in its own child process, so every call site sees a single layout (as it would
 * if the model adopted it) and no variant pays for another's type feedback. The baseline of every
 * row is the model's own layout (`Map` + `bigint`); every variant must produce the same hit count and
 * the same final attributes (compared as typed, unordered entries) as that baseline.
 *
 *     npm run build && node dist/bench/layout.js [--quick]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { formatTable, measured, quickMode, type BenchOptions, type Row } from './harness.js';

/** A scalar attribute value in the layouts measured (what the workloads touch). */
type Scalar = string | bigint | number | boolean;

/** An exact Int for the layouts that keep safe-range Ints as numbers: a tagged box. */
class IntBox {
  constructor(readonly n: number) {}
}

/** Attribute access, implemented once per layout; `I` is how the layout stores an Int. */
interface Layout<M> {
  readonly name: string;
  readonly description: string;
  /** Builds a map from decoded entries (keys fresh strings, as a decoder produces them). */
  make(entries: readonly [string, Scalar][]): M;
  /** The string value at `k`, or undefined. */
  getString(m: M, k: string): string | undefined;
  /** The Int value at `k` as a number when it is an Int (safe range here), or undefined. */
  intAtLeast(m: M, k: string, bound: number): boolean;
  /** Adds `delta` to the Int at `k` (exact int64 arithmetic). */
  addInt(m: M, k: string, delta: number): void;
  set(m: M, k: string, v: Scalar): void;
  delete(m: M, k: string): void;
  keepOnly(m: M, keep: ReadonlySet<string>): void;
  /** Typed entries, for the result check. */
  entries(m: M): [string, string][];
}

const typed = (v: unknown): string =>
  typeof v === 'bigint' ? `int:${v}` : v instanceof IntBox ? `int:${v.n}` : typeof v === 'number' ? `double:${v}` : `${typeof v}:${String(v)}`;

/** The model's layout today: `Map<string, Value>`, Ints as `bigint`. */
const mapBigint: Layout<Map<string, Scalar>> = {
  name: 'map+bigint',
  description: 'Map, Int as bigint (the model today)',
  make: (e) => new Map(e.map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v])),
  getString: (m, k) => {
    const v = m.get(k);
    return typeof v === 'string' ? v : undefined;
  },
  intAtLeast: (m, k, bound) => {
    const v = m.get(k);
    return typeof v === 'bigint' && v >= BigInt(bound);
  },
  addInt: (m, k, d) => {
    const v = m.get(k);
    if (typeof v === 'bigint') m.set(k, BigInt.asIntN(64, v + BigInt(d)));
  },
  set: (m, k, v) => void m.set(k, v),
  delete: (m, k) => void m.delete(k),
  keepOnly: (m, keep) => {
    for (const k of m.keys()) if (!keep.has(k)) m.delete(k);
  },
  entries: (m) => [...m].map(([k, v]) => [k, typed(v)]),
};

/** `Map`, Ints in the safe range as a boxed number (exact: the box is the type tag). */
const mapIntBox: Layout<Map<string, Scalar | IntBox>> = {
  name: 'map+intbox',
  description: 'Map, safe-range Int as a number in a tag box',
  make: (e) => new Map(e.map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? new IntBox(v) : v])),
  getString: (m, k) => {
    const v = m.get(k);
    return typeof v === 'string' ? v : undefined;
  },
  intAtLeast: (m, k, bound) => {
    const v = m.get(k);
    return v instanceof IntBox && v.n >= bound;
  },
  addInt: (m, k, d) => {
    const v = m.get(k);
    // A real model would fall back to bigint outside the safe range; the data here stays inside.
    if (v instanceof IntBox) m.set(k, new IntBox(v.n + d));
  },
  set: (m, k, v) => void m.set(k, v),
  delete: (m, k) => void m.delete(k),
  keepOnly: (m, keep) => {
    for (const k of m.keys()) if (!keep.has(k)) m.delete(k);
  },
  entries: (m) => [...m].map(([k, v]) => [k, typed(v)]),
};

/** pdata-style: parallel key and value arrays, linear scan. */
class KV {
  keys: string[] = [];
  vals: Scalar[] = [];
  /** Type tags (only used by the tagged layout): 0 other, 1 Int held as a number, 2 Int as bigint, 3 Double. */
  tags: number[] = [];
  find(k: string): number {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === k) return i;
    return -1;
  }
  remove(i: number): void {
    this.keys.splice(i, 1);
    this.vals.splice(i, 1);
    this.tags.splice(i, 1);
  }
}

const TAG_OTHER = 0;
const TAG_INT = 1;
const TAG_DOUBLE = 3;

function kvLayout(name: string, description: string, intern: boolean, tagged: boolean): Layout<KV> {
  const table = new Map<string, string>();
  const key = (k: string): string => {
    if (!intern) return k;
    let s = table.get(k);
    if (s === undefined) table.set(k, (s = k));
    return s;
  };
  return {
    name,
    description,
    make: (e) => {
      const m = new KV();
      for (const [k, v] of e) {
        m.keys.push(key(k));
        const isInt = typeof v === 'number' && Number.isInteger(v);
        m.vals.push(isInt && !tagged ? BigInt(v) : v);
        m.tags.push(!tagged ? TAG_OTHER : isInt ? TAG_INT : typeof v === 'number' ? TAG_DOUBLE : TAG_OTHER);
      }
      return m;
    },
    getString: (m, k) => {
      const i = m.find(k);
      const v = i < 0 ? undefined : m.vals[i];
      return typeof v === 'string' ? v : undefined;
    },
    intAtLeast: tagged
      ? (m, k, bound) => {
          const i = m.find(k);
          return i >= 0 && m.tags[i] === TAG_INT && (m.vals[i] as number) >= bound;
        }
      : (m, k, bound) => {
          const i = m.find(k);
          const v = i < 0 ? undefined : m.vals[i];
          return typeof v === 'bigint' && v >= BigInt(bound);
        },
    addInt: tagged
      ? (m, k, d) => {
          const i = m.find(k);
          if (i >= 0 && m.tags[i] === TAG_INT) m.vals[i] = (m.vals[i] as number) + d;
        }
      : (m, k, d) => {
          const i = m.find(k);
          const v = i < 0 ? undefined : m.vals[i];
          if (typeof v === 'bigint') m.vals[i] = BigInt.asIntN(64, v + BigInt(d));
        },
    set: (m, k, v) => {
      const i = m.find(k);
      const tag = tagged && typeof v === 'number' ? TAG_DOUBLE : TAG_OTHER;
      if (i >= 0) {
        m.vals[i] = v;
        m.tags[i] = tag;
      } else {
        m.keys.push(key(k));
        m.vals.push(v);
        m.tags.push(tag);
      }
    },
    delete: (m, k) => {
      const i = m.find(k);
      if (i >= 0) m.remove(i);
    },
    keepOnly: (m, keep) => {
      for (let i = m.keys.length - 1; i >= 0; i--) if (!keep.has(m.keys[i])) m.remove(i);
    },
    entries: (m) =>
      m.keys.map((k, i) => [k, tagged && m.tags[i] === TAG_INT ? `int:${m.vals[i] as number}` : typed(m.vals[i])]),
  };
}

/** The floor, not a candidate: plain objects and numbers (reorders integer-like keys; Int and Double alike). */
const objectNumber: Layout<Record<string, Scalar>> = {
  name: 'object+number',
  description: 'plain object, numbers (inexact, reorders keys: reference only)',
  make: (e) => {
    const o: Record<string, Scalar> = {};
    for (const [k, v] of e) o[k] = v;
    return o;
  },
  getString: (m, k) => {
    const v = m[k];
    return typeof v === 'string' ? v : undefined;
  },
  intAtLeast: (m, k, bound) => {
    const v = m[k];
    return typeof v === 'number' && v >= bound;
  },
  addInt: (m, k, d) => {
    const v = m[k];
    if (typeof v === 'number') m[k] = v + d;
  },
  set: (m, k, v) => void (m[k] = v),
  delete: (m, k) => void delete m[k],
  keepOnly: (m, keep) => {
    for (const k of Object.keys(m)) if (!keep.has(k)) delete m[k];
  },
  // Ints and Doubles cannot be told apart: report what the other layouts would hold.
  entries: (m) => Object.entries(m).map(([k, v]) => [k, typeof v === 'number' && k === 'http.status_code' ? `int:${v}` : typed(v)]),
};

const LAYOUTS = {
  'map+bigint': mapBigint,
  'map+intbox': mapIntBox,
  'kv+bigint': kvLayout('kv+bigint', 'key/value arrays, linear scan, Int as bigint', false, false),
  'kv+interned+bigint': kvLayout('kv+interned+bigint', 'key/value arrays, interned keys, Int as bigint', true, false),
  'kv+interned+tagged': kvLayout('kv+interned+tagged', 'key/value arrays, interned keys, safe Int as number + tag array', true, true),
  'object+number': objectNumber,
} as const;

type LayoutName = keyof typeof LAYOUTS;

/** A decoded key: a fresh string with the same text (a decoder does not hand out literals). */
const fresh = (k: string): string => (' ' + k).slice(1);

function records<M>(layout: Layout<M>, n: number): { attrs: M[]; resource: M } {
  const attrs: M[] = [];
  for (let i = 0; i < n; i++) {
    attrs.push(
      layout.make([
        [fresh('http.method'), i % 2 ? 'GET' : 'POST'],
        [fresh('http.status_code'), i % 10 === 0 ? 503 : 200],
        [fresh('user.id'), `user-${i % 1000}`],
        [fresh('customer'), i % 3 === 0 ? 'acme' : 'globex'],
        [fresh('password'), 'hunter2'],
        [fresh('message'), `payment for order ${i} with card=4111111111111111 accepted, session details follow in a long trailing text`],
        [fresh('session'), `s-${i}`],
        [fresh('duration'), (i % 1000) + 0.5],
        [fresh('internal.debug'), 'x'],
      ]),
    );
  }
  return { attrs, resource: layout.make([[fresh('service.name'), 'checkout']]) };
}

const KEEP = new Set(['http.method', 'http.status_code', 'user.id', 'customer', 'tier', 'message', 'session', 'duration']);

function condition<M>(layout: Layout<M>, attrs: readonly M[], resource: M): number {
  let hits = 0;
  for (let i = 0; i < attrs.length; i++) {
    if (layout.intAtLeast(attrs[i], 'http.status_code', 500) && layout.getString(resource, 'service.name') === 'checkout') hits++;
  }
  return hits;
}

function pipeline<M>(layout: Layout<M>, attrs: readonly M[]): void {
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i];
    if (layout.getString(a, 'customer') === 'acme') layout.set(a, 'tier', 'gold');
    layout.delete(a, 'password');
    layout.keepOnly(a, KEEP);
    if (layout.intAtLeast(a, 'http.status_code', 500)) layout.set(a, 'error', true);
    layout.addInt(a, 'http.status_code', 1);
    const m = layout.getString(a, 'message');
    if (m !== undefined && m.length > 64) layout.set(a, 'message', m.slice(0, 64));
    const u = layout.getString(a, 'user.id');
    if (u !== undefined) layout.set(a, 'user.len', u.length);
    layout.delete(a, 'user.id');
  }
}

function cpu(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** Child process: one layout, both workloads; prints timings and a digest of the results. */
function child<M>(layout: Layout<M>, n: number, rounds: number): void {
  const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});
  const data = records(layout, n);
  const cond: number[] = [];
  let hits = 0;
  for (let r = 0; r < rounds * 3; r++) cond.push(cpu(() => (hits = condition(layout, data.attrs, data.resource))));
  const pipe: number[] = [];
  let last = data.attrs;
  for (let r = 0; r < rounds; r++) {
    const d = records(layout, n);
    gc();
    pipe.push(cpu(() => pipeline(layout, d.attrs)));
    last = d.attrs;
  }
  const digest = createHash('sha256');
  for (const a of last) {
    const e = layout.entries(a).map(([k, v]) => `${k}=${v}`);
    digest.update(e.sort().join('|') + '\n');
  }
  process.stdout.write(JSON.stringify({ cond, pipe, hits, digest: digest.digest('hex') }));
}

interface ChildResult {
  cond: number[];
  pipe: number[];
  hits: number;
  digest: string;
}

function runChild(name: LayoutName, n: number, rounds: number): ChildResult {
  const res = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--layout', name, String(n), String(rounds)], {
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`layout ${name} failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as ChildResult;
}

/** Every layout on both workloads, against the model's layout. */
export function benchmarks(opts: BenchOptions): Row[] {
  const n = opts.quick ? 1_000 : 100_000;
  const rounds = opts.quick ? 2 : 7;
  const base = runChild('map+bigint', n, rounds);
  const rows: Row[] = [];
  for (const name of Object.keys(LAYOUTS) as LayoutName[]) {
    const r = name === 'map+bigint' ? base : runChild(name, n, rounds);
    const desc = LAYOUTS[name].description;
    const unit = `${n.toLocaleString('en-US')} records`;
    const condSame = r.hits === base.hits;
    const pipeSame = r.digest === base.digest;
    rows.push(
      measured({
        group: 'layout',
        name: `condition: ${desc}`,
        unit,
        subject: { label: name, times: r.cond },
        baseline: { label: 'map+bigint', times: base.cond },
        same: condSame,
        ...(condSame ? {} : { mismatch: `hits ${r.hits} vs ${base.hits}` }),
      }),
      measured({
        group: 'layout',
        name: `pipeline-like: ${desc}`,
        unit,
        subject: { label: name, times: r.pipe },
        baseline: { label: 'map+bigint', times: base.pipe },
        same: pipeSame,
        ...(pipeSame ? {} : { mismatch: 'final attributes differ' }),
      }),
    );
  }
  return rows;
}

const at = process.argv.indexOf('--layout');
if (at >= 0) child(LAYOUTS[process.argv[at + 1] as LayoutName] as Layout<unknown>, Number(process.argv[at + 2]), Number(process.argv[at + 3]));
else if (process.argv[1]?.endsWith('/bench/layout.js')) console.log(formatTable(benchmarks({ quick: quickMode() })));
