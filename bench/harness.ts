/**
 * The benchmark harness: every benchmark times a subject against its baseline in the same run,
 * interleaved round by round on fresh input, and checks that both produced the same result before
 * any timing counts. A disagreement is an error (the runner exits non-zero); timings never are.
 */

/** One side of a comparison: builds its input (not timed), then does the work (timed). */
export interface Side<I = unknown> {
  readonly label: string;
  /** Fresh input for one round; not timed. */
  readonly prepare: () => I;
  /** The timed work; returns what the check compares (or nothing when `check` needs only the input). */
  readonly run: (input: I) => unknown;
}

/** A subject and its baseline doing the same work. */
export interface Comparison<A = unknown, B = unknown> {
  readonly group: string;
  readonly name: string;
  /** What one timing covers, e.g. "100,000 records". */
  readonly unit: string;
  readonly subject: Side<A>;
  /** `null` when the baseline is unavailable; `skipNote` says why. */
  readonly baseline: Side<B> | null;
  readonly skipNote?: string;
  /**
   * Compares both sides' results of one round (run output and the input each side worked on);
   * returns a description of the first difference, or `null` when they agree.
   */
  readonly check: (subject: { input: A; output: unknown }, baseline: { input: B; output: unknown }) => string | null;
  /** Target ratio (subject / baseline), for information only: never gated. */
  readonly target?: string;
  /**
   * Whether to collect garbage before each timed run (default true). Off for work that allocates
   * nothing: the collector's concurrent threads would add their CPU time to a short run.
   */
  readonly gcBefore?: boolean;
}

/** A timing summary in milliseconds (CPU time of this process unless a row's note says otherwise). */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** One line of the results table. */
export interface Row {
  readonly group: string;
  readonly name: string;
  readonly unit: string;
  readonly subject: { readonly label: string } & Timing;
  readonly baseline: ({ readonly label: string } & Timing) | null;
  /** subject median / baseline median. */
  readonly ratio: number | null;
  readonly target?: string;
  readonly note?: string;
  /** Whether both sides produced the same result (`true` when there is no baseline to compare). */
  readonly same: boolean;
  readonly mismatch?: string;
  /** Figures that are not timings (peak RSS, longest event-loop block…), printed under the table. */
  readonly extras?: Readonly<Record<string, string | number>>;
}

/** Options every benchmark module receives from the runner. */
export interface BenchOptions {
  /** Seconds in total instead of minutes: small inputs, few rounds. */
  readonly quick: boolean;
}

/** Whether the quick mode was requested (`BENCH_QUICK=1` or `--quick`). */
export function quickMode(argv: readonly string[] = process.argv): boolean {
  return process.env.BENCH_QUICK === '1' || argv.includes('--quick');
}

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

/**
 * Milliseconds of CPU (user + system) this process spent in `fn`: steadier than wall time when
 * other processes share the machine, and the same figure for the single-threaded work measured here.
 */
export function cpuTime<T>(fn: () => T): { ms: number; result: T } {
  const c0 = process.cpuUsage();
  const result = fn();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, result };
}

function summarize(times: number[]): Timing {
  const t = [...times].sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], min: t[0], max: t[t.length - 1] };
}

/** Runs `rounds` interleaved rounds of both sides; the first round's results are checked. */
export function compare<A, B>(c: Comparison<A, B>, rounds: number): Row {
  const st: number[] = [];
  const bt: number[] = [];
  let mismatch: string | null = null;
  const base = c.baseline;
  const collect = c.gcBefore === false ? (): void => {} : gc;
  for (let i = 0; i < rounds; i++) {
    const a = c.subject.prepare();
    collect();
    const { ms: aMs, result: aOut } = cpuTime(() => c.subject.run(a));
    st.push(aMs);
    if (base === null) continue;
    const b = base.prepare();
    collect();
    const { ms: bMs, result: bOut } = cpuTime(() => base.run(b));
    bt.push(bMs);
    if (i === 0) {
      mismatch = c.check({ input: a, output: aOut }, { input: b, output: bOut });
      if (mismatch !== null) break;
    }
  }
  const s = summarize(st);
  const b = c.baseline === null || bt.length === 0 ? null : summarize(bt);
  return {
    group: c.group,
    name: c.name,
    unit: c.unit,
    subject: { label: c.subject.label, ...s },
    baseline: b === null || c.baseline === null ? null : { label: c.baseline.label, ...b },
    ratio: b === null ? null : s.median / b.median,
    ...(c.target === undefined ? {} : { target: c.target }),
    ...(c.skipNote === undefined ? {} : { note: c.skipNote }),
    same: mismatch === null,
    ...(mismatch === null ? {} : { mismatch }),
  };
}

/** A row for a single measured figure with no baseline (e.g. a latency), given in milliseconds. */
export function single(group: string, name: string, unit: string, label: string, times: number[], note?: string): Row {
  return {
    group,
    name,
    unit,
    subject: { label, ...summarize(times) },
    baseline: null,
    ratio: null,
    ...(note === undefined ? {} : { note }),
    same: true,
  };
}

/** A row for a comparison whose timings were taken elsewhere (e.g. child processes). */
export function measured(
  fields: Omit<Row, 'subject' | 'baseline' | 'ratio'> & {
    subject: { label: string; times: number[] };
    baseline: { label: string; times: number[] } | null;
  },
): Row {
  const s = summarize(fields.subject.times);
  const b = fields.baseline === null ? null : summarize(fields.baseline.times);
  return {
    ...fields,
    subject: { label: fields.subject.label, ...s },
    baseline: b === null || fields.baseline === null ? null : { label: fields.baseline.label, ...b },
    ratio: b === null ? null : s.median / b.median,
  };
}

const fmtMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3)) + ' ms';
const spread = (t: Timing): string => (t.median > 0 ? `±${(((t.max - t.min) / 2 / t.median) * 100).toFixed(0)}%` : '');

/** The results as one plain-text table. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['benchmark', 'per', 'subject', 'median', 'spread', 'baseline', 'median', 'spread', 'ratio', 'target', 'same'];
  const lines = rows.map((r) => [
    `${r.group}: ${r.name}`,
    r.note !== undefined && r.baseline !== null ? `${r.unit} (${r.note})` : r.unit,
    r.subject.label,
    fmtMs(r.subject.median),
    spread(r.subject),
    r.baseline?.label ?? (r.note ? `(${r.note})` : '-'),
    r.baseline ? fmtMs(r.baseline.median) : '',
    r.baseline ? spread(r.baseline) : '',
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}x`,
    r.target ?? '',
    r.same ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const table = [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)];
  const notes: string[] = [];
  for (const r of rows) {
    if (r.extras !== undefined) {
      const figures = Object.entries(r.extras).map(([k, v]) => `${k} ${typeof v === 'number' ? +v.toFixed(2) : v}`);
      notes.push(`  ${r.group}: ${r.name}: ${figures.join('; ')}`);
    }
    if (r.mismatch !== undefined) notes.push(`  ${r.group}: ${r.name}: RESULTS DIFFER: ${r.mismatch}`);
  }
  return [...table, ...(notes.length > 0 ? ['', 'figures:', ...notes] : [])].join('\n');
}

/**
 * Canonical text of a JSON document: object members sorted by name (their order is not the point),
 * array order kept, and `intValue` given as a string whether written as a string or a number.
 */
export function jsonCanonical(text: string): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sortKeys(o[k])]));
    }
    return v;
  };
  const parsed: unknown = JSON.parse(text, (k, v: unknown) => (k === 'intValue' && typeof v === 'number' ? String(v) : v));
  return JSON.stringify(sortKeys(parsed));
}

/**
 * A canonical text of a value for result checks: type-tagged (so 1n and 1 differ), maps with their
 * keys sorted when `ordered` is false (attribute order is not the point of most comparisons, but
 * every key and value still is).
 */
export function canonical(v: unknown, ordered = false): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'bigint':
      return `${v}n`;
    case 'number':
      return Object.is(v, -0) ? '-0d' : `${v}d`;
    case 'boolean':
      return String(v);
    default:
  }
  if (v instanceof Uint8Array) return `bytes(${Buffer.from(v).toString('hex')})`;
  if (v instanceof Map) {
    const entries = [...v].map(([k, x]) => `${JSON.stringify(k)}:${canonical(x, ordered)}`);
    if (!ordered) entries.sort();
    return `{${entries.join(',')}}`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => canonical(x, ordered)).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const name = (v as object).constructor?.name ?? 'Object';
    return `${name}<${Object.keys(o)
      .map((k) => `${k}=${canonical(o[k], ordered)}`)
      .join(',')}>`;
  }
  return String(v);
}

/** The first index where two lists of canonical texts differ, described; `null` when equal. */
export function firstDifference(a: readonly string[], b: readonly string[]): string | null {
  if (a.length !== b.length) return `lengths differ: ${a.length} vs ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    let at = 0;
    while (at < a[i].length && a[i][at] === b[i][at]) at++;
    const near = (t: string): string => (at > 80 ? '…' : '') + t.slice(Math.max(0, at - 80), at + 80) + (t.length > at + 80 ? '…' : '');
    return `differ at item ${i}, character ${at}:\n    ${near(a[i])}\n    ${near(b[i])}`;
  }
  return null;
}
